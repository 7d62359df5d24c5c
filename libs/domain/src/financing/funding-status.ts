import { CalendarDate } from '../calendar/calendar-date';
import { FinancingRecord, lineTotals } from './financing-record';
import { Currency } from './money';
import { convertToMad, rateOn, ReferenceRate } from './reference-rate';

/** In this order, from nothing to find to fully found. */
export const FUNDING_STATUSES = ['NOT_NEEDED', 'NOT_YET_SOUGHT', 'SOUGHT', 'PARTLY_SECURED', 'SECURED'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** The statuses in French, as the plan's documents (report, spreadsheets) write them. */
export const FUNDING_STATUS_LABELS_FR: Record<FundingStatus, string> = {
  NOT_NEEDED: 'Pas de financement spécifique',
  NOT_YET_SOUGHT: 'Non encore recherché',
  SOUGHT: 'Recherché',
  PARTLY_SECURED: 'Partiellement acquis',
  SECURED: 'Acquis',
};

/** The statuses that count as "not funded" for an action that needs funding. */
export const UNSECURED_STATUSES: readonly FundingStatus[] = ['NOT_YET_SOUGHT', 'SOUGHT', 'PARTLY_SECURED'];

/** What an action's financing amounts to in dirhams on a date, with the rates used and the currencies that had none. */
export interface FinancingInMad {
  status: FundingStatus;
  /** The estimated cost in MAD (null: not estimated, or its currency has no rate yet). */
  cost: bigint | null;
  planned: bigint;
  /** Committed amounts: what is secured. */
  secured: bigint;
  disbursed: bigint;
  /** max(0, cost − secured) for an action that needs funding and has a cost; 0 otherwise. */
  gap: bigint;
  ratesUsed: ReferenceRate[];
  /** Currencies of amounts left out because no rate was recorded on or before the date. */
  unconverted: Currency[];
}

/**
 * The action's financing in dirhams on a date, and its status derived from the amounts:
 * NOT_NEEDED when the owners say it needs no specific funding; NOT_YET_SOUGHT when it needs funding and has no line;
 * SECURED when the committed amounts (converted at the rate of the date) reach the estimated cost; PARTLY_SECURED when
 * something is committed but not the whole cost (or the cost is not estimated); SOUGHT when lines exist with nothing
 * committed. Each line's totals over its years are converted once and rounded to the centime; totals add these up.
 */
export function financingInMad(record: FinancingRecord, rates: readonly ReferenceRate[], asOf: CalendarDate): FinancingInMad {
  const ratesUsed = new Map<Currency, ReferenceRate>();
  const unconverted = new Set<Currency>();
  const toMad = (centimes: bigint, currency: Currency): bigint | null => {
    const rate = rateOn(rates, currency, asOf);
    if (!rate) {
      unconverted.add(currency);
      return null;
    }
    if (currency !== 'MAD') ratesUsed.set(currency, rate);
    return convertToMad(centimes, rate.micros);
  };
  let planned = 0n;
  let secured = 0n;
  let disbursed = 0n;
  for (const line of record.lines) {
    const totals = lineTotals(line);
    planned += toMad(totals.planned, line.currency) ?? 0n;
    secured += toMad(totals.committed, line.currency) ?? 0n;
    disbursed += toMad(totals.disbursed, line.currency) ?? 0n;
  }
  const cost = record.needsFunding && record.estimatedCost !== null ? toMad(record.estimatedCost, record.costCurrency) : null;
  const gap = cost !== null && cost > secured ? cost - secured : 0n;
  return {
    status: statusOf(record, cost, secured),
    cost,
    planned,
    secured,
    disbursed,
    gap,
    ratesUsed: [...ratesUsed.values()],
    unconverted: [...unconverted],
  };
}

function statusOf(record: FinancingRecord, cost: bigint | null, secured: bigint): FundingStatus {
  if (!record.needsFunding) return 'NOT_NEEDED';
  if (record.lines.length === 0) return 'NOT_YET_SOUGHT';
  if (secured > 0n && cost !== null && cost > 0n && secured >= cost) return 'SECURED';
  if (secured > 0n) return 'PARTLY_SECURED';
  return 'SOUGHT';
}

/** "Late and not funded": overdue on the date, and its owners say it needs funding that is not (wholly) secured. */
export function isLateAndNotFunded(overdue: boolean, status: FundingStatus | null): boolean {
  return overdue && status !== null && UNSECURED_STATUSES.includes(status);
}
