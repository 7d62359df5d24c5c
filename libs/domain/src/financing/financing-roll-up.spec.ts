import { describe, expect, it } from 'vitest';
import { FinancingRecord, FundingLine } from './financing-record';
import { FinancedAction, rollUpFinancing } from './financing-roll-up';
import { formatCentimes } from './money';
import { convertToMad, ReferenceRate } from './reference-rate';

const EU = 501;
const WB = 502;
const IMANOR = 11;
const SEMAC = 12;
const RATES: ReferenceRate[] = [
  { currency: 'EUR', date: '2025-01-02', micros: 10_812_345n },
  { currency: 'EUR', date: '2026-01-02', micros: 11_000_000n },
  { currency: 'USD', date: '2025-01-02', micros: 9_876_543n },
];
const year = (planned: bigint, committed: bigint, disbursed: bigint) => ({ year: 2025, planned, committed, disbursed });
const own = (...amounts: ReturnType<typeof year>[]): FundingLine => ({
  source: 'OWN_BUDGET',
  currency: 'MAD',
  budgetYear: 2025,
  budgetLine: 'Programme 700',
  partnerId: null,
  programme: null,
  periodStart: null,
  periodEnd: null,
  amounts,
});
const coop = (partnerId: number, currency: 'EUR' | 'USD', ...amounts: ReturnType<typeof year>[]): FundingLine => ({
  ...own(...amounts),
  source: 'COOPERATION',
  currency,
  budgetYear: null,
  budgetLine: null,
  partnerId,
  programme: 'Programme',
  periodStart: 2025,
  periodEnd: 2027,
});
const record = (estimatedCost: bigint | null, ...lines: FundingLine[]): FinancingRecord => ({ needsFunding: true, estimatedCost, costCurrency: 'MAD', lines });
const action = (actionId: number, pillarNumber: number, ownerIds: number[], overdue: boolean, financing: FinancingRecord | null): FinancedAction => ({
  actionId,
  pillarNumber,
  ownerIds,
  overdue,
  record: financing,
});

const ACTIONS: FinancedAction[] = [
  action(
    1,
    1,
    [IMANOR],
    true,
    record(1_500_000_00n, own(year(600_000_00n, 600_000_00n, 250_000_33n)), coop(EU, 'EUR', year(80_000_01n, 50_000_01n, 10_000_07n))),
  ),
  action(2, 1, [IMANOR, SEMAC], true, record(300_000_00n, own(year(300_000_00n, 300_000_00n, 0n)))),
  action(3, 2, [SEMAC], true, record(null)),
  action(4, 2, [SEMAC], false, record(2_000_000_00n, coop(WB, 'USD', year(100_000_00n, 33_333_33n, 0n)), coop(EU, 'EUR', year(10_000_00n, 0n, 0n)))),
  action(5, 3, [IMANOR], true, { needsFunding: false, estimatedCost: null, costCurrency: 'MAD', lines: [] }),
  action(6, 3, [SEMAC], true, null),
];

describe('financing rolled up per pillar, owner and partner', () => {
  const rollUp = rollUpFinancing(ACTIONS, RATES, '2025-12-31');
  const eur = (centimes: bigint) => convertToMad(centimes, 10_812_345n);
  const usd = (centimes: bigint) => convertToMad(centimes, 9_876_543n);

  it('adds every line converted at the rate of the date, to the centime', () => {
    const securedPillar1 = 600_000_00n + eur(50_000_01n) + 300_000_00n;
    expect(formatCentimes(rollUp.byPillar.get(1)!.secured)).toBe(formatCentimes(securedPillar1));
    expect(formatCentimes(rollUp.byPillar.get(1)!.secured)).toBe('1440617.36'); // 50,000.01 EUR × 10.812345 = 540,617.358… → 540,617.36;
    expect(rollUp.byPillar.get(1)!.disbursed).toBe(250_000_33n + eur(10_000_07n));
    expect(rollUp.totals.planned).toBe(600_000_00n + eur(80_000_01n) + 300_000_00n + usd(100_000_00n) + eur(10_000_00n));
    expect(rollUp.byPartner.get(EU)).toEqual({
      partnerId: EU,
      actions: 2,
      lines: 2,
      planned: eur(80_000_01n) + eur(10_000_00n),
      committed: eur(50_000_01n),
      disbursed: eur(10_000_07n),
    });
    expect(rollUp.byPartner.get(WB)).toMatchObject({ actions: 1, committed: usd(33_333_33n) });
    expect(rollUp.ownBudget).toEqual({ lines: 2, planned: 900_000_00n, committed: 900_000_00n, disbursed: 250_000_33n });
    expect(rollUp.ratesUsed.map((r) => [r.currency, r.date])).toEqual([
      ['EUR', '2025-01-02'],
      ['USD', '2025-01-02'],
    ]);
  });

  it('uses the rate in force on another date', () => {
    expect(rollUpFinancing(ACTIONS, RATES, '2026-06-30').byPartner.get(EU)!.committed).toBe(convertToMad(50_000_01n, 11_000_000n));
  });

  it('gives needed, secured and the gap per action added up (a surplus elsewhere does not fill a gap)', () => {
    const pillar1 = rollUp.byPillar.get(1)!;
    expect(pillar1.needed).toBe(1_800_000_00n);
    expect(pillar1.gap).toBe(1_500_000_00n - 600_000_00n - eur(50_000_01n));
    expect(pillar1.byStatus).toMatchObject({ PARTLY_SECURED: 1, SECURED: 1 });
    const pillar2 = rollUp.byPillar.get(2)!;
    expect(pillar2).toMatchObject({ actions: 2, recorded: 2, costUnknown: 1, needed: 2_000_000_00n, gap: 2_000_000_00n - usd(33_333_33n) });
  });

  it('counts a co-owned action in each owner, and actions without a record as not recorded', () => {
    expect(rollUp.byOwner.get(IMANOR)).toMatchObject({ actions: 3, recorded: 3, secured: 600_000_00n + eur(50_000_01n) + 300_000_00n });
    expect(rollUp.byOwner.get(SEMAC)).toMatchObject({ actions: 4, recorded: 3 });
    expect(rollUp.totals).toMatchObject({ actions: 6, recorded: 5 });
    expect(rollUp.statusOf.get(6)).toBeNull();
  });

  it('lists as late and not funded exactly the overdue actions that need funding not wholly secured', () => {
    expect(rollUp.lateAndNotFunded).toEqual([1, 3]);
    expect(rollUp.totals.lateAndNotFunded).toBe(2);
    expect(rollUp.byOwner.get(SEMAC)!.lateAndNotFunded).toBe(1);
  });
});
