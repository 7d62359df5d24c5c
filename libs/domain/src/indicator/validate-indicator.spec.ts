import { describe, expect, it } from 'vitest';
import { IndicatorDefinition, IndicatorKind } from './indicator-definition';
import { NationalValueKind } from './national-value';
import { IndicatorValueDraft, validateIndicatorDefinition, validateIndicatorValue, validateNationalValueDate } from './validate-indicator';

const TODAY = '2025-06-30';

describe('validateIndicatorValue', () => {
  it.each<[IndicatorKind, IndicatorValueDraft, string[]]>([
    ['QUANTITATIVE', { date: '2025-06-30', value: 120 }, []],
    [
      'QUANTITATIVE',
      { date: '2025-06-30', value: 12.5, comment: 'Bilan semestriel', source: 'Rapport IMANOR', evidenceUrls: ['https://imanor.gov.ma/r.pdf'] },
      [],
    ],
    ['QUANTITATIVE', { date: '2025-07-01', value: 120 }, ['INVALID_VALUE_DATE']],
    ['QUANTITATIVE', { date: '1999-12-31', value: 120 }, ['INVALID_VALUE_DATE']],
    ['QUANTITATIVE', { date: '2025-02-30', value: 120 }, ['INVALID_VALUE_DATE']],
    ['QUANTITATIVE', { date: '2025-06-30', value: Number.NaN }, ['INVALID_INDICATOR_VALUE']],
    ['QUANTITATIVE', { date: '2025-06-30', value: Number.POSITIVE_INFINITY }, ['INVALID_INDICATOR_VALUE']],
    ['QUANTITATIVE', { date: '2025-06-30' }, ['INVALID_INDICATOR_VALUE']],
    ['QUANTITATIVE', { date: '2025-06-30', achieved: true }, ['INVALID_INDICATOR_VALUE']],
    ['QUANTITATIVE', { date: '2025-06-30', value: 1, comment: 'x'.repeat(2001) }, ['COMMENT_TOO_LONG']],
    ['QUANTITATIVE', { date: '2025-06-30', value: 1, source: 'x'.repeat(501) }, ['SOURCE_TOO_LONG']],
    ['QUANTITATIVE', { date: '2025-06-30', value: 1, evidenceUrls: ['javascript:alert(1)'] }, ['INVALID_EVIDENCE_URL']],
    ['MILESTONE', { date: '2025-06-30', achieved: true }, []],
    ['MILESTONE', { date: '2025-06-30', achieved: false, comment: 'Retiré: arrêté annulé' }, []],
    ['MILESTONE', { date: '2025-06-30' }, ['INVALID_INDICATOR_VALUE']],
    ['MILESTONE', { date: '2025-06-30', value: 1 }, ['INVALID_INDICATOR_VALUE']],
  ])('%s %j gives %j', (kind, draft, codes) => {
    expect(validateIndicatorValue(kind, draft, TODAY).map((v) => v.code)).toEqual(codes);
  });
});

describe('validateIndicatorDefinition', () => {
  const q = (o: Partial<IndicatorDefinition>): IndicatorDefinition => ({
    kind: 'QUANTITATIVE',
    unit: 'entités',
    baseline: null,
    baselineDate: null,
    target: null,
    targetYear: null,
    trajectory: 'LINEAR',
    ...o,
  });
  it.each<[string, IndicatorDefinition, boolean]>([
    ['a quantitative indicator with a unit', q({}), true],
    ['a full trajectory', q({ baseline: 0, baselineDate: '2023-01-01', target: 1000, targetYear: 2035 }), true],
    ['no unit', q({ unit: ' ' }), false],
    ['an infinite target', q({ target: Number.POSITIVE_INFINITY }), false],
    ['a target year in the past century', q({ target: 5, targetYear: 1999 }), false],
    ['a target year without target', q({ targetYear: 2030 }), false],
    ['a baseline date without baseline', q({ baselineDate: '2023-01-01' }), false],
    ['a baseline after the target year', q({ baseline: 1, baselineDate: '2031-01-01', target: 5, targetYear: 2030 }), false],
    ['a bare milestone', { kind: 'MILESTONE', unit: null, baseline: null, baselineDate: null, target: null, targetYear: null, trajectory: 'LINEAR' }, true],
    [
      'a milestone with a target',
      { kind: 'MILESTONE', unit: null, baseline: null, baselineDate: null, target: 3, targetYear: null, trajectory: 'LINEAR' },
      false,
    ],
  ])('%s is %s', (_name, definition, valid) => {
    const violations = validateIndicatorDefinition(definition);
    expect(violations.length === 0).toBe(valid);
    if (!valid) expect(violations[0].code).toBe('INVALID_INDICATOR_DEFINITION');
  });
});

describe('validateNationalValueDate (today is 2026-03-10 in Casablanca)', () => {
  it.each<[NationalValueKind, string, string[]]>([
    ['ACTUAL', '2025-12-31', []],
    ['ACTUAL', '2026-03-10', []],
    ['ACTUAL', '2026-03-11', ['INVALID_VALUE_DATE']],
    ['TARGET', '2030-12-31', []],
    ['ACTUAL', '2000-01-01', []],
    ['ACTUAL', '1999-12-31', ['INVALID_VALUE_DATE']],
    ['TARGET', '1999-12-31', ['INVALID_VALUE_DATE']],
    ['TARGET', '2030-02-30', ['INVALID_VALUE_DATE']],
  ])('a %s figure dated %s gives %j', (kind, date, codes) => {
    expect(validateNationalValueDate(kind, date, '2026-03-10').map((v) => v.code)).toEqual(codes);
  });
});
