import { CalendarDate } from '@pnq/domain';
import { RequestLoaders } from '../../common/request-loaders';
import { OUTLINE_BY_ACTION } from '../action/action.loaders';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationService } from '../organisation/organisation.service';
import { STATE_BY_ACTION } from '../tracking/tracking.loaders';
import { TrackingService } from '../tracking/tracking.service';
import { ActionsPage } from './dashboard.service';

export interface PrimingServices {
  actionService: ActionService;
  trackingService: TrackingService;
  organisationService: OrganisationService;
}

/**
 * A list of actions was found through their snapshot on a date: what the snapshot already holds — each action's
 * state on that date, its outline (parties, deadline) — and the organisations read on the way are handed to this
 * request's loaders, so the Action fields asked for that date (status, progress, health, owners…) read nothing again.
 * A field asked for another date still loads its own.
 */
export function primeActionLoaders(loaders: RequestLoaders, services: PrimingServices, asOf: CalendarDate, page: ActionsPage): void {
  const states = loaders.for(STATE_BY_ACTION, services.trackingService, asOf);
  const outlines = loaders.for(OUTLINE_BY_ACTION, services.actionService);
  for (const snapshot of page.snapshots) {
    states.prime(snapshot.id, snapshot.state);
    outlines.prime(snapshot.id, snapshot);
  }
  const organisations = loaders.for(ORGANISATION_BY_ID, services.organisationService);
  for (const organisation of page.organisations) organisations.prime(organisation.id, organisation);
}
