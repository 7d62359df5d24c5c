import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appearsInOrder, flattenActions, readPillarFiles, SOURCE_FILE } from './support/seed-source';

const sourceLines = existsSync(SOURCE_FILE) ? readFileSync(SOURCE_FILE, 'utf8').split('\n') : [];
const block = (from: number, to: number) => sourceLines.slice(from - 1, to).join('\n');
const actions = flattenActions(readPillarFiles());

describe('every seeded action against the source text', () => {
  it('has the source document beside the repository', () => {
    expect(sourceLines.length).toBeGreaterThan(10_000);
  });

  it.each(actions.map((a) => [a.ref, a] as const))('%s: every field is printed within its cited lines', (ref, { action, project }) => {
    expect(action.source, `${ref} has no source lines`).not.toBeNull();
    const { fromLine, toLine } = action.source!;
    const shared = action.flags?.includes('SHARED_CELL');
    const searchFrom = shared ? Math.min(project.source?.fromLine ?? fromLine, fromLine) : fromLine;
    const text = block(searchFrom, toLine);
    const fields: [string, string][] = [
      ['title', action.title],
      ...action.owners.map((o): [string, string] => ['owner', o]),
      ...action.partners.map((p): [string, string] => ['partner', p]),
      ...action.indicators.map((i): [string, string] => ['indicator', i.label]),
      ...(action.deadline ? [['deadline', action.deadline] as [string, string]] : []),
    ];
    // A shared (merged) cell, or "idem", is printed once, above: it is looked up from the start of the project.
    const missing = fields.filter(([, value]) => !appearsInOrder(value, text));
    expect(missing, `${ref} (lines ${fromLine}–${toLine})`).toEqual([]);
  });
});
