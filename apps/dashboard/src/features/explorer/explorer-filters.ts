import { ACTION_STATUSES, compareHealthSeverity, comparePlanRefs, HEALTHS, isPlanYear } from '@pnq/domain';
import type { ActionFilterInput, Health } from '../../generated/graphql';

export const FILTER_KEYS = ['pillar', 'axis', 'status', 'health', 'owner', 'partner', 'year', 'q', 'funding'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The value as a one-item list when it is one of the values, otherwise no filter. */
const oneOf = <V extends string>(values: readonly V[], value: string | null): V[] | undefined =>
  (values as readonly string[]).includes(value ?? '') ? [value as V] : undefined;

/** Reads the explorer's filters from the URL (so a filtered view can be shared and survives a reload). */
export function filterFromParams(params: URLSearchParams): ActionFilterInput {
  const pillar = Number(params.get('pillar'));
  const year = Number(params.get('year'));
  return {
    pillars: pillar >= 1 && pillar <= 5 ? [pillar] : undefined,
    axis: params.get('axis') || undefined,
    statuses: oneOf(ACTION_STATUSES, params.get('status')),
    healths: oneOf(HEALTHS, params.get('health')),
    owner: params.get('owner') || undefined,
    partner: params.get('partner') || undefined,
    deadlineYear: isPlanYear(year) ? year : undefined,
    text: params.get('q') || undefined,
    lateAndNotFunded: params.get('funding') === 'late' || undefined,
  };
}

/** The query string of the XLSX export of the explorer's view: its filters and its date, nothing else. */
export function exportQuery(params: URLSearchParams, asOf: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  query.set('asOf', asOf);
  return query;
}

export type SortKey = 'ref' | 'title' | 'owner' | 'due' | 'health' | 'progress';

interface Row {
  ref: string;
  title: string;
  progress: number;
  owners: { acronym?: string | null; name: string }[];
  healthDetail: { health: Health; dueDate?: string | null };
}

/** Sort comparators for the explorer's columns (references sort numerically: 1-2.10 after 1-2.9). */
export function compareRows(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'ref':
      return (a, b) => comparePlanRefs(a.ref, b.ref);
    case 'title':
      return (a, b) => a.title.localeCompare(b.title, 'fr');
    case 'owner':
      return (a, b) => (a.owners[0]?.acronym ?? a.owners[0]?.name ?? '~').localeCompare(b.owners[0]?.acronym ?? b.owners[0]?.name ?? '~', 'fr');
    case 'due':
      return (a, b) => (a.healthDetail.dueDate ?? '9999').localeCompare(b.healthDetail.dueDate ?? '9999');
    case 'health':
      return (a, b) => compareHealthSeverity(a.healthDetail.health, b.healthDetail.health);
    case 'progress':
      return (a, b) => a.progress - b.progress;
  }
}
