import { describe, expect, it } from 'vitest';
import { EditionDraft, EditionProblem, editionProblems, isEditionOverdue, nextEditionDueOn, nextEditionNumber } from './quality-dashboard-edition';

const draft = (extra: Partial<EditionDraft> = {}): EditionDraft => ({
  periodStart: '2024-01-01',
  periodEnd: '2025-12-31',
  sources: 'IMANOR, SEMAC, LPEE',
  method: 'Valeurs au 31 décembre',
  ...extra,
});

describe('editionProblems', () => {
  it.each<[string, Partial<EditionDraft>, EditionProblem[]]>([
    ['a complete edition', {}, []],
    ['a period ending before it starts', { periodStart: '2026-01-01' }, ['INVALID_PERIOD']],
    ['a date that does not exist', { periodEnd: '2025-02-30' }, ['INVALID_PERIOD']],
    ['a period ending after the publication', { periodEnd: '2026-06-30' }, ['PERIOD_AFTER_PUBLICATION']],
    ['no sources', { sources: '  ' }, ['SOURCES_REQUIRED']],
    ['no method', { method: '' }, ['METHOD_REQUIRED']],
    ['a method too long', { method: 'x'.repeat(4001) }, ['TEXT_TOO_LONG']],
  ])('%s', (_case, extra, problems) => {
    expect(editionProblems(draft(extra), '2026-03-15')).toEqual(problems);
  });
});

describe('nextEditionNumber', () => {
  it.each<[string, number[], number]>([
    ['the first edition is number 1', [], 1],
    ['then the one after the highest', [1, 2], 3],
  ])('%s', (_case, numbers, next) => {
    expect(nextEditionNumber(numbers.map((number) => ({ number, publishedOn: '2026-01-01' })))).toBe(next);
  });
});

describe('nextEditionDueOn', () => {
  it.each<[string, string]>([
    ['2026-03-15', '2028-03-15'],
    ['2028-02-29', '2030-02-28'],
    ['2025-12-31', '2027-12-31'],
  ])('an edition published on %s is followed by one due on %s', (publishedOn, due) => {
    expect(nextEditionDueOn(publishedOn)).toBe(due);
  });
});

describe('isEditionOverdue', () => {
  it.each<[string, string[], string, boolean]>([
    ['no edition yet', [], '2030-01-01', false],
    ['on the due date', ['2026-03-15'], '2028-03-15', false],
    ['the day after', ['2026-03-15'], '2028-03-16', true],
    ['the latest edition counts', ['2024-01-10', '2026-03-15'], '2027-01-01', false],
  ])('%s', (_case, dates, today, overdue) => {
    expect(
      isEditionOverdue(
        dates.map((publishedOn, i) => ({ number: i + 1, publishedOn })),
        today,
      ),
    ).toBe(overdue);
  });
});
