/**
 * Amounts arrive as exact decimal text ("1250000.50", the API's NUMERIC). They are formatted for the language without
 * ever becoming a floating-point number: the units as a BigInt, the centimes as two digits, with the language's
 * grouping, decimal separator and digits.
 */
export function formatAmount(decimal: string, locale: string): string {
  const negative = decimal.startsWith('-');
  const [units, cents = ''] = decimal.replace('-', '').split('.');
  const integer = new Intl.NumberFormat(locale).format(BigInt(units || '0'));
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const centimes = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }).format(Number(cents.padEnd(2, '0').slice(0, 2)));
  return `${negative ? '-' : ''}${integer}${separator}${centimes}`;
}

/** An amount with its currency: "1 250 000,50 MAD". */
export const formatMoney = (decimal: string, currency: string, locale: string): string => `${formatAmount(decimal, locale)} ${currency}`;

/** For a chart's bar only (the table beside it shows the exact amount): millions, as a number. */
export const millions = (decimal: string): number => Number(decimal) / 1_000_000;
