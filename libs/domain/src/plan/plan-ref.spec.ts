import { describe, expect, it } from 'vitest';
import { comparePlanRefs } from './plan-ref';

const SIGN = { before: -1, 'level with': 0, after: 1 } as const;

describe('comparePlanRefs', () => {
  it.each([
    ['1-2.9.1', 'before', '1-2.10.1'],
    ['1-2.10.1', 'before', '1-10.1.1'],
    ['2-1.1.1', 'after', '1-10.1.1'],
    ['1-2.1.3', 'level with', '1-2.1.3'],
    ['1-2.1', 'before', '1-2.1.1'],
    ['1-2.1.3#2', 'before', '1-2.1.3#10'],
    ['1-2.1.3#1', 'before', '1-2.1.10#1'],
    ['1-2.1.1000', 'after', '1-2.1.999'],
    ['1-2.1.1', 'before', 'S1-1-2.1.1'],
    ['S2-1-1.1.1', 'before', 'S12-1-1.1.1'],
    ['1-2.1.01', 'before', '1-2.1.1'],
  ] as const)('puts %s %s %s', (a, position, b) => {
    expect(Math.sign(comparePlanRefs(a, b))).toBe(SIGN[position]);
    expect(Math.sign(comparePlanRefs(b, a))).toBe(-SIGN[position] || 0);
  });

  it('sorts a pillar’s references in the plan’s order', () => {
    const refs = ['1-10.1.1', '1-2.10.1', '1-2.9.1', '1-2.1', '1-2.1.2', '1-1.1.1'];
    expect([...refs].sort(comparePlanRefs)).toEqual(['1-1.1.1', '1-2.1', '1-2.1.2', '1-2.9.1', '1-2.10.1', '1-10.1.1']);
  });
});
