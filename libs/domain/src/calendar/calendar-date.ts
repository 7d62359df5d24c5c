/** A calendar date, 'YYYY-MM-DD', with no time and no time zone. */
export type CalendarDate = string;

export const PLAN_TIME_ZONE = 'Africa/Casablanca';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (2025-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Built once: creating an Intl.DateTimeFormat costs far more than using one (it was a quarter of a request's CPU). */
let casablancaDates: Intl.DateTimeFormat | undefined;

/** The calendar date it is in Casablanca at the given instant ("today" for the plan). */
export function calendarDateInCasablanca(instant: Date): CalendarDate {
  casablancaDates ??= new Intl.DateTimeFormat('en-CA', { timeZone: PLAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = casablancaDates.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
