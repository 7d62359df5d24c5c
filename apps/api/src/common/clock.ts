import { calendarDateInCasablanca, CalendarDate } from '@pnq/domain';

const MINUTE_MS = 60_000;
let cached: { minute: number; date: CalendarDate } | undefined;

/**
 * "Today" for the plan: the calendar date in Africa/Casablanca. Computed once per minute of UTC time: every
 * `asOf`-defaulting field asks for it (hundreds of times in one list), and the time zone's offsets are whole
 * hours, so its midnight always falls on a minute boundary and the cached answer is never stale.
 */
export function todayInCasablanca(): CalendarDate {
  const now = Date.now();
  const minute = Math.floor(now / MINUTE_MS);
  if (cached?.minute !== minute) cached = { minute, date: calendarDateInCasablanca(new Date(now)) };
  return cached.date;
}
