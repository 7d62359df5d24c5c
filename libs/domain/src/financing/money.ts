import { RuleViolation } from '../tracking/validate-status-update';

/** The currencies an amount may be in: dirhams by default, donors' euros and dollars (converted for totals). */
export const CURRENCIES = ['MAD', 'EUR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'MAD';

/**
 * An amount is exact: a count of centimes (hundredths of the currency unit) held as a bigint — never a floating-point
 * number. It travels as a decimal string with a dot and at most two decimals ("1250000.50").
 */
export type Centimes = bigint;

/** Above this (a thousand billion units) an amount is taken for a typing slip, not a budget. */
export const AMOUNT_MAX_UNITS = 1_000_000_000_000n;
const AMOUNT_MAX: Centimes = AMOUNT_MAX_UNITS * 100n;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

export function currencyProblem(value: string): RuleViolation<'UNKNOWN_CURRENCY'>[] {
  if (isCurrency(value)) return [];
  return [{ code: 'UNKNOWN_CURRENCY', message: `« ${value} » is not a currency PNQ Tracker knows (${CURRENCIES.join(', ')}).` }];
}

const DECIMAL = /^(\d+)(?:[.,](\d{1,2}))?$/;

/**
 * Reads an amount as a person or a spreadsheet writes it: digits, thousands separated by spaces (or none), a dot or a
 * comma before at most two decimals. Refused: a negative or signed amount, more than two decimals, anything that is not
 * a number, and an amount of a thousand billion or more (INVALID_AMOUNT, with what was read).
 */
export function parseAmount(text: string): { centimes: Centimes } | RuleViolation<'INVALID_AMOUNT'> {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact.startsWith('-')) return { code: 'INVALID_AMOUNT', message: `An amount cannot be negative (« ${text} »).` };
  const match = DECIMAL.exec(compact);
  if (!match) return { code: 'INVALID_AMOUNT', message: `« ${text} » is not an amount: digits, then at most two decimals (1250000.50).` };
  const centimes = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (centimes >= AMOUNT_MAX) return { code: 'INVALID_AMOUNT', message: `« ${text} » is not a plausible amount (a thousand billion or more).` };
  return { centimes };
}

/** The decimal string of an amount: "1250000.50" (no separators; the interface formats it per language). */
export function formatCentimes(centimes: Centimes): string {
  const negative = centimes < 0n;
  const magnitude = negative ? -centimes : centimes;
  const units = magnitude / 100n;
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${cents}`;
}

/** How a language separates thousands and centimes. */
export interface AmountSeparators {
  group: string;
  decimal: string;
}

/** French: « 1 500 000,00 ». */
export const FRENCH_AMOUNT_SEPARATORS: AmountSeparators = { group: ' ', decimal: ',' };

/** An exact amount ("1140000.50", as formatCentimes writes it) with a language's separators ("1 140 000,50"); no floating point. */
export function formatExactAmount(decimal: string, { group, decimal: point }: AmountSeparators): string {
  const negative = decimal.startsWith('-');
  const [units, cents = '00'] = decimal.replace('-', '').split('.');
  return `${negative ? '-' : ''}${units.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${point}${cents.padEnd(2, '0').slice(0, 2)}`;
}

/** The amount of a decimal string known to be valid (read back from the database's NUMERIC(16,2)). */
export function centimesOf(decimal: string): Centimes {
  const parsed = parseAmount(decimal);
  if ('code' in parsed) throw new Error(parsed.message);
  return parsed.centimes;
}

export const sumCentimes = (amounts: Iterable<Centimes>): Centimes => {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
};
