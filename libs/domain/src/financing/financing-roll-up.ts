import { CalendarDate } from '../calendar/calendar-date';
import { FinancingRecord, lineTotals } from './financing-record';
import { financingInMad, FUNDING_STATUSES, FundingStatus, isLateAndNotFunded } from './funding-status';
import { Currency } from './money';
import { convertToMad, rateOn, ReferenceRate } from './reference-rate';

/** An action as the financing view sees it on a date: its place, owners, whether it is overdue, its financing then. */
export interface FinancedAction {
  actionId: number;
  pillarNumber: number;
  ownerIds: readonly number[];
  overdue: boolean;
  /** The owners' record in force on the date; null when none was recorded by then. */
  record: FinancingRecord | null;
}

/** Figures of a group of actions (a pillar, an owner, the whole plan), in MAD centimes. */
export interface FinancingFigures {
  actions: number;
  /** Actions with a financing record. */
  recorded: number;
  byStatus: Record<FundingStatus, number>;
  /** Estimated costs of the actions that need funding. */
  needed: bigint;
  /** Actions that need funding without an estimated cost (their gap is unknown). */
  costUnknown: number;
  planned: bigint;
  secured: bigint;
  disbursed: bigint;
  gap: bigint;
  lateAndNotFunded: number;
}

/** Cooperation lines of one partner or donor (committed = secured). */
export interface PartnerFigures {
  partnerId: number;
  actions: number;
  lines: number;
  planned: bigint;
  committed: bigint;
  disbursed: bigint;
}

export interface FinancingRollUp {
  totals: FinancingFigures;
  byPillar: Map<number, FinancingFigures>;
  byOwner: Map<number, FinancingFigures>;
  byPartner: Map<number, PartnerFigures>;
  /** Own-budget lines of every owner together. */
  ownBudget: { lines: number; planned: bigint; committed: bigint; disbursed: bigint };
  /** Per action: its derived status on the date (null: nothing recorded). */
  statusOf: Map<number, FundingStatus | null>;
  /** Overdue actions that need funding not (wholly) secured, in the order given. */
  lateAndNotFunded: number[];
  ratesUsed: ReferenceRate[];
  unconverted: Currency[];
}

export const emptyFigures = (): FinancingFigures => ({
  actions: 0,
  recorded: 0,
  byStatus: Object.fromEntries(FUNDING_STATUSES.map((status) => [status, 0])) as Record<FundingStatus, number>,
  needed: 0n,
  costUnknown: 0,
  planned: 0n,
  secured: 0n,
  disbursed: 0n,
  gap: 0n,
  lateAndNotFunded: 0,
});

/**
 * Financing rolled up per pillar, per owner organisation (an action co-owned by two counts in both) and per cooperation
 * partner, on a date: every amount converted to MAD at the reference rate in force on the date (rateOn), each line's
 * totals converted once and rounded to the centime, then added — so a total is exactly the sum of its converted lines.
 */
export function rollUpFinancing(actions: readonly FinancedAction[], rates: readonly ReferenceRate[], asOf: CalendarDate): FinancingRollUp {
  const totals = emptyFigures();
  const byPillar = new Map<number, FinancingFigures>();
  const byOwner = new Map<number, FinancingFigures>();
  const byPartner = new Map<number, PartnerFigures>();
  const ownBudget = { lines: 0, planned: 0n, committed: 0n, disbursed: 0n };
  const statusOf = new Map<number, FundingStatus | null>();
  const lateAndNotFunded: number[] = [];
  const ratesUsed = new Map<Currency, ReferenceRate>();
  const unconverted = new Set<Currency>();
  const groupOf = (map: Map<number, FinancingFigures>, key: number) => {
    let figures = map.get(key);
    if (!figures) map.set(key, (figures = emptyFigures()));
    return figures;
  };

  for (const action of actions) {
    const groups = [totals, groupOf(byPillar, action.pillarNumber), ...[...new Set(action.ownerIds)].map((id) => groupOf(byOwner, id))];
    if (!action.record) {
      statusOf.set(action.actionId, null);
      for (const figures of groups) figures.actions += 1;
      continue;
    }
    const inMad = financingInMad(action.record, rates, asOf);
    inMad.ratesUsed.forEach((rate) => ratesUsed.set(rate.currency, rate));
    inMad.unconverted.forEach((currency) => unconverted.add(currency));
    statusOf.set(action.actionId, inMad.status);
    const late = isLateAndNotFunded(action.overdue, inMad.status);
    if (late) lateAndNotFunded.push(action.actionId);
    for (const figures of groups) {
      figures.actions += 1;
      figures.recorded += 1;
      figures.byStatus[inMad.status] += 1;
      if (action.record.needsFunding) {
        if (inMad.cost === null) figures.costUnknown += 1;
        else figures.needed += inMad.cost;
      }
      figures.planned += inMad.planned;
      figures.secured += inMad.secured;
      figures.disbursed += inMad.disbursed;
      figures.gap += inMad.gap;
      if (late) figures.lateAndNotFunded += 1;
    }
    const partnersSeen = new Set<number>();
    for (const line of action.record.lines) {
      const rate = rateOn(rates, line.currency, asOf);
      if (!rate) continue;
      const lineTotal = lineTotals(line);
      const planned = convertToMad(lineTotal.planned, rate.micros);
      const committed = convertToMad(lineTotal.committed, rate.micros);
      const disbursed = convertToMad(lineTotal.disbursed, rate.micros);
      const target =
        line.source === 'COOPERATION' && line.partnerId !== null
          ? (byPartner.get(line.partnerId) ??
            byPartner.set(line.partnerId, { partnerId: line.partnerId, actions: 0, lines: 0, planned: 0n, committed: 0n, disbursed: 0n }).get(line.partnerId)!)
          : ownBudget;
      target.lines += 1;
      target.planned += planned;
      target.committed += committed;
      target.disbursed += disbursed;
      if (target !== ownBudget && !partnersSeen.has(line.partnerId!)) {
        partnersSeen.add(line.partnerId!);
        (target as PartnerFigures).actions += 1;
      }
    }
  }
  return { totals, byPillar, byOwner, byPartner, ownBudget, statusOf, lateAndNotFunded, ratesUsed: [...ratesUsed.values()], unconverted: [...unconverted] };
}
