import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_BYTES, pdfOfSize, postEvidence } from './support/evidence-client';
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
    for (const [name, bytes] of [
      ['preuve.pdf', PDF_BYTES],
      ['rapport.pdf', pdfOfSize(600 * 1024)],
    ] as const) {
      expect((await postEvidence(testApp.baseUrl, admin.cookie, '1-2.1.1', name, bytes)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await testApp?.close();
    server?.stop();
  });

  it('restores every table with the same number of rows, history and audit included, and leaves no restored copy behind', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT], { env: { ...process.env, DATABASE_URL: testApp.databaseUrl, PNQ_PG_BIN: server.bin } });
    expect(stdout).toMatch(/^OK: \d+ tables, \d+ rows, every count identical after restore, evidence contents identical$/m);
    expect(stdout).toMatch(/^\s+evidence_file_chunk\s+4\s+4$/m);
    expect(stdout).toMatch(/^\s+evidence files: 2 files, \d+ bytes, contents checksum ([0-9a-f]{32}) → \1, damaged after restore 0$/m);
    expect(stdout).toMatch(/^\s+action\s+333\s+333$/m);
    expect(stdout).toMatch(/^\s+action_status_update\s+1\s+1$/m);
    expect(stdout).toMatch(/^\s+audit_event\s+\d+\s+\d+$/m);
    const left = await queryDatabase(server.adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE '%restore_check%'`);
    expect(left).toEqual([]);
  });

  it('says the restore differs (exit 1) when a stored file no longer gives its recorded SHA-256', async () => {
    await queryDatabase(
      testApp.databaseUrl,
      `UPDATE evidence_file_chunk SET bytes = bytes || '\\x00'::bytea WHERE n = 0 AND storage_key = (SELECT min(storage_key) FROM evidence_file_chunk)`,
    );
    const failure = await run(process.execPath, [SCRIPT], { env: { ...process.env, DATABASE_URL: testApp.databaseUrl, PNQ_PG_BIN: server.bin } }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect(failure).toHaveProperty('stderr', expect.stringContaining('evidence_file (SHA-256 of the contents)'));
  });

  it('refuses to run, with exit code 2 and a reason, when it cannot reach the database', async () => {
    const failure = await run(process.execPath, [SCRIPT], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PNQ_PG_BIN: server.bin },
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(failure).toHaveProperty('stderr', expect.stringMatching(/backup check could not run/));
  });
});
