import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiProcess, buildApi, startApiProcess } from './support/api-process';
import { postGraphql, signIn, SignedInClient } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

/** Actions IMANOR owns (so both the admin and IMANOR's editor may update them). */
const REFS = ['1-2.1.1', '1-2.1.2', '1-2.2.1'];
const CLIENTS = 16;
const RUN_MS = 4000; // a bounded time, not a timing assertion: the checks are on what was stored

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
});
