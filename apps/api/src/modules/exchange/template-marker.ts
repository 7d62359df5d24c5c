import { META_SHEET } from './exchange-columns';
import { notAnUpdateTemplate } from './exchange.errors';
import { unzipEntry, ZipEntry, zipEntries, ZipLimits } from './zip-limits';

/** What the template's hidden sheet says about it, read from its first three cells (A1 marker, A2 version, A3 organisation). */
export interface TemplateMarker {
  marker: string | null;
  version: string | null;
  organisationKey: string | null;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Reads which organisation a template claims to be for without opening the workbook: three small parts of the
 * archive (the sheet list, its links, the hidden sheet) and, when its cells hold shared strings, the strings up to
 * the ones they name — not the Actions sheet. The import checks the uploader's rights on that organisation before
 * the workbook is read in full (exceljs, which then confirms the same marker).
 */
export function readTemplateMarker(file: Buffer, limits: ZipLimits): TemplateMarker {
  const entries = new Map<string, ZipEntry>();
  for (const entry of zipEntries(file)) entries.set(entry.name, entry);
  const part = (name: string): string | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const content = unzipEntry(file, entry, limits.maxUnzippedBytes);
    if (content === null) throw notAnUpdateTemplate('one of its parts is larger than a template’s.');
    return content.toString('utf8');
  };
  const missing = (what: string) => notAnUpdateTemplate(`its ${what} is missing.`);

  const workbook = part('xl/workbook.xml');
  if (workbook === null) throw missing('sheet list');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => tag).find((tag) => decode(attribute(tag, 'name') ?? '') === META_SHEET);
  const relation = sheet && attribute(sheet, 'r:id');
  if (!relation) throw notAnUpdateTemplate('its template marker is missing.');
  const links = part('xl/_rels/workbook.xml.rels') ?? '';
  const link = [...links.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => tag).find((tag) => attribute(tag, 'Id') === relation);
  const target = link && attribute(link, 'Target');
  if (!target) throw notAnUpdateTemplate('its template marker is missing.');
  const metaSheet = part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  if (metaSheet === null) throw notAnUpdateTemplate('its template marker is missing.');

  const cells = new Map<string, { type: string | undefined; value: string | null }>();
  for (const [, tag, body] of metaSheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const reference = attribute(tag, 'r');
    if (!reference || !['A1', 'A2', 'A3'].includes(reference)) continue;
    const inline = body && /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    const value = inline !== undefined && inline !== null ? textOf(inline) : body ? (/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? null) : null;
    cells.set(reference, { type: attribute(tag, 't'), value: value === null ? null : decode(value) });
    if (cells.size === 3) break;
  }
  const sharedIndexes = [...cells.values()].filter((c) => c.type === 's' && c.value !== null).map((c) => Number(c.value));
  const shared = sharedIndexes.length ? sharedStrings(part('xl/sharedStrings.xml') ?? '', Math.max(...sharedIndexes)) : [];
  const read = (reference: string) => {
    const cell = cells.get(reference);
    if (!cell || cell.value === null) return null;
    return cell.type === 's' ? (shared[Number(cell.value)] ?? null) : cell.value;
  };
  return { marker: read('A1'), version: read('A2'), organisationKey: read('A3') };
}

/** The text of a string item: its <t> runs joined. */
function textOf(item: string): string {
  return [...item.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(([, text]) => text).join('');
}

/** Shared strings 0…last, in order. */
function sharedStrings(xml: string, last: number): string[] {
  const strings: string[] = [];
  for (const [, item] of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    strings.push(decode(textOf(item)));
    if (strings.length > last) break;
  }
  return strings;
}
