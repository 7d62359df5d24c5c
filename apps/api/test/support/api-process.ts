import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { REPO_ROOT } from './test-app';

const MAIN = join(REPO_ROOT, 'dist/apps/api/apps/api/src/main.js');

/** Builds the API the way `npm start` runs it (Nx caches the build when nothing changed). */
export function buildApi(): void {
  execFileSync('npx', ['nx', 'run', 'api:build', '--output-style=stream'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
    stdio: 'ignore',
  });
  if (!existsSync(MAIN)) throw new Error(`the API build did not produce ${MAIN}`);
}

export interface ApiProcess {
  baseUrl: string;
  process: ChildProcess;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built API as its own operating-system process and waits for /health to answer 200. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), PNQ_DASHBOARD_DIR: join(REPO_ROOT, 'tmp/no-dashboard'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    baseUrl,
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API process exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return api;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await api.stop('SIGKILL');
  throw new Error(`the API process did not become healthy within 90 s:\n${output}`);
}
