import { describe, expect, it } from 'vitest';
import { HEALTHS } from './action-status';
import { HEALTH_COLOURS } from './health-colours';

describe('HEALTH_COLOURS', () => {
  it.each(HEALTHS.map((health) => [health, HEALTH_COLOURS[health]]))('fills %s with a #rrggbb colour (%s)', (_health, colour) => {
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives each health its own colour, so a stacked chart tells them apart', () => {
    expect(new Set(Object.values(HEALTH_COLOURS)).size).toBe(HEALTHS.length);
  });
});
