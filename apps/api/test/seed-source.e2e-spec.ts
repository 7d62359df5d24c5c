import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELL_FIELDS, cellTexts } from './support/seed-cell-rules';
import { appearsInOrder, flattenActions, readPillarFiles, SOURCE_FILE } from './support/seed-source';

const sourceLines = existsSync(SOURCE_FILE) ? readFileSync(SOURCE_FILE, 'utf8').split('\n') : [];
const block = (from: number, to: number) => sourceLines.slice(from - 1, to).join('\n');
const actions = flattenActions(readPillarFiles());

describe('every seeded action against the source text', () => {
  it('has the source document beside the repository', () => {
    expect(sourceLines.length).toBeGreaterThan(10_000);
  });

  it.each(actions.map((a) => [a.ref, a] as const))('%s: every field, copied or not, is printed within its cited lines', (ref, { action }) => {
    expect(action.source, `${ref} has no source lines`).not.toBeNull();
    const { fromLine, toLine } = action.source!;
    const cited = block(fromLine, toLine);
    const missing: string[] = appearsInOrder(action.title, cited) ? [] : [`title « ${action.title} »`];
    for (const field of CELL_FIELDS) {
      const copied = action.copiedFrom?.[field];
      // A copied cell is printed once, in the row it was read from: at the lines it names, which the citation covers.
      const lines = copied ?? action.source!;
      if (copied && (copied.fromLine < fromLine || copied.toLine > toLine))
        missing.push(`${field}: copied from lines ${copied.fromLine}–${copied.toLine}, outside the citation`);
      if (copied?.idemLine !== undefined && !/idem/i.test(block(copied.idemLine, copied.idemLine)))
        missing.push(`${field}: line ${copied.idemLine} does not print « idem »`);
      for (const text of cellTexts(action, field)) if (!appearsInOrder(text, block(lines.fromLine, lines.toLine))) missing.push(`${field} « ${text} »`);
    }
    expect(missing, `${ref} (lines ${fromLine}–${toLine})`).toEqual([]);
  });
});
