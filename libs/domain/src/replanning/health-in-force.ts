import { CalendarDate } from '../calendar/calendar-date';
import { healthOn, HealthVerdict } from '../tracking/health';
import { ActionState } from '../tracking/state-as-of';
import { DefinitionInForce } from './revision';

/**
 * The health of an action on a date against its definition in force then: an action cancelled by a revision is
 * CANCELLED (CANCELLED_BY_REVISION) whatever its status; otherwise healthOn with the deadline in force.
 */
export function healthInForce(
  definition: Pick<DefinitionInForce, 'deadline' | 'cancelled'>,
  state: Pick<ActionState, 'status' | 'progress' | 'lastUpdateDate'>,
  asOf: CalendarDate,
): HealthVerdict {
  if (definition.cancelled && state.status !== 'COMPLETED') {
    return {
      health: 'CANCELLED',
      reason: 'CANCELLED_BY_REVISION',
      dueDate: definition.deadline.dueDate,
      days: null,
      expectedProgress: null,
      predecessorRef: null,
    };
  }
  return healthOn({ deadline: definition.deadline, state }, asOf);
}
