import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startTestApp, TestApp } from './support/test-app';
import { startSystemPostgres, SystemPostgres } from './support/system-postgres';
import { createTestDatabase, queryDatabase } from './support/test-database';

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'tools/scripts/backup-restore-check.mjs');

describe('npm run backup:check — pg_dump, pg_restore into a fresh database, counts compared', () => {
  let server: SystemPostgres;
  let testApp: TestApp;
  beforeAll(async () => {
    server = await startSystemPostgres();
    testApp = await startTestApp({ databaseUrl: await createTestDatabase(server.adminUrl, 'backup') });
    const admin = await testApp.signIn('admin@pnq.local');
    const update = await admin.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: { ref: '1-2.1.1', expectedVersion: 0, status: 'IN_PROGRESS', progress: 25, comment: 'Avant la sauvegarde', effectiveDate: '2025-06-30' },
    });
    expect(update.errors).toBeUndefined();
  });
  afterAll(async () => {
    await testApp?.close();
    server?.stop();
  });

  it('restores every table with the same number of rows, history and audit included, and leaves no restored copy behind', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT], { env: { ...process.env, DATABASE_URL: testApp.databaseUrl, PNQ_PG_BIN: server.bin } });
    expect(stdout).toMatch(/^OK: \d+ tables, \d+ rows, every count identical after restore$/m);
    expect(stdout).toMatch(/^\s+action\s+333\s+333$/m);
    expect(stdout).toMatch(/^\s+action_status_update\s+1\s+1$/m);
    expect(stdout).toMatch(/^\s+audit_event\s+\d+\s+\d+$/m);
    const left = await queryDatabase(server.adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE '%restore_check%'`);
    expect(left).toEqual([]);
  });

  it('refuses to run, with exit code 2 and a reason, when it cannot reach the database', async () => {
    const failure = await run(process.execPath, [SCRIPT], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PNQ_PG_BIN: server.bin },
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(failure).toHaveProperty('stderr', expect.stringMatching(/backup check could not run/));
  });
});
