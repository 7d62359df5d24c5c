import { defineLoader } from '../../common/request-loaders';
import { ActionRole } from './action.queries';
import { ActionModel } from './action.model';
import { ActionOutline, ActionParticipant, ActionService, RoleCounts } from './action.service';

export const ACTIONS_BY_PROJECT = defineLoader('actions by project id', (service: ActionService, ids: readonly number[]): Promise<ActionModel[][]> =>
  service.byProjectIds(ids),
);

/** Variant: the role (OWNER or PARTNER). */
export const PARTICIPANTS_BY_ACTION = defineLoader(
  'participants by action id, per role',
  (service: ActionService, ids: readonly number[], role: string): Promise<ActionParticipant[][]> => service.participantsByActionIds(ids, role as ActionRole),
);

export const OUTLINE_BY_ACTION = defineLoader('outline by action id', async (service: ActionService, ids: readonly number[]): Promise<ActionOutline[]> => {
  const outlines = await service.outlines(ids);
  if (outlines.length !== ids.length) throw new Error('An action asked for has no outline.');
  return outlines;
});

export const ROLE_COUNTS_BY_ORGANISATION = defineLoader(
  'owned and partnered action counts by organisation id',
  (service: ActionService, ids: readonly number[]): Promise<RoleCounts[]> => service.roleCountsByOrganisationIds(ids),
);
