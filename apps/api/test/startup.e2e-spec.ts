import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../src/app.factory';
import { provideDatabase } from '../src/database/database.provider';
import { freePort } from './support/free-port';
import { signIn, testConfig } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

const logger = pino({ level: 'warn' });

/** Boots the way main.ts does: provide the database, build the app, listen; returns a stopper. */
async function boot(config: ReturnType<typeof testConfig>) {
  const database = await provideDatabase(config, logger);
  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    baseUrl,
    databaseUrl: database.url,
    async stop() {
      await app.close();
      await database.stop();
    },
  };
}

const actionCount = async (baseUrl: string) =>
  (await (await signIn(baseUrl, 'viewer@pnq.local')).graphql<{ plan: { actionCount: number } }>('{ plan { actionCount } }')).data?.plan.actionCount;

describe('starting PNQ Tracker', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('without DATABASE_URL, starts an embedded PostgreSQL in PNQ_DATA_DIR, seeds once, and keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pnq-embedded-'));
    chmodSync(dataDir, 0o755);
    folders.push(dataDir);
    const config = testConfig({ databaseUrl: null, dataDir, embeddedPostgresPort: await freePort() });

    const first = await boot(config);
    expect(await actionCount(first.baseUrl)).toBe(333);
    await queryDatabase(first.databaseUrl, `INSERT INTO organisation (key, name, kind) VALUES ('restart-marker', 'Marker', 'GENERIC_GROUP')`);
    await first.stop();
    const versionFile = join(dataDir, 'postgres', 'PG_VERSION');
    const initialisedAt = statSync(versionFile).mtimeMs;

    const second = await boot({ ...config, embeddedPostgresPort: await freePort() });
    expect(await actionCount(second.baseUrl)).toBe(333);
    const markers = await queryDatabase(second.databaseUrl, `SELECT key FROM organisation WHERE key = 'restart-marker'`);
    const seedRuns = await queryDatabase(second.databaseUrl, 'SELECT id FROM seed_run');
    await second.stop();

    expect(markers).toHaveLength(1);
    expect(seedRuns).toHaveLength(1);
    expect(statSync(versionFile).mtimeMs).toBe(initialisedAt);
  });

  it('with DATABASE_URL, uses that server and starts nothing', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'pnq-unused-')), 'data');
    folders.push(dataDir);
    const databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'external');
    const running = await boot(testConfig({ databaseUrl, dataDir }));

    expect(running.databaseUrl).toBe(databaseUrl);
    expect(await actionCount(running.baseUrl)).toBe(333);
    const tables = await queryDatabase(databaseUrl, `SELECT count(*)::int AS n FROM action`);
    await running.stop();

    expect(tables[0].n).toBe(333);
    expect(existsSync(dataDir)).toBe(false);
  });
});
