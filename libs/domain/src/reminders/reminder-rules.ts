import { CalendarDate } from '../calendar/calendar-date';
import { addDays, daysBetween } from '../calendar/date-arithmetic';
import { Health } from '../tracking/action-status';
import { HealthVerdict } from '../tracking/health';

/** What a reminder says about an action: due within 30 days, past its due date, or recurring without an update. */
export const REMINDER_KINDS = ['DUE_SOON', 'OVERDUE', 'STALE'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Every kind of line a digest, a notification or a campaign call can carry: the reminders about one's actions, the
 * secretariat's escalations and organisations without an active editor, the weekly summary's lines, a call for updates,
 * a mention in an action's discussion.
 */
export const NOTICE_KINDS = [
  ...REMINDER_KINDS,
  'ESCALATION',
  'NO_ACTIVE_EDITOR',
  'NEWLY_OVERDUE',
  'NEWLY_COMPLETED',
  'STALE_TOTAL',
  'CAMPAIGN',
  // Re-planning: a request for the secretariat, a decision for the owner's editors.
  'REVISION_REQUESTED',
  'REVISION_APPROVED',
  'REVISION_REJECTED',
  'MENTION',
  // Steering: a decision its responsible organisation follows up, due soon or overdue.
  'DECISION_DUE_SOON',
  'DECISION_OVERDUE',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Due-soon notices go out 30 days, then 7 days, before the due date. */
export const DUE_SOON_NOTICE_DAYS = [30, 7] as const;
/** Overdue notices: the day after the due date, a week after, then every 30 days. */
export const OVERDUE_FIRST_NOTICE_DAY = 1;
export const OVERDUE_SECOND_NOTICE_DAY = 7;
export const REPEAT_EVERY_DAYS = 30;
/** Past this many days late, the secretariat is told too (escalation). */
export const ESCALATION_OVERDUE_DAYS = 90;

export interface ReminderItem {
  kind: ReminderKind;
  /** DUE_SOON: days left; OVERDUE: days late; STALE: null. */
  days: number | null;
  dueDate: CalendarDate | null;
}

/** Which reminder, if any, an action's health on a date calls for. Done, cancelled and unscheduled actions call for none. */
export function reminderFor(verdict: Pick<HealthVerdict, 'health' | 'days' | 'dueDate'>): ReminderItem | null {
  const { health, days, dueDate } = verdict;
  if (health === 'OVERDUE') return { kind: 'OVERDUE', days, dueDate };
  if (health === 'STALE') return { kind: 'STALE', days: null, dueDate: null };
  const open: Health[] = ['ON_TRACK', 'AT_RISK'];
  if (open.includes(health) && dueDate !== null && days !== null && days <= DUE_SOON_NOTICE_DAYS[0]) return { kind: 'DUE_SOON', days, dueDate };
  return null;
}

/**
 * The date of the latest scheduled notice for an item on `asOf` (null: none is scheduled yet).
 * An item is announced when nothing was announced on or after that date, so a missed day is caught up once
 * and a restart changes nothing: the log of what was announced is the only memory.
 */
export function latestNoticeDate(item: ReminderItem, asOf: CalendarDate, lastAnnounced: CalendarDate | null = null): CalendarDate | null {
  switch (item.kind) {
    case 'DUE_SOON': {
      if (item.dueDate === null || item.days === null) return null;
      const daysBefore = DUE_SOON_NOTICE_DAYS.filter((d) => item.days! <= d).at(-1);
      return daysBefore === undefined ? null : addDays(item.dueDate, -daysBefore);
    }
    case 'OVERDUE':
      return item.dueDate === null || item.days === null ? null : addDays(item.dueDate, overdueNoticeDay(item.days));
    case 'STALE':
      // Stale: once, then every 30 days while it stays stale.
      if (lastAnnounced === null || daysBetween(lastAnnounced, asOf) >= REPEAT_EVERY_DAYS) return asOf;
      return addDays(lastAnnounced, REPEAT_EVERY_DAYS);
  }
}

/** Days late of the latest overdue notice: 1, 7, 37, 67, … (0 when not yet late). */
export function overdueNoticeDay(daysLate: number): number {
  if (daysLate < OVERDUE_FIRST_NOTICE_DAY) return 0;
  if (daysLate < OVERDUE_SECOND_NOTICE_DAY) return OVERDUE_FIRST_NOTICE_DAY;
  return OVERDUE_SECOND_NOTICE_DAY + REPEAT_EVERY_DAYS * Math.floor((daysLate - OVERDUE_SECOND_NOTICE_DAY) / REPEAT_EVERY_DAYS);
}

/** True when the item must be (re-)announced on `asOf`, given when it was last announced to the same audience. */
export function isNoticeDue(item: ReminderItem, asOf: CalendarDate, lastAnnounced: CalendarDate | null): boolean {
  if (lastAnnounced === asOf) return false;
  const notice = latestNoticeDate(item, asOf, lastAnnounced);
  if (notice === null || notice > asOf) return false;
  return lastAnnounced === null || lastAnnounced < notice;
}

/** Escalated to the secretariat: overdue by more than 90 days; re-escalated every 30 days (day 91, 121, …). */
export function isEscalationDue(daysLate: number, dueDate: CalendarDate, asOf: CalendarDate, lastEscalated: CalendarDate | null): boolean {
  if (daysLate <= ESCALATION_OVERDUE_DAYS || lastEscalated === asOf) return false;
  const first = ESCALATION_OVERDUE_DAYS + 1;
  const notice = addDays(dueDate, first + REPEAT_EVERY_DAYS * Math.floor((daysLate - first) / REPEAT_EVERY_DAYS));
  return lastEscalated === null || lastEscalated < notice;
}

/** An organisation owning open actions with no active editor: told to the secretariat, then every 30 days. */
export function isRepeatDue(asOf: CalendarDate, lastAnnounced: CalendarDate | null, every = REPEAT_EVERY_DAYS): boolean {
  return lastAnnounced === null || (lastAnnounced !== asOf && daysBetween(lastAnnounced, asOf) >= every);
}

/** Monday of the week of a date (ISO weeks). */
export function mondayOf(date: CalendarDate): CalendarDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, -((weekday + 6) % 7));
}

/** The admins' weekly summary goes out on Monday, or on the first run of a week whose Monday was missed. */
export function isWeeklySummaryDue(asOf: CalendarDate, lastSummary: CalendarDate | null): boolean {
  return lastSummary === null || lastSummary < mondayOf(asOf);
}

/** Nothing goes to a person twice in a day: true when they were already sent a reminder mail on that date. */
export function alreadyMailedOn(mailDates: readonly CalendarDate[], asOf: CalendarDate): boolean {
  return mailDates.includes(asOf);
}

/** Notices a recipient cannot refuse: overdue notices for one's own actions, the secretariat's escalations and calls for updates. */
export const ESSENTIAL_NOTICES: readonly NoticeKind[] = [
  'OVERDUE',
  'ESCALATION',
  'NO_ACTIVE_EDITOR',
  'CAMPAIGN',
  'REVISION_REQUESTED',
  'REVISION_APPROVED',
  'REVISION_REJECTED',
  'DECISION_OVERDUE',
];

/** Whether a line of a mail stays for a recipient who opted out of non-essential mails (due soon, stale, weekly summary). */
export function isEssentialNotice(kind: NoticeKind): boolean {
  return ESSENTIAL_NOTICES.includes(kind);
}

export interface WeeklyHealth {
  ref: string;
  health: Health;
}

export interface WeeklySummary {
  newlyOverdue: string[];
  newlyCompleted: string[];
  stale: string[];
}

/** What changed over the week: overdue now but not a week ago, done now but not then, and stale now. */
export function weeklySummary(weekAgo: readonly WeeklyHealth[], now: readonly WeeklyHealth[]): WeeklySummary {
  const before = new Map(weekAgo.map((a) => [a.ref, a.health]));
  const refs = (keep: (a: WeeklyHealth) => boolean) => now.filter(keep).map((a) => a.ref);
  return {
    newlyOverdue: refs((a) => a.health === 'OVERDUE' && before.get(a.ref) !== 'OVERDUE'),
    newlyCompleted: refs((a) => a.health === 'DONE' && before.get(a.ref) !== 'DONE'),
    stale: refs((a) => a.health === 'STALE'),
  };
}

/** 'HH:MM' (24 h) as written in PNQ_REMINDERS_TIME; null when malformed. */
export function parseTimeOfDay(value: string): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? `${match[1]}:${match[2]}` : null;
}

/** The wall clock in Casablanca at an instant: its calendar date and 'HH:MM'. */
export function casablancaWallClock(instant: Date): { date: CalendarDate; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** The daily job is due once the configured Casablanca time has passed on a day it has not run yet. */
export function isDailyRunDue(now: { date: CalendarDate; time: string }, scheduledTime: string, lastRunDate: CalendarDate | null): boolean {
  return now.time >= scheduledTime && (lastRunDate === null || lastRunDate < now.date);
}
