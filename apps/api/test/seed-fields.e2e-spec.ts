import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

/**
 * 35 actions (7 per pillar) transcribed by hand from the source text, independently of the seed files:
 * what the tracker serves must match them field by field.
 */
interface CheckedAction {
  ref: string;
  title: string;
  owners: string[];
  partners: string[];
  indicators: string[];
  deadline: string | null;
  lines: [number, number];
}
const checked = JSON.parse(readFileSync(join(__dirname, 'fixtures/source-checked-actions.json'), 'utf8')) as CheckedAction[];

interface ServedAction {
  ref: string;
  title: string;
  deadline: { raw: string | null };
  participants: { role: string; printedName: string }[];
  indicators: { label: string }[];
  source: { fromLine: number; toLine: number };
}

/** Typographic details that vary between two careful readers and carry no meaning. */
const tidy = (text: string) =>
  text
    .replace(/[’']/g, "'")
    .replace(/\s*([;:,.])\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('35 actions checked by hand against the source text', () => {
  let testApp: TestApp;
  let viewer: GraphqlClient;
  const served = new Map<string, ServedAction>();
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    for (const { ref } of checked) {
      const { data } = await viewer.graphql<{ action: ServedAction }>(
        `query ($ref: String!) { action(ref: $ref) { ref title deadline { raw } participants { role printedName } indicators { label } source { fromLine toLine } } }`,
        { ref },
      );
      served.set(ref, data!.action);
    }
  });
  afterAll(() => testApp.close());

  it('spreads over all five pillars', () => {
    expect(new Set(checked.map((c) => c.ref[0]))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(checked.length).toBeGreaterThanOrEqual(30);
  });

  it.each(checked.map((c) => [c.ref, c] as const))('%s matches the source field by field', (ref, expected) => {
    const action = served.get(ref)!;
    expect(action, `${ref} is not served`).toBeDefined();
    const names = (role: string) => action.participants.filter((p) => p.role === role).map((p) => tidy(p.printedName));
    expect({
      title: tidy(action.title),
      owners: names('OWNER'),
      partners: names('PARTNER'),
      indicators: action.indicators.map((i) => tidy(i.label)),
      deadline: action.deadline.raw && tidy(action.deadline.raw),
    }).toEqual({
      title: tidy(expected.title),
      owners: expected.owners.map(tidy),
      partners: expected.partners.map(tidy),
      indicators: expected.indicators.map(tidy),
      deadline: expected.deadline && tidy(expected.deadline),
    });
    expect(action.source.fromLine).toBeLessThanOrEqual(expected.lines[1]);
    expect(action.source.toLine).toBeGreaterThanOrEqual(expected.lines[0]);
  });
});
