import { CalendarDate } from '../calendar/calendar-date';
import { RuleViolation } from '../tracking/validate-status-update';
import { Centimes, Currency } from './money';

/**
 * A reference rate the secretariat records for a date: how many dirhams one unit of the currency is worth, exact to
 * the millionth ("10.812345"), held as a bigint of millionths.
 */
export interface ReferenceRate {
  currency: Currency;
  date: CalendarDate;
  /** Dirhams per unit, in millionths (10.8123 MAD per EUR = 10_812_300n). */
  micros: bigint;
}

const RATE_SCALE = 1_000_000n;
const RATE = /^(\d{1,6})(?:[.,](\d{1,6}))?$/;

/** The rate of MAD itself: one. */
export const UNIT_RATE_MICROS = RATE_SCALE;

/** Reads a rate: a positive decimal with at most six decimals, below a million dirhams per unit (INVALID_REFERENCE_RATE). */
export function parseRate(text: string): { micros: bigint } | RuleViolation<'INVALID_REFERENCE_RATE'> {
  const match = RATE.exec(text.trim());
  if (!match) return { code: 'INVALID_REFERENCE_RATE', message: `« ${text} » is not a rate: dirhams per unit, at most six decimals (10.8123).` };
  const micros = BigInt(match[1]) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(6, '0'));
  if (micros === 0n) return { code: 'INVALID_REFERENCE_RATE', message: 'A rate of zero would make every converted amount vanish.' };
  return { micros };
}

export function formatRate(micros: bigint): string {
  const units = micros / RATE_SCALE;
  const fraction = (micros % RATE_SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${units}.${fraction}` : `${units}`;
}

/**
 * The rate that converts a currency on a date: MAD needs none; otherwise the latest rate the secretariat recorded on
 * or before the date (null when none was recorded by then — the amount then stays out of the totals and is said so).
 */
export function rateOn(rates: readonly ReferenceRate[], currency: Currency, asOf: CalendarDate): ReferenceRate | null {
  if (currency === 'MAD') return { currency, date: asOf, micros: UNIT_RATE_MICROS };
  let best: ReferenceRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency || rate.date > asOf) continue;
    if (!best || rate.date > best.date) best = rate;
  }
  return best;
}

/** An amount in dirhams: centimes × rate, rounded half away from zero to the centime (exact integer arithmetic). */
export function convertToMad(centimes: Centimes, rateMicros: bigint): Centimes {
  const product = centimes * rateMicros;
  const quotient = product / RATE_SCALE;
  const remainder = product % RATE_SCALE;
  const half = RATE_SCALE / 2n;
  if (remainder >= half) return quotient + 1n;
  if (remainder <= -half) return quotient - 1n;
  return quotient;
}
