import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { importWithoutSignalHooks } from './embedded-postgres.import';
import { anyFreePort, isPortFree } from '../common/ports';

export interface RunningDatabase {
  url: string;
  /** Stops what this process started; does nothing for an external server. */
  stop(): Promise<void>;
}

const USER = 'pnq';
const PASSWORD = 'pnq-local';

/** A start that failed for a reason a person can act on. */
export class DatabaseStartError extends Error {}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, with its files in `dataDir`.
 * The cluster is initialised only when the folder is new, so data survives restarts. The port is given at each
 * start (the cluster does not keep it): when it is the default one (`portIsDefault`) and another program — another
 * PNQ Tracker, in another folder — already listens there, a free port is used for this start instead.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  portIsDefault?: boolean;
  database: string;
  logger: Logger;
}): Promise<RunningDatabase> {
  const { dataDir, database, logger } = options;
  const clusterDir = join(dataDir, 'postgres');
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  assertReachableByPostgresUser(dataDir);
  assertClusterNotInUse(clusterDir);
  let port = await portToUse(options.port, options.portIsDefault ?? false, logger);

  const EmbeddedPostgres = await importWithoutSignalHooks();
  const messages: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    messages.push(text);
    if (messages.length > 50) messages.shift();
    logger.debug({ postgres: text });
  };
  const clusterOn = (clusterPort: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: USER,
      password: PASSWORD,
      port: clusterPort,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: remember,
      onError: remember,
    });
  let cluster = clusterOn(port);

  if (isNew) {
    logger.info({ clusterDir }, 'Initialising a new embedded PostgreSQL cluster');
    await cluster.initialise().catch((error: unknown) => {
      throw new DatabaseStartError(`The embedded PostgreSQL could not create its data folder ${clusterDir}: ${reasonOf(error, messages)}`);
    });
  }
  try {
    await cluster.start();
  } catch (error) {
    // Another program took the default port between the check and the start: once more on a free one.
    if (!(options.portIsDefault && inUse(messages))) throw startFailure(clusterDir, port, options.portIsDefault ?? false, error, messages);
    port = await anyFreePort();
    logger.warn({ port }, 'The embedded PostgreSQL’s port was taken meanwhile; starting it on another free port');
    messages.length = 0;
    cluster = clusterOn(port);
    await cluster.start().catch((again: unknown) => {
      throw startFailure(clusterDir, port, true, again, messages);
    });
  }
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

/** The port asked for when free; when it is the default and taken, any free port (said in the log); when chosen and taken, an error saying so. */
async function portToUse(port: number, isDefault: boolean, logger: Logger): Promise<number> {
  if (await isPortFree(port)) return port;
  if (!isDefault) {
    throw new DatabaseStartError(
      `PNQ_EMBEDDED_PG_PORT=${port} is already in use by another program. Choose another port, or leave PNQ_EMBEDDED_PG_PORT unset to let PNQ Tracker pick a free one.`,
    );
  }
  const free = await anyFreePort();
  logger.info({ port: free }, `Port ${port} is in use (another PNQ Tracker?): the embedded PostgreSQL uses port ${free} for this start`);
  return free;
}

/** Two servers cannot share one data folder: say which process holds it, before PostgreSQL refuses with less to go on. */
function assertClusterNotInUse(clusterDir: string): void {
  const lock = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return; // a stale lock from a crash: PostgreSQL clears it
  throw new DatabaseStartError(
    `The database folder ${clusterDir} is in use by another PostgreSQL (process ${pid}) — another PNQ Tracker started from this folder? ` +
      'Stop it first, or start this one with another PNQ_DATA_DIR (or a DATABASE_URL).',
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const inUse = (messages: string[]) => messages.some((m) => /Address already in use|could not create any TCP\/IP sockets/i.test(m));

function startFailure(clusterDir: string, port: number, portIsDefault: boolean, error: unknown, messages: string[]): DatabaseStartError {
  if (inUse(messages)) {
    return new DatabaseStartError(
      portIsDefault
        ? `The embedded PostgreSQL could not listen on port ${port}: it is in use. Try again, or set PNQ_EMBEDDED_PG_PORT to a free port.`
        : `PNQ_EMBEDDED_PG_PORT=${port} is already in use by another program. Choose another port, or leave it unset.`,
    );
  }
  if (messages.some((m) => /lock file .* already exists/i.test(m))) {
    return new DatabaseStartError(`The database folder ${clusterDir} is in use by another PostgreSQL. Stop it first, or set another PNQ_DATA_DIR.`);
  }
  return new DatabaseStartError(`The embedded PostgreSQL (data in ${clusterDir}) did not start: ${reasonOf(error, messages)}`);
}

/** The error's message, else what PostgreSQL said last (embedded-postgres rejects some failures with no reason at all). */
function reasonOf(error: unknown, messages: string[]): string {
  const said = messages.filter((m) => /FATAL|ERROR|PANIC|could not|denied|No such file/i.test(m)).slice(-3);
  const message = error instanceof Error && error.message ? error.message : '';
  return [message, ...said].filter(Boolean).join(' — ') || 'PostgreSQL stopped without saying why; run again with LOG_LEVEL=debug to see its log.';
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
