import { describe, expect, it } from 'vitest';
import { Health } from '../tracking/action-status';
import {
  alreadyMailedOn,
  casablancaWallClock,
  isDailyRunDue,
  isEscalationDue,
  isEssentialNotice,
  isNoticeDue,
  isRepeatDue,
  isWeeklySummaryDue,
  mondayOf,
  NOTICE_KINDS,
  NoticeKind,
  overdueNoticeDay,
  parseTimeOfDay,
  ReminderItem,
  reminderFor,
  weeklySummary,
} from './reminder-rules';

const v = (health: Health, days: number | null = null, dueDate: string | null = null) => ({ health, days, dueDate });
const overdue = (daysLate: number): ReminderItem => ({ kind: 'OVERDUE', days: daysLate, dueDate: '2025-12-31' });
const dueSoon = (daysLeft: number): ReminderItem => ({ kind: 'DUE_SOON', days: daysLeft, dueDate: '2026-12-31' });
const STALE: ReminderItem = { kind: 'STALE', days: null, dueDate: null };

describe('reminderFor', () => {
  it.each([
    ['overdue', v('OVERDUE', 15, '2025-12-31'), { kind: 'OVERDUE', days: 15, dueDate: '2025-12-31' }],
    ['on track, due in 30 days', v('ON_TRACK', 30, '2026-01-31'), { kind: 'DUE_SOON', days: 30, dueDate: '2026-01-31' }],
    ['at risk, due in 7 days', v('AT_RISK', 7, '2026-01-08'), { kind: 'DUE_SOON', days: 7, dueDate: '2026-01-08' }],
    ['on track, due in 31 days', v('ON_TRACK', 31, '2026-02-01'), null],
    ['stale', v('STALE'), { kind: 'STALE', days: null, dueDate: null }],
    ['recurring and up to date', v('ON_TRACK'), null],
    ['done', v('DONE', null, '2025-12-31'), null],
    ['cancelled', v('CANCELLED'), null],
    ['deadline to set', v('UNSCHEDULED'), null],
  ] as const)('%s → %j', (_what, verdict, expected) => {
    expect(reminderFor(verdict)).toEqual(expected);
  });
});

describe('overdueNoticeDay', () => {
  it.each([
    [0, 0],
    [1, 1],
    [6, 1],
    [7, 7],
    [36, 7],
    [37, 37],
    [66, 37],
    [67, 67],
    [400, 397],
  ])('%i days late → last notice on day %i', (daysLate, day) => {
    expect(overdueNoticeDay(daysLate)).toBe(day);
  });
});

describe('isNoticeDue — the cadence', () => {
  it.each<[string, ReminderItem, string, string | null, boolean]>([
    // what                                              item           asOf          last announced   due?
    ['overdue day 1, never announced', overdue(1), '2026-01-01', null, true],
    ['overdue day 2 after day 1', overdue(2), '2026-01-02', '2026-01-01', false],
    ['overdue day 7 after day 1', overdue(7), '2026-01-07', '2026-01-01', true],
    ['overdue day 8 after day 7', overdue(8), '2026-01-08', '2026-01-07', false],
    ['overdue day 36 after day 7', overdue(36), '2026-02-05', '2026-01-07', false],
    ['overdue day 37 after day 7', overdue(37), '2026-02-06', '2026-01-07', true],
    ['overdue day 67 after day 37', overdue(67), '2026-03-08', '2026-02-06', true],
    ['overdue day 10, day 7 missed: caught up once', overdue(10), '2026-01-10', '2026-01-01', true],
    ['overdue 400 days, never announced', overdue(400), '2027-02-04', null, true],
    ['same day, already announced', overdue(7), '2026-01-07', '2026-01-07', false],
    ['due soon at 31 days', dueSoon(31), '2026-11-30', null, false],
    ['due soon at 30 days', dueSoon(30), '2026-12-01', null, true],
    ['due soon at 20 days, announced at 30', dueSoon(20), '2026-12-11', '2026-12-01', false],
    ['due soon at 7 days, announced at 30', dueSoon(7), '2026-12-24', '2026-12-01', true],
    ['due soon at 3 days, announced at 7', dueSoon(3), '2026-12-28', '2026-12-24', false],
    ['due soon at 5 days, never announced', dueSoon(5), '2026-12-26', null, true],
    ['stale, never announced', STALE, '2026-01-15', null, true],
    ['stale, announced 29 days ago', STALE, '2026-01-30', '2026-01-01', false],
    ['stale, announced 30 days ago', STALE, '2026-01-31', '2026-01-01', true],
  ])('%s', (_what, item, asOf, last, due) => {
    expect(isNoticeDue(item, asOf, last)).toBe(due);
  });
});

describe('isEscalationDue', () => {
  it.each<[string, number, string, string | null, boolean]>([
    ['90 days late is not escalated', 90, '2026-03-31', null, false],
    ['91 days late is escalated', 91, '2026-04-01', null, true],
    ['100 days late, escalated at 91', 100, '2026-04-10', '2026-04-01', false],
    ['121 days late, escalated at 91', 121, '2026-05-01', '2026-04-01', true],
    ['380 days late, never escalated', 380, '2027-01-15', null, true],
    ['same day', 91, '2026-04-01', '2026-04-01', false],
  ])('%s', (_what, daysLate, asOf, last, due) => {
    expect(isEscalationDue(daysLate, '2025-12-31', asOf, last)).toBe(due);
  });
});

describe('isRepeatDue', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2026-01-15', true],
    ['2026-01-15', '2026-01-15', false],
    ['2026-01-01', '2026-01-30', false],
    ['2026-01-01', '2026-01-31', true],
  ])('last %s, on %s → %s', (last, asOf, due) => {
    expect(isRepeatDue(asOf, last)).toBe(due);
  });
});

describe('weekly summary', () => {
  it.each<[string, string]>([
    ['2026-01-12', '2026-01-12'], // Monday
    ['2026-01-15', '2026-01-12'], // Thursday
    ['2026-01-18', '2026-01-12'], // Sunday
    ['2026-01-01', '2025-12-29'], // across a year
  ])('the Monday of %s is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  it.each<[string, string | null, boolean]>([
    ['2026-01-15', null, true],
    ['2026-01-12', '2026-01-05', true],
    ['2026-01-13', '2026-01-12', false],
    ['2026-01-18', '2026-01-12', false],
    ['2026-01-14', '2026-01-06', true], // Monday 12th missed: caught up on Wednesday
  ])('on %s, last sent %s → due %s', (asOf, last, due) => {
    expect(isWeeklySummaryDue(asOf, last)).toBe(due);
  });

  it('lists what became overdue or done over the week, and what is stale now', () => {
    const weekAgo = [
      { ref: 'a', health: 'ON_TRACK' as const },
      { ref: 'b', health: 'OVERDUE' as const },
      { ref: 'c', health: 'AT_RISK' as const },
      { ref: 'd', health: 'STALE' as const },
    ];
    const now = [
      { ref: 'a', health: 'OVERDUE' as const },
      { ref: 'b', health: 'OVERDUE' as const },
      { ref: 'c', health: 'DONE' as const },
      { ref: 'd', health: 'STALE' as const },
    ];
    expect(weeklySummary(weekAgo, now)).toEqual({ newlyOverdue: ['a'], newlyCompleted: ['c'], stale: ['d'] });
  });
});

describe('mail rules', () => {
  it.each([
    [['2026-01-14'], '2026-01-15', false],
    [['2026-01-14', '2026-01-15'], '2026-01-15', true],
    [[], '2026-01-15', false],
  ])('mailed on %j, on %s → already mailed %s', (dates, asOf, already) => {
    expect(alreadyMailedOn(dates, asOf)).toBe(already);
  });

  const essentials = [
    ['OVERDUE', true],
    ['ESCALATION', true],
    ['NO_ACTIVE_EDITOR', true],
    ['CAMPAIGN', true],
    ['DUE_SOON', false],
    ['STALE', false],
    ['NEWLY_OVERDUE', false],
    ['NEWLY_COMPLETED', false],
    ['STALE_TOTAL', false],
    ['REVISION_REQUESTED', true],
    ['REVISION_APPROVED', true],
    ['REVISION_REJECTED', true],
    ['MENTION', false],
    ['DECISION_DUE_SOON', false],
    ['DECISION_OVERDUE', true],
  ] as const satisfies readonly (readonly [NoticeKind, boolean])[];
  it.each(essentials)('%s essential: %s', (kind, essential) => {
    expect(isEssentialNotice(kind)).toBe(essential);
  });

  it('decides for every notice kind', () => {
    expect(essentials.map(([kind]) => kind).sort()).toEqual([...NOTICE_KINDS].sort());
  });
});

describe('the daily schedule', () => {
  it.each([
    ['07:00', '07:00'],
    ['7:00', null],
    ['23:59', '23:59'],
    ['24:00', null],
    ['07:60', null],
    [' 06:30 ', '06:30'],
  ])('parses %j as %j', (raw, parsed) => {
    expect(parseTimeOfDay(raw)).toBe(parsed);
  });

  it.each<[string, string, string | null, boolean]>([
    ['06:59', '07:00', null, false],
    ['07:00', '07:00', null, true],
    ['18:00', '07:00', '2026-01-15', false],
    ['18:00', '07:00', '2026-01-14', true],
  ])('at %s (scheduled %s, last run %s) → due %s', (time, scheduled, last, due) => {
    expect(isDailyRunDue({ date: '2026-01-15', time }, scheduled, last)).toBe(due);
  });

  it('reads the wall clock in Casablanca (UTC+1 outside Ramadan)', () => {
    expect(casablancaWallClock(new Date('2026-01-15T06:30:00Z'))).toEqual({ date: '2026-01-15', time: '07:30' });
    expect(casablancaWallClock(new Date('2026-01-15T23:30:00Z'))).toEqual({ date: '2026-01-16', time: '00:30' });
  });
});
