import { ConfigError } from './config/app.config';
import { DatabaseStartError } from './database/embedded-postgres.launcher';

/** What went wrong at start, said so that the person starting PNQ Tracker knows what to do (never "undefined"). */
export function describeStartFailure(error: unknown, context: { port: number; databaseUrl: string | null }): string {
  if (error instanceof ConfigError || error instanceof DatabaseStartError) return error.message;
  const failure = (error ?? {}) as NodeJS.ErrnoException & { address?: string; port?: number };
  if (failure.code === 'EADDRINUSE' && failure.syscall === 'listen') {
    return `Port ${failure.port ?? context.port} is already in use (another PNQ Tracker, or another program). Set PORT to a free port, e.g. PORT=3001 npm start.`;
  }
  if (context.databaseUrl && ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(failure.code ?? '')) {
    const server = safeHost(context.databaseUrl);
    return `The PostgreSQL server of DATABASE_URL (${server}) cannot be reached (${failure.code}). Start it, or correct DATABASE_URL — or unset it to use the embedded PostgreSQL.`;
  }
  if (context.databaseUrl && /password authentication failed|role .* does not exist|database .* does not exist/i.test(failure.message ?? '')) {
    return `The PostgreSQL server of DATABASE_URL (${safeHost(context.databaseUrl)}) refused the connection: ${failure.message}. Check the user, password and database name in DATABASE_URL.`;
  }
  if (failure.message) return failure.message;
  return `an unexpected error (${error === undefined ? 'no detail given' : String(error)}); run again with LOG_LEVEL=debug for the full log.`;
}

/** host:port of a connection string, never its password. */
function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'its address';
  }
}
