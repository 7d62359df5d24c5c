// Small helpers shared by the start and dev scripts.
import { spawn } from 'node:child_process';

export const nxEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command, args, env = nxEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

/** Runs a long-lived process, forwarding Ctrl-C / SIGTERM so it can stop cleanly, and exits with it. */
export function serve(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
