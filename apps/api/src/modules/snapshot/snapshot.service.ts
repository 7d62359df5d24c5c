import { Injectable } from '@nestjs/common';
import {
  ActionState,
  CalendarDate,
  DeadlineTerms,
  definitionInForce,
  healthInForce,
  HealthVerdict,
  slippageDays,
  withPredecessors,
  baselineDeadline,
} from '@pnq/domain';
import { DataSource } from 'typeorm';
import { pickByKeys } from '../../common/collections';
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

/** The plan in force for an action on the snapshot's date (docs/rules.md §11). */
export interface InForceSummary {
  /** The adopted deadline (the baseline) with its due date. */
  baseline: DeadlineTerms;
  /** The deadline in force on the date (the baseline when nothing was revised by then). */
  deadline: DeadlineTerms;
  cancelled: boolean;
  /** Revisions in force on the date. */
  revisionCount: number;
  /** Due date in force − baseline due date, in days; null when either has none. */
  slippageDays: number | null;
  /** The actions this one depends on (ids). */
  predecessorIds: number[];
}

/** An action with its place in the plan, its definition, its state and its health on a date. */
export interface ActionSnapshot extends PlacedOutline {
  /** Its own columns (what ActionModel shows: the baseline), read in the same statement. */
  definition: ActionDefinitionRow;
  inForce: InForceSummary;
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
  /** Only these actions. */
  ids?: readonly number[];
}

/** How many dates' whole-plan snapshots an instance keeps (today, and a few as-of dates being browsed). */
const SNAPSHOT_CACHE_DATES = 4;

/**
 * Read model above plan, action, tracking, revision and audit (owns no table): every action with its state and health
 * on a date against its definition in force then (baseline + revisions effective by the date, and its predecessors) —
 * the base of every roll-up, report, export and reminder. The whole-plan snapshot is cached per date and reused while
 * the plan's revision (the latest plan-affecting audit event: every such mutation records one, in any instance;
 * sign-ins and account changes do not count) is unchanged.
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

  /** The snapshots of the actions asked, in the order asked (unknown ids: undefined). */
  async byIds(ids: readonly number[], asOf: CalendarDate): Promise<(ActionSnapshot | undefined)[]> {
    return pickByKeys(ids, await this.compute(asOf, { ids }), (snapshot) => snapshot.id);
  }

  /** The whole plan's snapshot on a date with the revision it is valid for (callers may cache what they derive). */
  async wholePlan(asOf: CalendarDate): Promise<{ revision: string; snapshot: readonly ActionSnapshot[] }> {
    const revision = await this.auditService.planRevision(); // read first: a cached snapshot is never older than its revision
    return { revision, snapshot: await this.snapshots.get(asOf, revision, () => this.compute(asOf, {})) };
  }

  /**
   * Every action narrowed by the filter, in plan order, with its state and health on the date: one statement, and one
   * more for predecessors the filter left out (their own health is what a dependent's depends on).
   */
  private async compute(asOf: CalendarDate, filter: OutlineFilter): Promise<ActionSnapshot[]> {
    const snapshots = await this.read(asOf, filter);
    const byId = new Map(snapshots.map((s) => [s.id, s]));
    const missing = [...new Set(snapshots.flatMap((s) => s.inForce.predecessorIds))].filter((id) => !byId.has(id));
    if (missing.length) for (const s of await this.read(asOf, { ids: missing })) byId.set(s.id, s);
    return snapshots.map((s) => ({
      ...s,
      verdict: withPredecessors(
        s.verdict,
        s.inForce.predecessorIds.flatMap((id) => {
          const predecessor = byId.get(id);
          return predecessor ? [{ ref: predecessor.ref, verdict: predecessor.verdict }] : [];
        }),
      ),
    }));
  }

  /** The snapshots with their own verdict (in force, before predecessors are looked at). */
  private async read(asOf: CalendarDate, filter: OutlineFilter): Promise<ActionSnapshot[]> {
    const [axisPillar, axisNumber] = filter.axis?.split('.').map(Number) ?? [];
    const hasAxis = Number.isInteger(axisPillar) && Number.isInteger(axisNumber);
    const rows = await selectPlacedSnapshots.all(this.dataSource, [
      filter.pillars?.length ? filter.pillars : null,
      hasAxis ? axisPillar : null,
      hasAxis ? axisNumber : null,
      filter.ownerId ?? null,
      filter.partnerId ?? null,
      asOf,
      filter.ids ? [...filter.ids] : null,
    ]);
    return rows.map((row) => {
      const {
        stateStatus,
        stateProgress,
        stateDate,
        stateVersion,
        pillarNumber,
        axisNumber,
        projectRef,
        ownerIds,
        partnerIds,
        revisions,
        predecessorIds,
        ...definition
      } = row;
      const state = toActionState(
        stateStatus === null ? undefined : { status: stateStatus, progress: stateProgress!, effectiveDate: stateDate!, version: stateVersion! },
      );
      const baseline = { kind: row.deadlineKind, year: row.deadlineYear, endYear: row.deadlineEndYear };
      const inForce = definitionInForce({ deadline: baseline, title: row.title, subActions: row.subActions, ownerKeys: [], partnerKeys: [] }, revisions, asOf);
      const baselineTerms = baselineDeadline(baseline);
      return {
        id: row.id,
        ref: row.ref,
        title: inForce.title,
        weight: row.weight,
        version: row.version,
        deadline: { kind: inForce.deadline.kind, year: inForce.deadline.year, endYear: inForce.deadline.endYear },
        ownerIds,
        partnerIds,
        pillarNumber,
        axisNumber,
        projectRef,
        definition,
        inForce: {
          baseline: baselineTerms,
          deadline: inForce.deadline,
          cancelled: inForce.cancelled,
          revisionCount: inForce.revisionCount,
          slippageDays: slippageDays(baselineTerms.dueDate, inForce.deadline.dueDate),
          predecessorIds,
        },
        state,
        verdict: healthInForce(inForce, state, asOf),
      };
    });
  }
}
