import type { IndicatorRollUp, IndicatorStatus } from '@pnq/domain';
import { describe, expect, it } from 'vitest';
import { indicatorsSectionBlocks } from './indicators-section.builder';
import { ReportBlock } from './report-blocks';
import { IndicatorsSection, MeasuredIndicator } from './report-model';

const rollUp = (onTrack: number, indicators: number): IndicatorRollUp => ({
  indicators,
  onTrack,
  achieved: 1,
  behind: 2,
  notAchieved: 3,
  noData: 4,
  noTarget: 5,
});
const measured = (status: IndicatorStatus, overrides: Partial<MeasuredIndicator> = {}): MeasuredIndicator => ({
  ref: '5-1.2.1#1',
  label: '1000 entités sensibilisées et formées (2023 – 2035)',
  unit: 'entités',
  baseline: 0,
  target: 1000,
  targetYear: 2035,
  latest: { date: '2025-11-30', value: 240 },
  percentOfTarget: 24,
  expectedValue: 230.7,
  status,
  ...overrides,
});
const section = (line: MeasuredIndicator | null): IndicatorsSection => ({
  pillars: [
    {
      number: 1,
      name: 'Normalisation',
      rollUp: rollUp(1, 76),
      measured: [],
      milestonesAchieved: [{ ref: '1-2.1.2#1', label: 'Stratégies sectorielles validées', date: '2025-10-15' }],
    },
    { number: 5, name: 'Promotion de la qualité', rollUp: rollUp(1, 146), measured: line ? [line] : [], milestonesAchieved: [] },
  ],
  totals: rollUp(2, 222),
  national: [
    {
      label: 'Normes marocaines en vigueur',
      unit: 'normes',
      latest: { date: '2024-12-31', value: 18000, qualifier: 'MORE_THAN', source: 'IMANOR' },
      previous: { date: '2023-09-30', value: 17000, qualifier: 'MORE_THAN', source: 'IMANOR' },
      target: null,
    },
  ],
});
const tables = (blocks: ReportBlock[]) => blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const texts = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'paragraph' | 'heading' }> => b.kind === 'paragraph' || b.kind === 'heading').map((b) => b.text);
const build = (line: MeasuredIndicator | null) => indicatorsSectionBlocks(section(line), { at: '31 décembre 2025', year: 2025 });

describe('the report’s indicators section', () => {
  it('gives the roll-ups it is handed, one row per pillar and the whole plan in bold', () => {
    const [counts] = tables(build(null));
    expect(counts.rows).toEqual([
      ['1. Normalisation', '76', '1', '1', '2', '3', '4', '5'],
      ['5. Promotion de la qualité', '146', '1', '1', '2', '3', '4', '5'],
      ['Plan entier', '222', '2', '1', '2', '3', '4', '5'],
    ]);
    expect(counts.strong).toEqual([false, false, true]);
    expect(texts(build(null))[1]).toContain('2 des 222 indicateurs de résultat (dont 1 atteints) des actions sont sur la bonne voie');
  });

  it.each<[IndicatorStatus, string]>([
    ['ACHIEVED', 'Atteint'],
    ['ON_TRACK', 'Sur la trajectoire'],
    ['BEHIND', 'En retard sur la trajectoire'],
    ['NO_DATA', 'Aucune mesure'],
    ['NO_TARGET', 'Non évaluable'],
  ])('writes a measured indicator %s as « %s », with its latest value, date and share of the target', (status, label) => {
    const row = tables(build(measured(status)))[2].rows[0];
    expect(row).toEqual([
      '5-1.2.1#1',
      '1000 entités sensibilisées et formées (2023 – 2035)',
      'entités',
      '0',
      '1.000 (2035)',
      '240 (30 novembre 2025)',
      '24 %',
      '230,7',
      label,
    ]);
  });

  it('writes dashes where there is no value, baseline, year or expectation', () => {
    const row = tables(build(measured('NO_DATA', { latest: null, baseline: null, targetYear: null, percentOfTarget: null, expectedValue: null })))[2].rows[0];
    expect(row.slice(3)).toEqual(['—', '1.000', '—', '—', '—', 'Aucune mesure']);
  });

  it('says « Aucun. » for a pillar with no measured indicator, and lists the milestones achieved in the year', () => {
    const blocks = build(null);
    expect(texts(blocks)).toEqual(
      expect.arrayContaining(['Indicateurs chiffrés avec une cible (0)', 'Aucun.', 'Jalons atteints en 2025 (1)', 'Jalons atteints en 2025 (0)']),
    );
    expect(tables(blocks)[1].rows).toEqual([['1-2.1.2#1', 'Stratégies sectorielles validées', '15 octobre 2025']]);
  });

  it('gives each national figure its latest and previous values, qualified, and their sources once', () => {
    expect(tables(build(null)).at(-1)!.rows).toEqual([
      ['Normes marocaines en vigueur', 'plus de 18.000 normes', '31 décembre 2024', 'plus de 17.000 normes', '30 septembre 2023', '—', 'IMANOR'],
    ]);
  });
});
