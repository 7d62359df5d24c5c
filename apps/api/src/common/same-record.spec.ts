import { describe, expect, it } from 'vitest';
import { sameRecord } from './same-record';

describe('sameRecord', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['the same fields in another order', { language: 'fr', mailOptOut: false }, { mailOptOut: false, language: 'fr' }, true],
    ['one value changed', { language: 'fr', mailOptOut: false }, { language: 'ar', mailOptOut: false }, false],
    ['an absent field and an undefined one', { name: 'A' }, { name: 'A', acronym: undefined }, true],
    ['null is a value', { acronym: null }, {}, false],
    ['nested lists in order', { ownerKeys: ['a', 'b'] }, { ownerKeys: ['a', 'b'] }, true],
    ['nested lists reordered', { ownerKeys: ['a', 'b'] }, { ownerKeys: ['b', 'a'] }, false],
    ['equal dates', { at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-01T00:00:00Z') }, true],
    ['a number and its text', { weight: 1 }, { weight: '1' }, false],
  ])('%s → %s', (_name, a, b, same) => {
    expect(sameRecord(a, b)).toBe(same);
  });
});
