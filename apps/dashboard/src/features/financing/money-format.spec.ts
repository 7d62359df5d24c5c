import { describe, expect, it } from 'vitest';
import { formatAmount } from './money-format';

describe('amounts are shown exactly, in the language’s format', () => {
  it.each([
    ['1250000.50', 'en-GB', '1,250,000.50'],
    ['1250000.50', 'fr-MA', '1.250.000,50'],
    ['0.07', 'en-GB', '0.07'],
    ['12345678901234.99', 'en-GB', '12,345,678,901,234.99'],
    ['-12.30', 'en-GB', '-12.30'],
  ])('%s in %s is %s', (decimal, locale, expected) => {
    expect(formatAmount(decimal, locale).replace(/[\u202f\u00a0]/g, ' ')).toBe(expected);
  });

  it('keeps centimes a float would lose', () => {
    expect(formatAmount('9007199254740993.01', 'en-GB')).toBe('9,007,199,254,740,993.01');
  });
});
