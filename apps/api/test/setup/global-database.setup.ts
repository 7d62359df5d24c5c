import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.launcher';
import { freePort } from '../support/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL with rights to create databases; each test file makes its own. */
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole API test run: the server named by DATABASE_URL,
 * or an embedded one in a temporary folder, removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return async () => undefined;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pnq-test-pg-'));
  chmodSync(dataDir, 0o755); // reachable by the "postgres" system user when tests run as root
  const database = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    logger: pino({ level: 'warn' }),
  });
  project.provide('adminDatabaseUrl', database.url);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
