import { describe, expect, it } from 'vitest';
import { financingSectionBlocks, formatAmountFr, LATE_UNFUNDED_LINES } from './financing-section.builder';
import type { ReportFinancing } from './report-model';

const figures = (gap: string) => ({
  actions: 10,
  recorded: 4,
  byStatus: [],
  needed: '2000000.00',
  costUnknown: 0,
  planned: '1500000.00',
  secured: '1140000.00',
  disbursed: '250000.33',
  gap,
  lateAndNotFunded: 1,
});
const late = (n: number) => ({
  ref: `2-5.1.${n}`,
  title: 'établir des fiches projets',
  pillarNumber: 2,
  owners: ['IMANOR'],
  dueDate: '2023-12-31',
  daysLate: 731,
  status: 'PARTLY_SECURED' as const,
  cost: '1500000.00',
  secured: '1140000.00',
  gap: '360000.00',
});
const financing = (lateCount: number): ReportFinancing => ({
  asOf: '2025-12-31',
  ratesUsed: [{ currency: 'EUR', date: '2025-01-02', rate: '10.8', source: '' }],
  unconverted: [],
  totals: figures('860000.00'),
  byPillar: [{ pillarNumber: 2, name: 'Certification', figures: figures('860000.00') }],
  byOrganisation: [],
  byPartner: [{ key: 'unido', name: 'ONUDI', acronym: null, actions: 1, lines: 1, planned: '540000.00', committed: '540000.00', disbursed: '0.00' }],
  ownBudget: { key: null, name: 'Budgets propres', acronym: null, actions: 0, lines: 1, planned: '600000.00', committed: '600000.00', disbursed: '250000.33' },
  lateAndNotFunded: Array.from({ length: lateCount }, (_, i) => late(i + 1)),
});
const text = (blocks: ReturnType<typeof financingSectionBlocks>) =>
  blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : b.kind === 'table' ? b.rows.map((r) => r.join(' ')).join('\n') : '')).join('\n');

describe('the report’s financing section', () => {
  it.each([
    ['1140000.50', '1 140 000,50'],
    ['0.07', '0,07'],
    ['999999999999.99', '999 999 999 999,99'],
  ])('writes %s as %s', (decimal, written) => expect(formatAmountFr(decimal)).toBe(written));

  it('says the totals, the rates used, the figures per pillar and partner, and the late actions not funded', () => {
    const written = text(financingSectionBlocks(financing(1), { at: '31 décembre 2025' }));
    expect(written).toContain(
      'Besoin estimé : 2 000 000,00 MAD ; acquis (engagé) : 1 140 000,00 MAD ; décaissé : 250 000,33 MAD ; reste à financer : 860 000,00 MAD',
    );
    expect(written).toContain('1 EUR = 10,8 MAD');
    expect(written).toContain('1 action en retard sans financement acquis'); // no « action(s) » (issue 21.13)
    expect(written).toContain('Pilier 2 — Certification 4 / 10 2 000 000,00 1 140 000,00 250 000,33 860 000,00 1');
    expect(written).toContain('ONUDI 1 1 540 000,00 540 000,00 0,00');
    expect(written).toContain('2-5.1.1 établir des fiches projets IMANOR 731 Partiellement acquis 360 000,00');
  });

  it('cuts a long list of late actions and says how many more', () => {
    const blocks = financingSectionBlocks(financing(LATE_UNFUNDED_LINES + 5), { at: '31 décembre 2025' });
    const table = blocks.filter((b) => b.kind === 'table').at(-1)!;
    expect(table.kind === 'table' && table.rows).toHaveLength(LATE_UNFUNDED_LINES);
    expect(text(blocks)).toContain('… et 5 de plus');
  });
});
