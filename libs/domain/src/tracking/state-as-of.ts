import { CalendarDate } from '../calendar/calendar-date';
import { ActionStatus } from './action-status';

export interface RecordedUpdate {
  version: number;
  effectiveDate: CalendarDate;
  status: ActionStatus;
  progress: number;
}

export interface ActionState {
  status: ActionStatus;
  progress: number;
  /** Effective date of the update the state comes from; null when nothing was reported by then. */
  lastUpdateDate: CalendarDate | null;
  /** Version of that update (0: none). */
  version: number;
}

export const INITIAL_STATE: ActionState = { status: 'NOT_STARTED', progress: 0, lastUpdateDate: null, version: 0 };

/**
 * The state of an action on a date: the latest update effective on or before it (a later entry wins
 * between two updates effective the same day). Updates effective after the date are ignored.
 */
export function stateAsOf(updates: readonly RecordedUpdate[], asOf: CalendarDate): ActionState {
  let latest: RecordedUpdate | null = null;
  for (const update of updates) {
    if (update.effectiveDate > asOf) continue;
    if (!latest || update.effectiveDate > latest.effectiveDate || (update.effectiveDate === latest.effectiveDate && update.version > latest.version)) {
      latest = update;
    }
  }
  if (!latest) return INITIAL_STATE;
  return { status: latest.status, progress: latest.progress, lastUpdateDate: latest.effectiveDate, version: latest.version };
}
