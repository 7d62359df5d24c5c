import { describe, expect, it } from 'vitest';
import { evaluateIndicator, IndicatorStatus, rollUpIndicators } from './evaluate-indicator';
import { IndicatorDefinition, IndicatorObservation } from './indicator-definition';

const quantitative = (overrides: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  kind: 'QUANTITATIVE',
  unit: 'entités',
  baseline: 0,
  baselineDate: '2023-01-01',
  target: 1000,
  targetYear: 2035,
  trajectory: 'LINEAR',
  ...overrides,
});
const value = (date: string, v: number, version = 1): IndicatorObservation => ({ date, value: v, achieved: null, version });
const milestone: IndicatorDefinition = {
  kind: 'MILESTONE',
  unit: null,
  baseline: null,
  baselineDate: null,
  target: null,
  targetYear: null,
  trajectory: 'LINEAR',
};

describe('evaluateIndicator', () => {
  // "1000 entités (2023 – 2035)": 1 Jan 2023 → 31 Dec 2035 is 4747 days; on 2029-07-02 (2374 days) the line expects 500.1;
  // on 2025-06-30 (911 days) 191.9. Tolerance: 10 % of the distance to the target.
  it.each<
    [
      string,
      IndicatorDefinition,
      IndicatorObservation[],
      string,
      { status: IndicatorStatus; percentOfTarget: number | null; expectedValue: number | null; latest: number | null },
    ]
  >([
    [
      'half-way on the line',
      quantitative(),
      [value('2029-06-30', 480)],
      '2029-07-02',
      { status: 'ON_TRACK', percentOfTarget: 48, expectedValue: 500.1, latest: 480 },
    ],
    [
      'within the 10 % tolerance (100 entities)',
      quantitative(),
      [value('2029-06-30', 401)],
      '2029-07-02',
      { status: 'ON_TRACK', percentOfTarget: 40.1, expectedValue: 500.1, latest: 401 },
    ],
    [
      'beyond the tolerance',
      quantitative(),
      [value('2029-06-30', 399)],
      '2029-07-02',
      { status: 'BEHIND', percentOfTarget: 39.9, expectedValue: 500.1, latest: 399 },
    ],
    [
      'a value after asOf is ignored',
      quantitative(),
      [value('2024-12-31', 50), value('2030-01-01', 900)],
      '2029-07-02',
      { status: 'BEHIND', percentOfTarget: 5, expectedValue: 500.1, latest: 50 },
    ],
    [
      'target reached early',
      quantitative(),
      [value('2030-01-01', 1000)],
      '2030-06-30',
      { status: 'ACHIEVED', percentOfTarget: 100, expectedValue: 576.6, latest: 1000 },
    ],
    ['no value yet', quantitative(), [], '2024-01-01', { status: 'NO_DATA', percentOfTarget: null, expectedValue: 76.9, latest: null }],
    [
      'before the baseline date the line expects the baseline',
      quantitative({ baselineDate: '2025-01-01' }),
      [],
      '2024-06-30',
      { status: 'NO_DATA', percentOfTarget: null, expectedValue: 0, latest: null },
    ],
    [
      'after the target year the line holds the target',
      quantitative(),
      [value('2036-01-01', 950)],
      '2036-06-30',
      { status: 'ON_TRACK', percentOfTarget: 95, expectedValue: 1000, latest: 950 },
    ],
    [
      'percent counts from the baseline',
      quantitative({ baseline: 200, target: 1200 }),
      [value('2025-01-01', 700)],
      '2025-01-01',
      { status: 'ON_TRACK', percentOfTarget: 50, expectedValue: 354, latest: 700 },
    ],
    [
      'a decreasing target',
      quantitative({ baseline: 100, target: 20, targetYear: 2027 }),
      [value('2025-01-01', 75)],
      '2025-01-01',
      { status: 'ON_TRACK', percentOfTarget: 31.3, expectedValue: 68, latest: 75 },
    ],
    [
      'a decreasing target, behind',
      quantitative({ baseline: 100, target: 20, targetYear: 2027 }),
      [value('2025-01-01', 90)],
      '2025-01-01',
      { status: 'BEHIND', percentOfTarget: 12.5, expectedValue: 68, latest: 90 },
    ],
    [
      'a level (« Taux de réponse supérieur à 70% ») met',
      quantitative({ unit: '%', baseline: null, baselineDate: null, target: 70, targetYear: null, trajectory: 'LEVEL' }),
      [value('2025-03-01', 72)],
      '2025-06-30',
      { status: 'ACHIEVED', percentOfTarget: 102.9, expectedValue: 70, latest: 72 },
    ],
    [
      'a level within tolerance',
      quantitative({ unit: '%', baseline: null, baselineDate: null, target: 70, targetYear: null, trajectory: 'LEVEL' }),
      [value('2025-03-01', 64)],
      '2025-06-30',
      { status: 'ON_TRACK', percentOfTarget: 91.4, expectedValue: 70, latest: 64 },
    ],
    [
      'a level missed',
      quantitative({ unit: '%', baseline: null, baselineDate: null, target: 70, targetYear: null, trajectory: 'LEVEL' }),
      [value('2025-03-01', 60)],
      '2025-06-30',
      { status: 'BEHIND', percentOfTarget: 85.7, expectedValue: 70, latest: 60 },
    ],
    [
      'no target: values shown, not judged',
      quantitative({ target: null, targetYear: null, baseline: null, baselineDate: null }),
      [value('2025-01-01', 12)],
      '2025-06-30',
      { status: 'NO_TARGET', percentOfTarget: null, expectedValue: null, latest: 12 },
    ],
    [
      'a target without a year: percent only',
      quantitative({ target: 10, targetYear: null, baseline: null, baselineDate: null }),
      [value('2025-01-01', 6)],
      '2025-06-30',
      { status: 'NO_TARGET', percentOfTarget: 60, expectedValue: null, latest: 6 },
    ],
    [
      'a later entry on the same date wins',
      quantitative(),
      [value('2025-01-01', 900, 2), value('2025-01-01', 100, 1)],
      '2025-06-30',
      { status: 'ON_TRACK', percentOfTarget: 90, expectedValue: 191.9, latest: 900 },
    ],
  ])('%s', (_name, definition, observations, asOf, expected) => {
    const result = evaluateIndicator(definition, observations, asOf);
    expect({
      status: result.status,
      percentOfTarget: result.percentOfTarget,
      expectedValue: result.expectedValue,
      latest: result.latest?.value ?? null,
    }).toEqual(expected);
  });

  it.each<[string, IndicatorObservation[], string, IndicatorStatus]>([
    ['never recorded', [], '2025-06-30', 'NOT_ACHIEVED'],
    ['achieved before the date', [{ date: '2025-02-01', value: null, achieved: true, version: 1 }], '2025-06-30', 'ACHIEVED'],
    ['achieved only after the date', [{ date: '2025-09-01', value: null, achieved: true, version: 1 }], '2025-06-30', 'NOT_ACHIEVED'],
    [
      'achievement withdrawn later',
      [
        { date: '2025-02-01', value: null, achieved: true, version: 1 },
        { date: '2025-03-01', value: null, achieved: false, version: 2 },
      ],
      '2025-06-30',
      'NOT_ACHIEVED',
    ],
  ])('milestone: %s', (_name, observations, asOf, status) => {
    expect(evaluateIndicator(milestone, observations, asOf).status).toBe(status);
  });
});

describe('rollUpIndicators', () => {
  it('counts achieved and on-track together as on track', () => {
    expect(rollUpIndicators(['ACHIEVED', 'ON_TRACK', 'BEHIND', 'NOT_ACHIEVED', 'NO_DATA', 'NO_TARGET', 'ACHIEVED'])).toEqual({
      indicators: 7,
      onTrack: 3,
      achieved: 2,
      behind: 1,
      notAchieved: 1,
      noData: 1,
      noTarget: 1,
    });
  });
});
