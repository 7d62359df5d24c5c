import { Injectable } from '@nestjs/common';
import { ActionState, CalendarDate, healthOn, HealthVerdict } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { RevisionCache } from '../../common/revision-cache';
import { ActionDefinitionRow } from '../action/action-definition.columns';
import { ActionOutline } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { toActionState } from '../tracking/tracking.service';
import { selectPlacedSnapshots } from './snapshot.queries';

/** An action with its place in the plan. */
export interface PlacedOutline extends ActionOutline {
  pillarNumber: number;
  axisNumber: number;
  projectRef: string;
}

/** An action with its place in the plan, its definition, its state and its health on a date. */
export interface ActionSnapshot extends PlacedOutline {
  /** Its own columns (what ActionModel shows), read in the same statement. */
  definition: ActionDefinitionRow;
  state: ActionState;
  verdict: HealthVerdict;
}

/** Narrows a snapshot in SQL by what does not depend on a date: place in the plan and parties. */
export interface OutlineFilter {
  pillars?: number[];
  /** "<pillar>.<axis>", e.g. "1.2". */
  axis?: string;
  ownerId?: number;
  partnerId?: number;
}

/** How many dates' whole-plan snapshots an instance keeps (today, and a few as-of dates being browsed). */
const SNAPSHOT_CACHE_DATES = 4;

/**
 * Read model above plan, action, tracking and audit (owns no table): every action with its state and health on
 * a date — the base of every roll-up, report, export and reminder. The whole-plan snapshot is cached per date
 * and reused while the plan's revision (the latest plan-affecting audit event: every such mutation records one, in any
 * instance; sign-ins and account changes do not count) is unchanged.
 */
@Injectable()
export class SnapshotService {
  private readonly snapshots = new RevisionCache<CalendarDate, readonly ActionSnapshot[]>(SNAPSHOT_CACHE_DATES);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  /** Every action (or those matching the filter, narrowed in SQL) with its state and health on a date. Callers must not mutate it. */
  async snapshot(asOf: CalendarDate, filter: OutlineFilter = {}): Promise<readonly ActionSnapshot[]> {
    if (Object.values(filter).some((value) => value !== undefined)) return this.compute(asOf, filter);
    return (await this.wholePlan(asOf)).snapshot;
  }

  /** The whole plan's snapshot on a date with the revision it is valid for (callers may cache what they derive). */
  async wholePlan(asOf: CalendarDate): Promise<{ revision: string; snapshot: readonly ActionSnapshot[] }> {
    const revision = await this.auditService.planRevision(); // read first: a cached snapshot is never older than its revision
    return { revision, snapshot: await this.snapshots.get(asOf, revision, () => this.compute(asOf, {})) };
  }

  /** Every action narrowed by the filter, in plan order, with its state and health on the date: one statement. */
  private async compute(asOf: CalendarDate, filter: OutlineFilter): Promise<ActionSnapshot[]> {
    const [axisPillar, axisNumber] = filter.axis?.split('.').map(Number) ?? [];
    const hasAxis = Number.isInteger(axisPillar) && Number.isInteger(axisNumber);
    const rows = await selectPlacedSnapshots.all(this.dataSource, [
      filter.pillars?.length ? filter.pillars : null,
      hasAxis ? axisPillar : null,
      hasAxis ? axisNumber : null,
      filter.ownerId ?? null,
      filter.partnerId ?? null,
      asOf,
    ]);
    return rows.map((row) => {
      const { stateStatus, stateProgress, stateDate, stateVersion, pillarNumber, axisNumber, projectRef, ownerIds, partnerIds, ...definition } = row;
      const state = toActionState(
        stateStatus === null ? undefined : { status: stateStatus, progress: stateProgress!, effectiveDate: stateDate!, version: stateVersion! },
      );
      const deadline = { kind: row.deadlineKind, year: row.deadlineYear, endYear: row.deadlineEndYear };
      return {
        id: row.id,
        ref: row.ref,
        title: row.title,
        weight: row.weight,
        version: row.version,
        deadline,
        ownerIds,
        partnerIds,
        pillarNumber,
        axisNumber,
        projectRef,
        definition,
        state,
        verdict: healthOn({ deadline, state }, asOf),
      };
    });
  }
}
