import { CalendarDate } from '@pnq/domain';
import { RequestLoaders } from '../../common/request-loaders';
import { OUTLINE_BY_ACTION } from '../action/action.loaders';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationService } from '../organisation/organisation.service';
import { SNAPSHOT_BY_ACTION } from '../snapshot/snapshot.loaders';
import { SnapshotService } from '../snapshot/snapshot.service';
import { STATE_BY_ACTION } from '../tracking/tracking.loaders';
import { TrackingService } from '../tracking/tracking.service';
import { ActionsPage } from './dashboard.service';

export interface PrimingServices {
  actionService: ActionService;
  trackingService: TrackingService;
  organisationService: OrganisationService;
  snapshotService: SnapshotService;
}

/**
 * A list of actions was found through their snapshot on a date: what the snapshot already holds — each action's
 * state on that date, its outline (parties, deadline) — and the organisations read on the way are handed to this
 * request's loaders, so the Action fields asked for that date (status, progress, health, owners…) read nothing again.
 * A field asked for another date still loads its own.
 */
export function primeActionLoaders(loaders: RequestLoaders, services: PrimingServices, asOf: CalendarDate, page: ActionsPage): void {
  for (const snapshot of page.snapshots) {
    loaders.prime(STATE_BY_ACTION, services.trackingService, asOf, snapshot.id, snapshot.state);
    loaders.prime(OUTLINE_BY_ACTION, services.actionService, '', snapshot.id, snapshot);
    loaders.prime(SNAPSHOT_BY_ACTION, services.snapshotService, asOf, snapshot.id, snapshot);
  }
  for (const organisation of page.organisations) loaders.prime(ORGANISATION_BY_ID, services.organisationService, '', organisation.id, organisation);
}
