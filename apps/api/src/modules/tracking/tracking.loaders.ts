import { ActionState } from '@pnq/domain';
import { defineLoader } from '../../common/request-loaders';
import { ActionCommentModel, StatusUpdateModel } from './tracking.model';
import { TrackingService } from './tracking.service';

/** Variant: the date (YYYY-MM-DD). */
export const STATE_BY_ACTION = defineLoader(
  'state by action id, on a date',
  (service: TrackingService, ids: readonly number[], asOf: string): Promise<ActionState[]> => service.statesAsOf(ids, asOf),
);

export const HISTORY_BY_ACTION = defineLoader('history by action id', (service: TrackingService, ids: readonly number[]): Promise<StatusUpdateModel[][]> =>
  service.historyByActionIds(ids),
);

export const COMMENTS_BY_ACTION = defineLoader('comments by action id', (service: TrackingService, ids: readonly number[]): Promise<ActionCommentModel[][]> =>
  service.commentsByActionIds(ids),
);
