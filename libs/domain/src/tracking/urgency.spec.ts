import { describe, expect, it } from 'vitest';
import { Health, HEALTHS } from './action-status';
import { compareByUrgency, compareHealthSeverity, HEALTH_SEVERITY_ORDER, urgencyRank } from './urgency';

const v = (health: Health, days: number | null = null, dueDate: string | null = null) => ({ health, days, dueDate });

describe('urgencyRank', () => {
  it.each([
    ['overdue', v('OVERDUE', 10, '2025-12-31'), 0],
    ['at risk', v('AT_RISK', 100, '2026-12-31'), 1],
    ['on track, due in 90 days', v('ON_TRACK', 90, '2026-12-31'), 2],
    ['stale', v('STALE'), 3],
    ['deadline to set', v('UNSCHEDULED'), 4],
    ['on track, due in 91 days', v('ON_TRACK', 91, '2026-12-31'), 5],
    ['recurring and up to date', v('ON_TRACK'), 5],
    ['done', v('DONE'), 6],
    ['cancelled', v('CANCELLED'), 7],
  ] as const)('puts %s at rank %s', (_what, verdict, rank) => {
    expect(urgencyRank(verdict)).toBe(rank);
  });
});

describe('compareByUrgency', () => {
  it('lists the most late first, then at risk, then due soonest, then by reference', () => {
    const items = [
      { ref: '1-3.1.2', verdict: v('ON_TRACK', 200, '2027-06-30') },
      { ref: '1-1.1.10', verdict: v('OVERDUE', 5, '2026-01-01') },
      { ref: '1-1.1.2', verdict: v('OVERDUE', 40, '2025-12-01') },
      { ref: '1-2.1.1', verdict: v('AT_RISK', 30, '2026-12-31') },
      { ref: '1-1.1.9', verdict: v('OVERDUE', 5, '2026-01-01') },
    ];
    expect([...items].sort(compareByUrgency).map((i) => i.ref)).toEqual(['1-1.1.2', '1-1.1.9', '1-1.1.10', '1-2.1.1', '1-3.1.2']);
  });
});

describe('HEALTH_SEVERITY_ORDER', () => {
  it('holds every health once', () => {
    expect([...HEALTH_SEVERITY_ORDER].sort()).toEqual([...HEALTHS].sort());
  });

  it('follows the urgency ranks of actions not due soon', () => {
    const ranks = HEALTH_SEVERITY_ORDER.map((health) => urgencyRank(v(health)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('compareHealthSeverity', () => {
  it.each([
    ['OVERDUE', 'before', 'AT_RISK'],
    ['AT_RISK', 'before', 'STALE'],
    ['STALE', 'before', 'UNSCHEDULED'],
    ['UNSCHEDULED', 'before', 'ON_TRACK'],
    ['ON_TRACK', 'before', 'DONE'],
    ['DONE', 'before', 'CANCELLED'],
    ['CANCELLED', 'after', 'OVERDUE'],
    ['STALE', 'level with', 'STALE'],
  ] as const)('puts %s %s %s', (a, position, b) => {
    expect(Math.sign(compareHealthSeverity(a, b))).toBe({ before: -1, 'level with': 0, after: 1 }[position]);
  });
});
