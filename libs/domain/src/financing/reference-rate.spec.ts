import { describe, expect, it } from 'vitest';
import { convertToMad, formatRate, parseRate, rateOn, ReferenceRate } from './reference-rate';

const RATES: ReferenceRate[] = [
  { currency: 'EUR', date: '2025-01-02', micros: 10_850_000n },
  { currency: 'EUR', date: '2025-07-01', micros: 10_600_000n },
  { currency: 'USD', date: '2025-07-01', micros: 9_950_000n },
];

describe('reference rates and conversion to dirhams', () => {
  it.each([
    ['EUR', '2025-01-01', null],
    ['EUR', '2025-01-02', '10.85'],
    ['EUR', '2025-06-30', '10.85'],
    ['EUR', '2025-12-31', '10.6'],
    ['USD', '2025-06-30', null],
    ['MAD', '2024-01-01', '1'],
  ] as const)('converts %s on %s at %s', (currency, asOf, expected) => {
    const rate = rateOn(RATES, currency, asOf);
    expect(rate ? formatRate(rate.micros) : null).toBe(expected);
  });

  it.each([
    [100n, 10_850_000n, 1085n], // 1.00 EUR → 10.85 MAD
    [1n, 10_850_000n, 11n], // 0.01 EUR → 0.1085 → 0.11 MAD (half up)
    [1n, 10_840_000n, 11n], // 0.1084 → 0.11
    [1n, 10_440_000n, 10n], // 0.1044 → 0.10
    [5n, 10_000_000n, 50n],
    [1n, 500_000n, 1n], // 0.005 exactly → rounds half away from zero
    [12_345_678_901n, 10_812_345n, 133_485_739_537n], // 123,456,789.01 EUR × 10.812345 = 1,334,857,395.3683… MAD
  ])('%s centimes at %s millionths are %s centimes of MAD', (centimes, micros, expected) => {
    expect(convertToMad(centimes, micros)).toBe(expected);
  });

  it.each([
    ['10.8123', 10_812_300n],
    ['10,812345', 10_812_345n],
    ['1', 1_000_000n],
  ])('reads the rate « %s »', (text, micros) => expect(parseRate(text)).toEqual({ micros }));

  it.each(['0', '-10.8', '10.1234567', 'dix', '1000000'])('refuses the rate « %s » with INVALID_REFERENCE_RATE', (text) => {
    expect(parseRate(text)).toMatchObject({ code: 'INVALID_REFERENCE_RATE' });
  });
});
