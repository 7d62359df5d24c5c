import {
  ACTION_STATUSES,
  ActionState,
  ActionStatus,
  addDays,
  CalendarDate,
  daysBetween,
  EARLIEST_EFFECTIVE_DATE,
  RecordedUpdate,
  stateAsOf,
} from '@pnq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotService } from '../src/modules/snapshot/snapshot.service';
import { TrackingService } from '../src/modules/tracking/tracking.service';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

/**
 * The SQL that answers "the state of these actions on a date" (selectStatesAsOf) against the rule it implements
 * (stateAsOf in libs/domain), on random histories written through the real mutation. The seed is fixed, so every run
 * checks the same histories; explore others with PNQ_ORACLE_SEED=<seed> npx vitest run --project api test/state-as-of-oracle.e2e-spec.ts
 */
const SEED = Number(process.env.PNQ_ORACLE_SEED ?? 20261205);
const REPRODUCE = `seed ${SEED} (rerun with PNQ_ORACLE_SEED=${SEED})`;

const ACTIONS = 48; // of which NEVER_UPDATED get no update at all
const NEVER_UPDATED = 12;
const MAX_UPDATES_PER_ACTION = 8;
const UPDATE_DAYS = 14; // a small pool of effective dates, so that many updates share a day
/** Random effective dates are drawn up to here: explicit dates, already past, so a seed gives the same histories on any day. */
const WINDOW_END: CalendarDate = '2026-06-30';

/** mulberry32: a small deterministic PRNG, so that a seed reproduces a run. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}

interface PlannedUpdate {
  effectiveDate: CalendarDate;
  status: ActionStatus;
  progress: number;
}

interface TrackedAction {
  id: number;
  ref: string;
  planned: PlannedUpdate[];
  /** Read back from the GraphQL history field. */
  history: RecordedUpdate[];
}

type StateFields = Partial<Record<keyof ActionState, unknown>>;
const sameState = (a: StateFields, b: StateFields): boolean =>
  a.status === b.status && a.progress === b.progress && a.lastUpdateDate === b.lastUpdateDate && a.version === b.version;

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }`;

function plannedUpdate(random: ReturnType<typeof randomFrom>, days: readonly CalendarDate[], usedDays: readonly CalendarDate[]): PlannedUpdate {
  const status = random.pick(ACTION_STATUSES);
  const progress = status === 'NOT_STARTED' ? 0 : status === 'COMPLETED' ? 100 : random.int(0, 100);
  const roll = random.next();
  // Often a day this action already has (a same-day correction), otherwise any pool day.
  const effectiveDate = roll < 0.3 && usedDays.length > 0 ? random.pick(usedDays) : random.pick(days);
  return { effectiveDate, status, progress };
}

describe('the SQL state on a date agrees with the domain rule stateAsOf', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let actions: TrackedAction[];
  let probeDates: CalendarDate[];

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    const random = randomFrom(SEED);

    const span = daysBetween(EARLIEST_EFFECTIVE_DATE, WINDOW_END);
    const days = [
      ...new Set([EARLIEST_EFFECTIVE_DATE, ...Array.from({ length: UPDATE_DAYS - 1 }, () => addDays(EARLIEST_EFFECTIVE_DATE, random.int(0, span)))]),
    ];

    const { data, errors } = await admin.graphql<{ actions: { id: string; ref: string }[] }>('{ actions(limit: 1000) { id ref } }');
    if (errors || !data) throw new Error(`listing actions failed: ${JSON.stringify(errors)}`);
    actions = random
      .shuffle(data.actions)
      .slice(0, ACTIONS)
      .map(({ id, ref }, index) => {
        const planned: PlannedUpdate[] = [];
        const count = index < ACTIONS - NEVER_UPDATED ? random.int(1, MAX_UPDATES_PER_ACTION) : 0;
        for (let i = 0; i < count; i++) {
          const used = planned.map((update) => update.effectiveDate);
          planned.push(plannedUpdate(random, days, used));
        }
        return { id: Number(id), ref, planned, history: [] };
      });

    // Each action's updates in order (each on the version the previous one made); the actions side by side.
    await Promise.all(
      actions.map(async (action) => {
        for (const [index, update] of action.planned.entries()) {
          const input = { ref: action.ref, ...update, comment: `Oracle ${SEED} #${index + 1}`, expectedVersion: index };
          const response = await admin.graphql(UPDATE, { input });
          if (response.errors) throw new Error(`${REPRODUCE}: update ${JSON.stringify(input)} refused: ${JSON.stringify(response.errors)}`);
        }
      }),
    );

    // Every action's history, a page at a time (one query for all of them is above the API's query cost limit).
    const pages: { ref: string; history: RecordedUpdate[] }[] = [];
    for (let offset = 0; ; offset += 200) {
      const histories = await admin.graphql<{ actions: { ref: string; history: RecordedUpdate[] }[] }>(
        'query ($offset: Int!) { actions(limit: 200, offset: $offset) { ref history { version effectiveDate status progress } } }',
        { offset },
      );
      if (histories.errors || !histories.data) throw new Error(`reading histories failed: ${JSON.stringify(histories.errors)}`);
      pages.push(...histories.data.actions);
      if (histories.data.actions.length < 200) break;
    }
    const historyByRef = new Map(pages.map(({ ref, history }) => [ref, history]));
    for (const action of actions) action.history = historyByRef.get(action.ref) ?? [];

    const updateDays = [...new Set(actions.flatMap((action) => action.history.map((update) => update.effectiveDate)))];
    probeDates = [
      ...new Set([
        addDays(EARLIEST_EFFECTIVE_DATE, -1), // before any update
        ...updateDays.flatMap((day) => [addDays(day, -1), day, addDays(day, 1)]), // on each update day and either side
        ...Array.from({ length: 10 }, () => addDays(EARLIEST_EFFECTIVE_DATE, random.int(0, span))), // between
        '2035-12-31', // after every update
      ]),
    ].sort();
  });
  afterAll(() => testApp.close());

  it('writes histories with updates out of order, several on one day, and actions never updated', () => {
    const written = actions.map((action) => action.history);
    expect(
      written.map((history) => history.length),
      REPRODUCE,
    ).toEqual(actions.map((action) => action.planned.length));
    expect(written.filter((history) => history.length === 0).length).toBe(NEVER_UPDATED);
    const outOfOrder = written.filter((history) => {
      const byVersion = [...history].sort((a, b) => a.version - b.version);
      return byVersion.some((update, i) => i > 0 && update.effectiveDate < byVersion[i - 1].effectiveDate);
    });
    const sameDay = written.filter((history) => new Set(history.map((update) => update.effectiveDate)).size < history.length);
    expect(outOfOrder.length, REPRODUCE).toBeGreaterThan(0);
    expect(sameDay.length, REPRODUCE).toBeGreaterThan(0);
  });

  it('gives, for every action on every probed date, the state the rule gives from its history (TrackingService.statesAsOf)', async () => {
    const tracking = testApp.app.get(TrackingService);
    const ids = actions.map((action) => action.id);
    const mismatches: { ref: string; asOf: CalendarDate; sql: ActionState; rule: ActionState; history: RecordedUpdate[] }[] = [];
    for (const asOf of probeDates) {
      const states = await tracking.statesAsOf(ids, asOf);
      actions.forEach((action, i) => {
        const rule = stateAsOf(action.history, asOf);
        if (!sameState(states[i], rule)) mismatches.push({ ref: action.ref, asOf, sql: states[i], rule, history: action.history });
      });
    }
    expect(mismatches.slice(0, 3), `${mismatches.length} of ${probeDates.length * actions.length} states differ; ${REPRODUCE}`).toEqual([]);
  });

  it('gives the same states in the snapshot read model, which reads them with the plan in one statement (SnapshotService)', async () => {
    const snapshots = testApp.app.get(SnapshotService);
    const mismatches: { ref: string; asOf: CalendarDate; sql: ActionState; rule: ActionState }[] = [];
    for (const asOf of probeDates) {
      const byId = new Map((await snapshots.snapshot(asOf)).map((snapshot) => [snapshot.id, snapshot.state]));
      for (const action of actions) {
        const rule = stateAsOf(action.history, asOf);
        const sql = byId.get(action.id)!;
        if (!sameState(sql, rule)) mismatches.push({ ref: action.ref, asOf, sql, rule });
      }
    }
    expect(mismatches.slice(0, 3), `${mismatches.length} of ${probeDates.length * actions.length} states differ; ${REPRODUCE}`).toEqual([]);
  });

  it.each([
    ['a list for today, fields for the date', '(limit: 1000)'],
    ['a list for the date, whose snapshot the fields reuse', '(asOf: $asOf, limit: 1000)'],
  ])('answers the same through GraphQL (status, progress, lastUpdateDate with asOf): %s', async (_, listArguments) => {
    const query = `query ($asOf: CalendarDate) { actions${listArguments} { ref status(asOf: $asOf) progress(asOf: $asOf) lastUpdateDate(asOf: $asOf) } }`;
    const mismatches: { ref: string; asOf: CalendarDate; graphql: StateFields; rule: StateFields }[] = [];
    for (const asOf of probeDates) {
      const { data, errors } = await admin.graphql<{ actions: ({ ref: string } & StateFields)[] }>(query, { asOf });
      expect(errors, REPRODUCE).toBeUndefined();
      const answers = new Map(data!.actions.map(({ ref, ...state }) => [ref, state]));
      for (const action of actions) {
        const { status, progress, lastUpdateDate } = stateAsOf(action.history, asOf);
        const rule = { status, progress, lastUpdateDate };
        const graphql = answers.get(action.ref) ?? {};
        if (!sameState(graphql, rule)) mismatches.push({ ref: action.ref, asOf, graphql, rule });
      }
    }
    expect(mismatches.slice(0, 3), `${mismatches.length} of ${probeDates.length * actions.length} answers differ; ${REPRODUCE}`).toEqual([]);
  });
});
