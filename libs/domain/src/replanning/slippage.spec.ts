import { describe, expect, it } from 'vitest';
import { rollUpSlippage } from './slippage';

describe('rollUpSlippage', () => {
  it.each([
    ['nothing revised', [0, 0, null], { slipped: 0, totalDays: 0, meanDays: null }],
    ['one action a year late', [365, 0, null], { slipped: 1, totalDays: 365, meanDays: 365 }],
    ['later and earlier', [365, -184, 0], { slipped: 2, totalDays: 181, meanDays: 91 }],
    ['a first deadline (no baseline) is no slippage', [null, null], { slipped: 0, totalDays: 0, meanDays: null }],
  ])('%s', (_, slippages, rollUp) => {
    expect(rollUpSlippage(slippages)).toEqual(rollUp);
  });
});
