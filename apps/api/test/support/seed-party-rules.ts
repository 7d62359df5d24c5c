import { normaliseForComparison } from '@pnq/domain';
import type { SeedOrganisation } from '../../src/modules/seed/seed-files';
import type { FlatAction } from './seed-source';

/**
 * The reading rules for owner and partner cells (docs/seed-provenance.md §2, "Lists of bodies"), as checks over
 * the whole plan: each function returns one line per entry that breaks its rule, so an empty list means the rule holds.
 */

type Role = 'owners' | 'partners';
const ROLES: Role[] = ['owners', 'partners'];

/** The organisation records, looked up as the loader does (first alias wins), and by a looser folded form. */
export class OrganisationIndex {
  private readonly byText = new Map<string, SeedOrganisation>();
  private readonly byFolded = new Map<string, SeedOrganisation>();

  constructor(readonly organisations: SeedOrganisation[]) {
    for (const organisation of organisations) {
      for (const text of [...organisation.aliases.map((a) => a.text), organisation.name, organisation.acronym ?? '']) {
        if (!text) continue;
        if (!this.byText.has(normaliseForComparison(text))) this.byText.set(normaliseForComparison(text), organisation);
        if (!this.byFolded.has(foldName(text))) this.byFolded.set(foldName(text), organisation);
      }
    }
  }

  /** The record a printed name links to (the loader's alias index). */
  printed(text: string): SeedOrganisation | undefined {
    return this.byText.get(normaliseForComparison(text));
  }

  /** The body (not a generic group) that a part of a cell names on its own, punctuation around it ignored. */
  body(part: string): SeedOrganisation | undefined {
    const found = this.printed(part.replace(/^[\s\-–;,.:]+|[\s\-–;,.:]+$/g, ''));
    return found && found.kind !== 'GENERIC_GROUP' ? found : undefined;
  }

  /** The body whose name matches once articles, prepositions and plurals are ignored (« Chambres d’artisanat » = « Chambre de l’artisanat »). */
  bodyByFoldedName(text: string): SeedOrganisation | undefined {
    const found = this.byFolded.get(foldName(text));
    return found && found.kind !== 'GENERIC_GROUP' ? found : undefined;
  }
}

const LINK_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'd', 'du', 'des', 'et']);

function foldName(text: string): string {
  return normaliseForComparison(text)
    .replace(/[,;.:()]/g, ' ')
    .split(/\s+|(?<=')/)
    .map((word) => word.replace(/'+$/, ''))
    .filter((word) => word && !LINK_WORDS.has(word))
    .map((word) => word.replace(/s$/, ''))
    .join(' ');
}

function* entries(actions: FlatAction[]) {
  for (const flat of actions) for (const role of ROLES) for (const entry of flat.action[role]) yield { flat, role, entry };
}

function linkedKeys(flat: FlatAction, role: Role, index: OrganisationIndex): Set<string | undefined> {
  return new Set(flat.action[role].map((name) => index.printed(name)?.key));
}

/** Separators a cell uses between bodies, and the ones that set a ministry before one of its units. */
const PARTS = /\s*\/\s*|\s*;\s*|\s*,\s*|\s+et\s+|\s+-\s+|\s*:\s*|\s*\(\s*|\s*\)\s*/;

/**
 * « / », « ; », « , », « et », « - » between two bodies: one entry per body. A ministry printed with one of its own
 * units (« MCI : Entité chargée de l’accréditation », « MIC (DQSE) », « MIC/DAJC ») names the unit: it links to the unit.
 */
export function cellsNamingTwoBodies(actions: FlatAction[], index: OrganisationIndex): { split: string[]; unit: string[] } {
  const split: string[] = [];
  const unit: string[] = [];
  for (const { flat, role, entry } of entries(actions)) {
    const bodies = [
      ...new Map(
        entry
          .split(PARTS)
          .flatMap((part) => index.body(part) ?? [])
          .map((body) => [body.key, body]),
      ).values(),
    ];
    if (bodies.length < 2) continue;
    const [first, second] = bodies;
    const linked = index.printed(entry)?.key;
    if (bodies.length === 2 && second.partOf === first.key) {
      if (linked !== second.key) unit.push(`${flat.ref} ${role} « ${entry} » links to ${linked}, not to the unit ${second.key}`);
    } else {
      split.push(`${flat.ref} ${role} « ${entry} » names ${bodies.map((b) => b.key).join(' and ')} in one entry`);
    }
  }
  return { split, unit };
}

/**
 * A head noun shared by a list of complements (« Chambres de commerce …, d’agriculture … et d’artisanat ») names one
 * body per complement: the action links to each of those that has a record.
 */
export function listPhrasesMissingBodies(actions: FlatAction[], index: OrganisationIndex): string[] {
  const problems: string[] = [];
  for (const { flat, role, entry } of entries(actions)) {
    const [, head, rest] = entry.match(/^(\S+)\s+(.*)$/) ?? [];
    if (!head) continue;
    const complements = rest.split(/\s*,\s*|\s+et\s+/).filter((part) => /^(de|du|des|d['’])/i.test(part));
    if (complements.length < 2) continue;
    const linked = linkedKeys(flat, role, index);
    for (const complement of complements) {
      const body = index.bodyByFoldedName(`${head} ${complement}`);
      if (body && !linked.has(body.key)) problems.push(`${flat.ref} ${role} « ${entry} » names « ${head} ${complement} » (${body.key}), which is not linked`);
    }
  }
  return problems;
}

/** A name printed before « : » heads the list that follows (« Toutes les parties prenantes : … »): it is not an entry. */
export function listHeadingsKeptAsEntries(actions: FlatAction[], blockOf: (from: number, to: number) => string): string[] {
  const problems: string[] = [];
  for (const { flat, role, entry } of entries(actions)) {
    if (!flat.action.source) continue;
    const printed = blockOf(flat.action.source.fromLine, flat.action.source.toLine).replace(/\s+/g, '');
    const name = entry.replace(/\s+/g, '');
    for (let at = printed.indexOf(name); at >= 0; at = printed.indexOf(name, at + 1)) {
      if (printed[at + name.length] === ':') {
        problems.push(`${flat.ref} ${role} « ${entry} » is printed as a list heading`);
        break;
      }
    }
  }
  return problems;
}

/** The actions whose cells name a body, as an entry or as one of the bodies an entry names (by the rules above). */
export function actionsNaming(actions: FlatAction[], index: OrganisationIndex, key: string): Map<string, Role> {
  const found = new Map<string, Role>();
  for (const { flat, role, entry } of entries(actions)) {
    const named = [index.printed(entry), ...entry.split(PARTS).map((part) => index.body(part))].some((body) => body?.key === key);
    if (named && found.get(flat.ref) !== 'owners') found.set(flat.ref, role);
  }
  return found;
}
