/** What kind of private text a forbidden string is (the report says which, never the text's owner). */
export type PrivateTextKind = 'COMMENT' | 'EMAIL' | 'EVIDENCE_LINK' | 'PERSON_NAME';

export interface PrivateText {
  kind: PrivateTextKind;
  text: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface LeakHit {
  path: string;
  kind: PrivateTextKind | 'EMAIL_ADDRESS';
  /** The forbidden text found (or the address-shaped text), cut to 80 characters. */
  text: string;
  /** Offset of the hit in the file's text. */
  offset: number;
}

/**
 * A forbidden text shorter than this is not looked for: it cannot be told from ordinary words ("OK", "Fait").
 * Texts are compared case-insensitively, with runs of white space as one space.
 */
export const MIN_LEAK_LENGTH = 6;

/** Anything shaped like an e-mail address is a leak whoever it belongs to: a public snapshot holds none. */
const EMAIL_ADDRESS = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The forms a text takes once written into HTML, JSON, CSV or XML: each is looked for. */
export function writtenForms(text: string): string[] {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const json = JSON.stringify(text).slice(1, -1);
  const csv = text.replace(/"/g, '""');
  return [...new Set([text, html, json, csv].map(normalise))];
}

/**
 * Every place a forbidden text (in any of its written forms) or an e-mail address appears in the generated files.
 * Runs in one pass per file: forbidden forms are indexed by their first MIN_LEAK_LENGTH characters.
 */
export function scanForLeaks(files: readonly GeneratedFile[], forbidden: readonly PrivateText[]): LeakHit[] {
  const hits: LeakHit[] = [];
  const index = indexForms(forbidden);
  for (const file of files) {
    for (const { item, offset } of occurrences(file.content, index)) hits.push({ path: file.path, kind: item.kind, text: item.text.slice(0, 80), offset });
    for (const match of file.content.matchAll(EMAIL_ADDRESS)) {
      hits.push({ path: file.path, kind: 'EMAIL_ADDRESS', text: match[0].slice(0, 80), offset: match.index });
    }
  }
  return dedupe(hits);
}

type FormIndex = Map<string, { form: string; item: PrivateText }[]>;

/** Every written form of the forbidden texts, indexed by its first MIN_LEAK_LENGTH characters. */
function indexForms(forbidden: readonly PrivateText[]): FormIndex {
  const byPrefix: FormIndex = new Map();
  for (const item of forbidden) {
    if (normalise(item.text).length < MIN_LEAK_LENGTH) continue;
    for (const form of writtenForms(item.text)) {
      const key = form.slice(0, MIN_LEAK_LENGTH);
      const list = byPrefix.get(key) ?? [];
      list.push({ form, item });
      byPrefix.set(key, list);
    }
  }
  return byPrefix;
}

/** Where each indexed text (in any written form) appears in a text: one pass over it. */
function* occurrences(content: string, byPrefix: FormIndex): Generator<{ item: PrivateText; offset: number }> {
  const text = normalise(content);
  for (let offset = 0; offset + MIN_LEAK_LENGTH <= text.length; offset += 1) {
    for (const candidate of byPrefix.get(text.slice(offset, offset + MIN_LEAK_LENGTH)) ?? []) {
      if (text.startsWith(candidate.form, offset)) yield { item: candidate.item, offset };
    }
  }
}

/** One hit per file, kind and text (the first place it appears). */
function dedupe(hits: LeakHit[]): LeakHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.path}\u0000${hit.kind}\u0000${hit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The private texts worth looking for: those not also part of what is public anyway (a comment that only says
 * « En cours », a person named like an organisation): finding them would refuse every publication and protect nothing.
 */
export function privateTextsToScan(privateTexts: readonly PrivateText[], publicTexts: readonly string[]): PrivateText[] {
  const distinct = new Map<string, PrivateText>();
  for (const item of privateTexts) {
    if (normalise(item.text).length >= MIN_LEAK_LENGTH) distinct.set(`${item.kind}\u0000${normalise(item.text)}`, item);
  }
  const candidates = [...distinct.values()];
  const publicAnyway = new Set<PrivateText>();
  for (const { item } of occurrences(publicTexts.join('\n'), indexForms(candidates))) publicAnyway.add(item);
  return candidates.filter((item) => !publicAnyway.has(item));
}
