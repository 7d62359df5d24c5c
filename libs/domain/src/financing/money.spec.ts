import { describe, expect, it } from 'vitest';
import { formatCentimes, formatExactAmount, FRENCH_AMOUNT_SEPARATORS, parseAmount, sumCentimes } from './money';

describe('amounts are exact decimals', () => {
  it.each([
    ['1250000', 125000000n],
    ['1250000.5', 125000050n],
    ['1 250 000,50', 125000050n],
    ['0.10', 10n],
    ['0', 0n],
    ['999999999999.99', 99999999999999n],
  ])('reads « %s » as %s centimes', (text, centimes) => {
    expect(parseAmount(text)).toEqual({ centimes });
  });

  it.each([
    ['-5', 'cannot be negative'],
    ['12.345', 'not an amount'],
    ['1e6', 'not an amount'],
    ['douze', 'not an amount'],
    ['', 'not an amount'],
    ['1000000000000', 'not a plausible amount'],
  ])('refuses « %s » (%s) with INVALID_AMOUNT', (text, reason) => {
    const result = parseAmount(text);
    expect(result).toMatchObject({ code: 'INVALID_AMOUNT' });
    expect('message' in result && result.message).toContain(reason);
  });

  it.each([
    [125000050n, '1250000.50'],
    [7n, '0.07'],
    [0n, '0.00'],
    [-1234n, '-12.34'],
  ])('writes %s centimes as %s', (centimes, text) => {
    expect(formatCentimes(centimes)).toBe(text);
  });

  it('adds ten thousand dimes to exactly 1000.00 where floating point would drift', () => {
    const dimes = Array.from({ length: 10_000 }, () => (parseAmount('0.10') as { centimes: bigint }).centimes);
    expect(formatCentimes(sumCentimes(dimes))).toBe('1000.00');
    expect(Array.from({ length: 10_000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1000);
  });
});

describe('formatExactAmount: an exact amount with a language’s separators', () => {
  it.each([
    ['0.00', '0,00'],
    ['12.5', '12,50'],
    ['999.99', '999,99'],
    ['1000.00', '1 000,00'],
    ['1500000.00', '1 500 000,00'],
    ['-1234567.89', '-1 234 567,89'],
    ['1000000000000.00', '1 000 000 000 000,00'],
  ])('writes %s in French as %s', (decimal, french) => {
    expect(formatExactAmount(decimal, FRENCH_AMOUNT_SEPARATORS)).toBe(french);
  });

  it('writes English and Arabic separators as given', () => {
    expect(formatExactAmount('1140000.5', { group: ',', decimal: '.' })).toBe('1,140,000.50');
    expect(formatExactAmount('1140000.50', { group: '.', decimal: ',' })).toBe('1.140.000,50');
  });
});
