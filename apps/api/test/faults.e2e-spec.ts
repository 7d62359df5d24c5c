import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunningDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres.launcher';
import { freePort } from './support/free-port';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

const logger = pino({ level: 'warn' });
const UPDATE = 'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }';
const HISTORY = '{ action(ref: "1-2.1.1") { version history { version comment } } }';
type History = { action: { version: number; history: { version: number; comment: string }[] } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts (or restarts) the cluster in dataDir; after a crash the old server's processes may take a moment to go. */
async function startCluster(dataDir: string, port: number): Promise<RunningDatabase> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({ dataDir, port, database: 'pnq', logger });
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(500);
    }
  }
}

/** Up to 2 minutes: a budget for a loaded machine (a crash recovery replays the WAL), never a measure. */
async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 480; attempt++) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`gave up waiting for ${what}`);
}

const healthStatus = async (app: TestApp) => (await fetch(`${app.baseUrl}/health`)).status;

describe('faults: the database crashes (SIGKILL) under a running API, then comes back', () => {
  let dataDir: string;
  let port: number;
  let database: RunningDatabase;
  let testApp: TestApp;
  let admin: SignedInClient;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pnq-fault-pg-'));
    chmodSync(dataDir, 0o755); // reachable by the "postgres" system user when tests run as root
    port = await freePort();
    database = await startCluster(dataDir, port);
    testApp = await startTestApp({ databaseUrl: database.url });
    admin = await testApp.signIn('admin@pnq.local');
  });
  afterAll(async () => {
    await testApp?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 on /health and DATABASE_UNAVAILABLE in GraphQL while it is down, loses nothing committed, and recovers by itself', async () => {
    const accepted = await admin.graphql(UPDATE, {
      i: { ref: '1-2.1.1', expectedVersion: 0, status: 'IN_PROGRESS', progress: 35, comment: 'Validé avant la panne', effectiveDate: '2025-06-30' },
    });
    expect(accepted.errors).toBeUndefined();

    // Crash: the postmaster is killed outright, no shutdown checkpoint.
    const postmasterPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmasterPid, 'SIGKILL');
    await waitFor(async () => (await healthStatus(testApp)) === 503, '/health to report the database down');

    const health: unknown = await (await fetch(`${testApp.baseUrl}/health`)).json();
    expect(health).toMatchObject({ status: 'error', database: { status: 'down' } });
    const read = await admin.graphql(HISTORY);
    expect(read.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(read.errors?.[0]?.message).toMatch(/database cannot be reached/);
    const write = await admin.graphql(UPDATE, {
      i: { ref: '1-2.1.1', expectedVersion: 1, status: 'IN_PROGRESS', progress: 40, comment: 'Pendant la panne', effectiveDate: '2025-06-30' },
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    // The same cluster restarts (crash recovery replays the WAL); the API reconnects without a restart.
    database = await startCluster(dataDir, port);
    await waitFor(async () => (await healthStatus(testApp)) === 200, '/health to recover');
    const after = await admin.graphql<History>(HISTORY);
    expect(after.errors).toBeUndefined();
    expect(after.data!.action).toEqual({ version: 1, history: [{ version: 1, comment: 'Validé avant la panne' }] });

    const resumed = await admin.graphql(UPDATE, {
      i: { ref: '1-2.1.1', expectedVersion: 1, status: 'IN_PROGRESS', progress: 45, comment: 'Après la panne', effectiveDate: '2025-06-30' },
    });
    expect(resumed.errors).toBeUndefined();
  }, 300_000);
});
