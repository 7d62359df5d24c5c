import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';

/**
 * The « Tableau de bord qualité Maroc » (PNQ project 5-2.5): published by the CSNCA secretariat as numbered
 * editions, each with its period, sources and method, the next one due two years later (« chaque deux ans »).
 */
export const EDITION_INTERVAL_YEARS = 2;

export interface EditionDraft {
  periodStart: string;
  periodEnd: string;
  sources: string;
  method: string;
}

export interface EditionRecord {
  number: number;
  publishedOn: CalendarDate;
}

export type EditionProblem = 'INVALID_PERIOD' | 'PERIOD_AFTER_PUBLICATION' | 'SOURCES_REQUIRED' | 'METHOD_REQUIRED' | 'TEXT_TOO_LONG';

export const EDITION_TEXT_MAX = 4000;

/** What is wrong with an edition published on a date, or an empty list. */
export function editionProblems(draft: EditionDraft, publishedOn: CalendarDate): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const datesValid = isCalendarDate(draft.periodStart) && isCalendarDate(draft.periodEnd);
  if (!datesValid || draft.periodStart > draft.periodEnd) problems.push('INVALID_PERIOD');
  else if (draft.periodEnd > publishedOn) problems.push('PERIOD_AFTER_PUBLICATION');
  if (draft.sources.trim() === '') problems.push('SOURCES_REQUIRED');
  if (draft.method.trim() === '') problems.push('METHOD_REQUIRED');
  if (draft.sources.length > EDITION_TEXT_MAX || draft.method.length > EDITION_TEXT_MAX) problems.push('TEXT_TOO_LONG');
  return problems;
}

/** The number the next edition takes: editions are numbered 1, 2, 3… without gaps. */
export function nextEditionNumber(editions: readonly EditionRecord[]): number {
  return editions.reduce((max, edition) => Math.max(max, edition.number), 0) + 1;
}

/** When the edition after one published on a date is due: two years later (29 February → 28 February). */
export function nextEditionDueOn(publishedOn: CalendarDate): CalendarDate {
  const [year, month, day] = publishedOn.split('-').map(Number);
  const target = year + EDITION_INTERVAL_YEARS;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Whether the next edition is overdue on a date (none published yet: not overdue — the first has no due date). */
export function isEditionOverdue(editions: readonly EditionRecord[], today: CalendarDate): boolean {
  const latest = [...editions].sort((a, b) => b.number - a.number)[0];
  return latest !== undefined && today > nextEditionDueOn(latest.publishedOn);
}
