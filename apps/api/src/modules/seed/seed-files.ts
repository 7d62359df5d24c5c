import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorKind, IndicatorTrajectory, NationalValueKind, NationalValueQualifier, OrganisationKind } from '@pnq/domain';
import type { PlanDraft } from '../plan/plan.service';

/** The shapes of the reviewable files under seed/ (see docs/seed-provenance.md). */
export interface SourceLines {
  fromLine: number;
  toLine: number;
}

/**
 * An action indicator as reviewed in the seed (classified by tools/classify-indicators.ts, correctable by hand):
 * `classification: "AMBIGUOUS"` marks the ones the rules could not decide (see seed/notes/indicators.md).
 */
export interface SeedIndicator {
  label: string;
  kind: IndicatorKind;
  classification?: 'AMBIGUOUS';
  rule?: string;
  unit?: string;
  baseline?: number;
  baselineDate?: string;
  target?: number;
  targetYear?: number;
  trajectory?: IndicatorTrajectory;
}

/** The cells of an action row that can be shared with another row (a merged cell, or one printed « idem »). */
export type SeedCellField = 'owners' | 'partners' | 'indicators' | 'deadline';

/**
 * Where a copied cell was read: the row that prints it (`action`, a code of the same project) and its lines;
 * `idemLine` when this row prints « idem » in its place. Reviewable only: the loader reads the copied values.
 */
export interface SeedCopiedCell extends SourceLines {
  action: string;
  idemLine?: number;
}

/**
 * A dependency the plan's text prints for an action (« Dépend de l’action 2.1.1 », « Après la publication de la loi … »):
 * the action waited for (a code of the same pillar), the lines that print it and what they say.
 */
export interface SeedDependsOn extends SourceLines {
  action: string;
  quote: string;
}

export interface SeedAction {
  code: string;
  codeAsPrinted?: string;
  title: string;
  subActions?: string[];
  owners: string[];
  partners: string[];
  indicators: SeedIndicator[];
  deadline: string | null;
  source: SourceLines | null;
  /** What the plan's text says this action waits for (see docs/seed-provenance.md, « Dependencies »). */
  dependsOn?: SeedDependsOn[];
  /** The cells copied from another row (flagged OWNERS_COPIED, PARTNERS_COPIED, INDICATORS_COPIED, DEADLINE_COPIED). */
  copiedFrom?: Partial<Record<SeedCellField, SeedCopiedCell>>;
  flags?: string[];
  notes?: string;
}

export interface SeedProject {
  code: string;
  title: string;
  summaryTitle?: string;
  inAnnex: boolean;
  inSummary: boolean;
  source: SourceLines | null;
  flags?: string[];
  notes?: string;
  actions: SeedAction[];
}

export interface SeedAxis {
  number: number;
  title: string;
  summaryTitle?: string;
  source: SourceLines | null;
  projects: SeedProject[];
}

export interface SeedPillar {
  pillar: number;
  name: string;
  annex: string;
  source: SourceLines;
  axes: SeedAxis[];
}

export type SeedPlan = PlanDraft;

export interface SeedOrganisation {
  key: string;
  name: string;
  acronym?: string | null;
  kind: OrganisationKind;
  aliases: { text: string; specifier?: string | null }[];
  /** A ministry unit: the key of its ministry (e.g. "mic" for the DQSE). Reviewable only: the database keeps no hierarchy. */
  partOf?: string;
  notes?: string;
}

export interface SeedNationalIndicator {
  key: string;
  label: string;
  labelEn?: string;
  pillar: number | null;
  unit: string;
  values: {
    date: string;
    value: number;
    qualifier: NationalValueQualifier;
    kind: NationalValueKind;
    source?: { file: string; fromLine: number; toLine: number } | null;
    quote?: string;
    note?: string;
    dateNote?: string;
  }[];
}

export interface SeedBundle {
  plan: SeedPlan;
  pillars: SeedPillar[];
  organisations: SeedOrganisation[];
  nationalIndicators: SeedNationalIndicator[];
  /** sha256 of every file read, so boot can tell whether the seed changed. */
  hash: string;
}

export function readSeedBundle(seedDir: string): SeedBundle {
  const hash = createHash('sha256');
  const read = <T>(relativePath: string): T => {
    const text = readFileSync(join(seedDir, relativePath), 'utf8');
    hash.update(relativePath).update('\0').update(text).update('\0');
    return JSON.parse(text) as T;
  };
  const pillarFiles = readdirSync(join(seedDir, 'plan'))
    .filter((name) => /^pillar-\d+\.json$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const plan = read<SeedPlan>('plan.json');
  const pillars = pillarFiles.map((name) => read<SeedPillar>(`plan/${name}`));
  const organisations = read<SeedOrganisation[]>('organisations.json');
  const nationalIndicators = read<SeedNationalIndicator[]>('national-indicators.json');
  return { plan, pillars, organisations, nationalIndicators, hash: hash.digest('hex') };
}
