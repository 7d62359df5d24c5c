import { describe, expect, it } from 'vitest';
import { countInFrench } from './french-count';

describe('countInFrench: a count and its agreed noun, never « (s) »', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'ligne', undefined, '0 ligne'],
    [1, 'ligne', undefined, '1 ligne'],
    [2, 'ligne', undefined, '2 lignes'],
    [114, 'action', undefined, '114 actions'],
    [1, 'travail', 'travaux', '1 travail'],
    [3, 'travail', 'travaux', '3 travaux'],
  ])('writes %i %s as « %3$s »', (count, singular, plural, expected) => {
    expect(countInFrench(count, singular, plural)).toBe(expected);
  });
});
