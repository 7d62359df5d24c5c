import { createHook } from 'node:async_hooks';

/** A timer created while some code ran and still pending when it finished. */
export interface PendingTimer {
  /** The first frame outside Node's own timer code: who called setTimeout / setInterval. */
  createdBy: string;
  /** setInterval (it fires again and again) rather than setTimeout (once). */
  repeats: boolean;
}

const NODE_FRAMES = /\(node:|at node:|pending-timers\.ts/;

/**
 * Runs `create` and returns the timers it started that are still pending when it resolves — ref'd or not.
 * (`process.getActiveResourcesInfo()` cannot tell: it leaves out unref'd timers, which is how background jobs keep a
 * process free to exit, and it counts the database pool's idle-client timers, which every context has.)
 */
export async function pendingTimersCreatedBy<T>(create: () => Promise<T>): Promise<{ result: T; timers: PendingTimer[] }> {
  const pending = new Map<number, PendingTimer>();
  const hook = createHook({
    init(asyncId, type, _trigger, resource) {
      if (type !== 'Timeout') return;
      const frames = (new Error().stack ?? '').split('\n').slice(1);
      // Node's Timeout keeps its period in _repeat (null for a one-off setTimeout).
      const repeats = (resource as { _repeat?: number | null })._repeat != null;
      pending.set(asyncId, { createdBy: frames.find((frame) => !NODE_FRAMES.test(frame))?.trim() ?? 'unknown', repeats });
    },
    destroy(asyncId) {
      pending.delete(asyncId); // a timer that fired (once) or was cleared
    },
  });
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  hook.enable();
  try {
    const result = await create();
    await new Promise((resolve) => setImmediate(resolve)); // destroy events are delivered on the next turn of the loop
    return { result, timers: [...pending.values()] };
  } finally {
    hook.disable();
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The PostgreSQL pool's own timers (idle clients, connection timeouts): part of any context with a database. */
export const isDatabasePoolTimer = (timer: PendingTimer): boolean => /node_modules[\\/]pg(-pool)?[\\/]/.test(timer.createdBy);
