import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiProcess, buildApi, startApiProcess } from './support/api-process';
import { download } from './support/documents';
import { editEveryRow, loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { signIn, SignedInClient } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

/**
 * When the API is killed, after the import's transaction is seen writing, as a fraction of how long the last
 * uninterrupted apply of the same size took. 0 lands mid-transaction; the later ones may land after the commit.
 * Either outcome is fine; a half-applied import is not. (The measured time only picks the moments; nothing asserts on it.)
 */
const KILL_AT = [0, 0, 0.3, 0.7, 1.5];
/** If no round happened to land mid-transaction, a few more at once (the case the test exists for). */
const EXTRA_ROUNDS = 4;

type Outcome = 'applied' | 'absent';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an import writes, counted: the checks compare these before and after each round. */
async function footprint(databaseUrl: string, tag: string) {
  const [row] = await queryDatabase<{ history: number; tagged: number; perRow: number; imports: number; versions: number; consistent: boolean }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM action_status_update) AS history,
            (SELECT count(*)::int FROM action_status_update WHERE comment = $1) AS tagged,
            (SELECT count(*)::int FROM audit_event WHERE operation = 'updateActionStatus') AS "perRow",
            (SELECT count(*)::int FROM audit_event WHERE operation = 'importStatusUpdates') AS imports,
            (SELECT sum(version)::int FROM action) AS versions,
            (SELECT bool_and(a.version = coalesce(h.latest, 0)) FROM action a
               LEFT JOIN (SELECT action_id, max(version) AS latest FROM action_status_update GROUP BY action_id) h ON h.action_id = a.id) AS consistent`,
    [tag],
  );
  return row;
}

/** True when a transaction of this database has begun writing (it has an xid) across several statements: the apply. */
async function importTransactionVisible(observer: Client): Promise<boolean> {
  const { rows } = await observer.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
        AND state IN ('active', 'idle in transaction') AND xact_start < query_start`,
  );
  return rows[0].n > 0;
}

describe('faults: the API process is killed (SIGKILL) in the middle of an Excel import, then restarted on the same database', () => {
  let databaseUrl: string;
  let api: ApiProcess;
  let admin: SignedInClient;
  let organisation: string;
  let observer: Client;
  beforeAll(async () => {
    buildApi();
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'importfault');
    api = await startApiProcess({ DATABASE_URL: databaseUrl });
    admin = await signIn(api.baseUrl, 'admin@pnq.local');
    // The organisation that owns the most actions: the largest template, the longest apply.
    [{ key: organisation }] = await queryDatabase<{ key: string }>(
      databaseUrl,
      `SELECT o.key FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id
        WHERE ao.role = 'OWNER' GROUP BY o.key ORDER BY count(*) DESC, o.key LIMIT 1`,
    );
    observer = new Client({ connectionString: databaseUrl });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
    await api?.stop();
  });

  it('leaves each interrupted import entirely applied or entirely absent: history, versions and audit agree', async () => {
    const outcomes: Outcome[] = [];
    const delays = [...KILL_AT];
    let applyMs = 0;
    for (let round = 0; round < delays.length; round++) {
      const tag = `Import interrompu — tour ${round}`;
      const template = await download(`${api.baseUrl}/exports/template.xlsx?organisation=${organisation}&asOf=2025-12-31`, admin.cookie);
      expect(template.status).toBe(200);
      const workbook = await loadWorkbook(template.body);
      const refs = editEveryRow(workbook, { Statut: 'En cours', 'Avancement (%)': 10 + round, Commentaire: tag, 'Date d’effet': '30/06/2025' });
      const file = await saveWorkbook(workbook);
      const dryRun = await postImport(api.baseUrl, admin.cookie, file, 'dry-run');
      expect(dryRun.body).toMatchObject({ problems: 0, changes: refs.length });
      const before = await footprint(databaseUrl, tag);

      // The apply runs; once its transaction is seen writing (and after this round's delay), the process is killed outright.
      let answered = false;
      const apply = postImport(api.baseUrl, admin.cookie, file, 'apply', dryRun.body.fileHash).then(
        (response) => response,
        () => null, // the connection dies with the process
      );
      void apply.finally(() => (answered = true));
      // Watched until seen, however long the API takes to reach it (reading and checking the file come first; the
      // first apply after a start is the slowest); an apply answered before it was ever seen fails the round.
      let seen = false;
      while (!seen && !answered) seen = await importTransactionVisible(observer);
      expect(seen).toBe(true);
      if (delays[round] > 0) await sleep(delays[round] * applyMs);
      await api.stop('SIGKILL');
      const response = await apply;

      api = await startApiProcess({ DATABASE_URL: databaseUrl });
      const after = await footprint(databaseUrl, tag);
      const outcome: Outcome = after.tagged === 0 ? 'absent' : 'applied';
      outcomes.push(outcome);
      const n = outcome === 'applied' ? refs.length : 0;
      expect(after, `round ${round} (${outcome})`).toEqual({
        history: before.history + n,
        tagged: n,
        perRow: before.perRow + n,
        imports: before.imports + (outcome === 'applied' ? 1 : 0),
        versions: before.versions + n,
        consistent: true,
      });
      if (response?.status === 200) expect(outcome).toBe('applied'); // an acknowledged import is never lost

      // The restarted API serves the same state, and the file behaves accordingly: applies now if it was absent (its dry
      // run was not used: that rolled back too); if it was applied, its dry run is used, and checked again it is stale.
      const started = Date.now();
      const again = await postImport(api.baseUrl, admin.cookie, file, 'apply', dryRun.body.fileHash);
      if (outcome === 'absent') applyMs = Date.now() - started;
      if (outcome === 'absent') expect(again.body).toMatchObject({ applied: true, changes: refs.length });
      else {
        expect(again.body.code).toBe('DRY_RUN_REQUIRED');
        const recheck = await postImport(api.baseUrl, admin.cookie, file, 'dry-run');
        expect(recheck.body.rows.every((r) => r.problems[0]?.code === 'STALE_VERSION')).toBe(true);
      }
      if (round === delays.length - 1 && !outcomes.includes('absent') && delays.length < KILL_AT.length + EXTRA_ROUNDS) delays.push(0);
    }
    console.info(
      `import killed mid-apply (${organisation}, last uninterrupted apply ${applyMs} ms): ${outcomes.filter((o) => o === 'applied').length} applied, ${outcomes.filter((o) => o === 'absent').length} absent — ${outcomes.join(', ')}`,
    );
    expect(outcomes).toContain('absent'); // the kill did land inside the transaction at least once
  }, 600_000);
});
