import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatPercent, sourceLabel } from './report-labels';
import { reportDate } from './report.renderer';

describe('the report’s date', () => {
  it.each([
    [{ year: 2025 }, '2025-12-31'],
    [{ asOf: '2025-06-30' }, '2025-06-30'],
    [{ year: 2025, asOf: '2025-06-30' }, '2025-06-30'],
  ])('is %j → %s', (input, expected) => {
    expect(reportDate(input)).toBe(expected);
  });

  it.each([[{}], [{ asOf: '2025-02-30' }], [{ year: 2025, asOf: '2024-12-31' }]])('refuses %j with INVALID_REPORT_DATE', (input) => {
    expect(() => reportDate(input)).toThrow(expect.objectContaining({ code: 'INVALID_REPORT_DATE' }));
  });
});

describe('the report’s French formats', () => {
  it.each<[number | null, number | null, 'count' | 'percent', string]>([
    [42, 11, 'count', '+31'],
    [331, 332, 'count', '−1'],
    [5, 5, 'count', '='],
    [12.4, 10.1, 'percent', '+2,3 pt'],
    [null, 3, 'percent', '—'],
  ])('gives the change from %s (before %s, %s) as %s', (value, previous, unit, expected) => {
    expect(formatChange(value, previous, unit)).toBe(expected);
  });

  it.each<[number | null, string]>([
    [12.5, '12,5 %'],
    [0, '0 %'],
    [100, '100 %'],
    [null, '—'],
  ])('writes the progress %s as %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('writes dates in words', () => {
    expect(formatDate('2025-12-31')).toBe('31 décembre 2025');
    expect(formatDate(null)).toBe('—');
  });
});

describe('a national figure’s source', () => {
  it.each([
    [{ sourceLabel: 'Rapport IMANOR 2025', sourceFile: null, source: null }, 'Rapport IMANOR 2025'],
    [{ sourceLabel: null, sourceFile: '002_29c6ca951ec700f7.txt', source: { fromLine: 2029, toLine: 2030 } }, 'PNQ, l. 2029–2030'],
    [{ sourceLabel: null, sourceFile: '000_2bcaff4b9b5646a0.txt', source: { fromLine: 7, toLine: 7 } }, 'IMANOR, bilan 2024 (presse), l. 7'],
    [{ sourceLabel: null, sourceFile: 'autre.txt', source: null }, 'autre.txt'],
    [{ sourceLabel: null, sourceFile: null, source: null }, null],
  ])('of %j reads %s', (value, expected) => {
    expect(sourceLabel(value)).toBe(expected);
  });
});
