import { calendarDateInCasablanca, CalendarDate } from '@pnq/domain';

/** "Today" for the plan: the calendar date in Africa/Casablanca. */
export function todayInCasablanca(): CalendarDate {
  return calendarDateInCasablanca(new Date());
}
