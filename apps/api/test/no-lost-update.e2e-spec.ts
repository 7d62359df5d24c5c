import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiProcess, buildApi, startApiProcess } from './support/api-process';
import { GraphqlResponse, postGraphql, signIn, SignedInClient } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

/** Actions IMANOR owns (so both the admin and IMANOR's editor may update them). */
const REFS = ['1-2.1.1', '1-2.1.2', '1-2.2.1'];
const CLIENTS = 16;
const RUN_MS = 4000; // a bounded time, not a timing assertion: the checks are on what was stored

/**
 * Writers of one indicator's values: more than the pool of 10 connections of each process (half of them on each),
 * so that a write path that needed a second connection while holding the indicator's row lock would starve its pool.
 */
const INDICATOR_WRITERS = 32;
const ROUNDS = 3;
/** Up to 32 × 32 requests through two processes: a time budget for a loaded machine, not a measure (the benchmarks measure). */
const CONTENDED_TIMEOUT_MS = 240_000;
const RECORD = 'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { version } }';

/** How the API answered one recordIndicatorValue: stored, refused for a stale version (with the current one), or anything else. */
type RecordOutcome =
  { tag: string; result: 'accepted' } | { tag: string; result: 'conflict'; currentVersion: number } | { tag: string; result: 'other'; detail: string };

/** The first indicator of an action, as its writers read it. */
async function readIndicator(baseUrl: string, session: SignedInClient, ref: string): Promise<{ id: number; version: number }> {
  const read = await postGraphql<{ action: { indicators: { id: string; position: number; version: number }[] } }>(
    baseUrl,
    'query ($ref: String!) { action(ref: $ref) { indicators { id position version } } }',
    { ref },
    session.cookie,
  );
  const indicator = read.data?.action.indicators.find((i) => i.position === 1);
  if (!indicator) throw new Error(`reading ${ref}'s indicator: ${read.status} ${JSON.stringify(read.errors)}`);
  return { id: Number(indicator.id), version: indicator.version };
}

/** Records a value tagged by its comment; any answer but the value stored or VERSION_CONFLICT is an "other". */
async function recordValue(
  baseUrl: string,
  session: SignedInClient,
  input: { indicatorId: number; expectedVersion: number; value: number; tag: string },
): Promise<RecordOutcome> {
  const { tag } = input;
  let write: GraphqlResponse<{ recordIndicatorValue: { version: number } }>;
  try {
    const variables = { i: { indicatorId: input.indicatorId, expectedVersion: input.expectedVersion, date: '2025-06-30', value: input.value, comment: tag } };
    write = await postGraphql(baseUrl, RECORD, variables, session.cookie);
  } catch (error) {
    return { tag, result: 'other', detail: `no answer: ${String(error)}` };
  }
  const extensions = write.errors?.[0]?.extensions;
  if (write.status === 200 && write.data?.recordIndicatorValue && !write.errors) return { tag, result: 'accepted' };
  if (extensions?.code === 'VERSION_CONFLICT' && typeof extensions.currentVersion === 'number') {
    return { tag, result: 'conflict', currentVersion: extensions.currentVersion };
  }
  return { tag, result: 'other', detail: `${write.status} ${JSON.stringify(write.errors)}` };
}

/** What the database holds for an indicator: its values by version, the audit events of its values, its version. */
async function storedIndicator(databaseUrl: string, id: number, entityKey: string) {
  const values = await queryDatabase<{ version: number; comment: string }>(
    databaseUrl,
    'SELECT version, comment FROM indicator_value WHERE indicator_id = $1 ORDER BY version',
    [id],
  );
  const audited = await queryDatabase<{ comment: string; version: number }>(
    databaseUrl,
    `SELECT after->>'comment' AS comment, (after->>'version')::int AS version FROM audit_event WHERE operation = 'recordIndicatorValue' AND entity_key = $1 ORDER BY id`,
    [entityKey],
  );
  const [{ version }] = await queryDatabase<{ version: number }>(databaseUrl, 'SELECT version FROM indicator WHERE id = $1', [id]);
  return { values, audited, version };
}

interface Outcome {
  client: number;
  tag: string;
  ref: string;
  result: 'accepted' | 'conflict' | 'other';
  detail?: string;
}

describe('no lost update: two API processes, one database, many concurrent writers', () => {
  let databaseUrl: string;
  let apis: ApiProcess[] = [];
  beforeAll(async () => {
    buildApi();
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'concurrency');
    // Both boot at once on an empty database: migrations and seed must happen once (advisory locks).
    apis = await Promise.all([startApiProcess({ DATABASE_URL: databaseUrl }), startApiProcess({ DATABASE_URL: databaseUrl })]);
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
  });

  it('keeps every accepted update exactly once, refuses the rest with VERSION_CONFLICT, gap-free versions, no 5xx', async () => {
    const [first, second] = apis;
    const sessions: SignedInClient[] = [];
    for (let client = 0; client < CLIENTS; client++) {
      const api = client % 2 === 0 ? first : second;
      sessions.push(await signIn(api.baseUrl, client % 4 < 2 ? 'admin@pnq.local' : 'imanor@pnq.local'));
    }
    const outcomes: Outcome[] = [];
    let serverErrors = 0;
    const stopAt = Date.now() + RUN_MS;

    await Promise.all(
      sessions.map(async (session, client) => {
        // Each client alternates the instance it reads from and writes to: a session works on either.
        const urls = [first.baseUrl, second.baseUrl];
        for (let n = 0; Date.now() < stopAt; n++) {
          const ref = REFS[(client + n) % REFS.length];
          const read = await postGraphql<{ action: { version: number } }>(urls[n % 2], `{ action(ref: "${ref}") { version } }`, undefined, session.cookie);
          if (read.status >= 500) serverErrors += 1;
          if (!read.data) {
            outcomes.push({ client, tag: `read-${client}-${n}`, ref, result: 'other', detail: `read: ${read.status} ${JSON.stringify(read.errors)}` });
            continue;
          }
          const tag = `c${client}-n${n}`;
          const write = await postGraphql<{ updateActionStatus: { version: number } }>(
            urls[(n + 1) % 2],
            'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }',
            { i: { ref, expectedVersion: read.data.action.version, status: 'IN_PROGRESS', progress: n % 100, comment: tag, effectiveDate: '2025-06-30' } },
            session.cookie,
          );
          if (write.status >= 500) serverErrors += 1;
          const code = write.errors?.[0]?.extensions?.code;
          const result = write.data?.updateActionStatus ? 'accepted' : code === 'VERSION_CONFLICT' ? 'conflict' : 'other';
          outcomes.push({ client, tag, ref, result, detail: result === 'other' ? JSON.stringify(write.errors) : undefined });
        }
      }),
    );

    const accepted = outcomes.filter((o) => o.result === 'accepted');
    const conflicts = outcomes.filter((o) => o.result === 'conflict');
    expect(serverErrors).toBe(0);
    expect(outcomes.filter((o) => o.result === 'other')).toEqual([]);
    expect(accepted.length).toBeGreaterThan(REFS.length); // the run did real work
    expect(conflicts.length).toBeGreaterThan(0); // and real contention

    const history = await queryDatabase<{ ref: string; version: number; comment: string }>(
      databaseUrl,
      `SELECT a.ref, u.version, u.comment FROM action_status_update u JOIN action a ON a.id = u.action_id WHERE a.ref = ANY($1) ORDER BY a.ref, u.version`,
      [REFS],
    );
    // Every accepted update is in the history exactly once; no refused one is.
    expect(history.map((h) => h.comment).sort()).toEqual(accepted.map((o) => o.tag).sort());
    for (const ref of REFS) {
      const versions = history.filter((h) => h.ref === ref).map((h) => h.version);
      expect(versions).toEqual(versions.map((_, index) => index + 1)); // 1, 2, 3, … no gap, no duplicate
      const [{ version }] = await queryDatabase<{ version: number }>(databaseUrl, 'SELECT version FROM action WHERE ref = $1', [ref]);
      expect(version).toBe(versions.length);
    }
    const [{ audited }] = await queryDatabase<{ audited: number }>(
      databaseUrl,
      `SELECT count(*)::int AS audited FROM audit_event WHERE operation = 'updateActionStatus' AND entity_key = ANY($1)`,
      [REFS],
    );
    expect(audited).toBe(accepted.length);
    const [{ seeds }] = await queryDatabase<{ seeds: number }>(databaseUrl, 'SELECT count(*)::int AS seeds FROM seed_run');
    expect(seeds).toBe(1);
  });

  describe(`recording one indicator's values: ${INDICATOR_WRITERS} writers at once, more than either process's pool of 10 connections`, () => {
    /** Signs in one session per writer, on the process it writes through (even writers: the first, odd: the second). */
    const writerSessions = async () => {
      const sessions: { baseUrl: string; session: SignedInClient }[] = [];
      for (let writer = 0; writer < INDICATOR_WRITERS; writer++) {
        const { baseUrl } = apis[writer % 2];
        sessions.push({ baseUrl, session: await signIn(baseUrl, writer % 4 < 2 ? 'admin@pnq.local' : 'imanor@pnq.local') });
      }
      return sessions;
    };
    const indicatorIdOf = async (ref: string) =>
      (
        await queryDatabase<{ id: number }>(
          databaseUrl,
          'SELECT i.id FROM indicator i JOIN action a ON a.id = i.action_id WHERE a.ref = $1 AND i.position = 1',
          [ref],
        )
      )[0].id;
    const expectStoredOnceGapFree = async (id: number, entityKey: string, accepted: readonly string[]) => {
      const stored = await storedIndicator(databaseUrl, id, entityKey);
      expect(stored.values.map((v) => v.comment).sort()).toEqual([...accepted].sort()); // every accepted value once, no refused one
      expect(stored.values.map((v) => v.version)).toEqual(accepted.map((_, index) => index + 1)); // 1, 2, 3, … no gap, no duplicate
      expect(stored.version).toBe(accepted.length);
      expect(stored.audited).toEqual(stored.values.map(({ comment, version }) => ({ comment, version }))); // one audit event per value
    };

    it(
      'answers every writer: in each round all read the same version, one value is stored, the others get VERSION_CONFLICT',
      async () => {
        const ref = '5-1.2.1'; // owned by IMANOR; its first indicator counts « entités sensibilisées et formées »
        const writers = await writerSessions();
        const accepted: string[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          // Every writer reads first; then all write at once, each with the version it read.
          const reads = await Promise.all(writers.map(({ baseUrl, session }) => readIndicator(baseUrl, session, ref)));
          expect(new Set(reads.map((r) => r.version))).toEqual(new Set([round]));
          const outcomes = await Promise.all(
            writers.map(({ baseUrl, session }, writer) =>
              recordValue(baseUrl, session, {
                indicatorId: reads[writer].id,
                expectedVersion: reads[writer].version,
                value: 100 * round + writer,
                tag: `r${round}-w${writer}`,
              }),
            ),
          );
          expect(outcomes.filter((o) => o.result === 'other')).toEqual([]); // no INTERNAL_SERVER_ERROR, DATABASE_UNAVAILABLE, lost answer
          const won = outcomes.filter((o) => o.result === 'accepted');
          expect(won).toHaveLength(1);
          // The others were refused, each told the version the winner made.
          expect(outcomes.filter((o) => o !== won[0])).toEqual(
            outcomes.filter((o) => o !== won[0]).map(({ tag }) => ({ tag, result: 'conflict', currentVersion: round + 1 })),
          );
          accepted.push(won[0].tag);
        }

        await expectStoredOnceGapFree(await indicatorIdOf(ref), `${ref}#1`, accepted);
      },
      CONTENDED_TIMEOUT_MS,
    );

    it(
      'lands every writer’s value when each retries on VERSION_CONFLICT with the version the error gives: n values, versions 1..n',
      async () => {
        const ref = '1-2.4.1'; // owned by IMANOR; its first indicator counts « normes »
        const writers = await writerSessions();
        const attempts: RecordOutcome[] = [];
        await Promise.all(
          writers.map(async ({ baseUrl, session }, writer) => {
            const read = await readIndicator(baseUrl, session, ref);
            let expectedVersion = read.version;
            // Each refusal means another writer's value landed in between: no writer needs more tries than there are writers.
            for (let attempt = 0; attempt < INDICATOR_WRITERS; attempt++) {
              const outcome = await recordValue(baseUrl, session, { indicatorId: read.id, expectedVersion, value: writer, tag: `w${writer}` });
              attempts.push(outcome);
              if (outcome.result !== 'conflict') return;
              expectedVersion = outcome.currentVersion;
            }
          }),
        );

        expect(attempts.filter((a) => a.result === 'other')).toEqual([]); // no INTERNAL_SERVER_ERROR, DATABASE_UNAVAILABLE, lost answer
        const landed = attempts.filter((a) => a.result === 'accepted').map((a) => a.tag);
        expect([...landed].sort()).toEqual(writers.map((_, writer) => `w${writer}`).sort()); // every writer's value, once
        expect(attempts.some((a) => a.result === 'conflict')).toBe(true); // the writers did contend
        await expectStoredOnceGapFree(await indicatorIdOf(ref), `${ref}#1`, landed);
      },
      CONTENDED_TIMEOUT_MS,
    );
  });
});
