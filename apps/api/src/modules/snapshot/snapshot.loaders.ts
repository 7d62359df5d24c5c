import { defineLoader } from '../../common/request-loaders';
import { ActionSnapshot, SnapshotService } from './snapshot.service';

/** Variant: the date (YYYY-MM-DD). An action's snapshot on that date: state, plan in force, health with its predecessors. */
export const SNAPSHOT_BY_ACTION = defineLoader(
  'snapshot by action id, on a date',
  (service: SnapshotService, ids: readonly number[], asOf: string): Promise<(ActionSnapshot | undefined)[]> => service.byIds(ids, asOf),
);
