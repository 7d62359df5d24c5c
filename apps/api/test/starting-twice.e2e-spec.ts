import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProcess, buildApi, startApiProcess } from './support/api-process';
import { freePort } from './support/free-port';
import { REPO_ROOT, signIn } from './support/test-app';

/**
 * Two `npm start` on one machine (issue 16): two clones — two data folders — both serve, each on its own embedded
 * PostgreSQL, though both ask for the default port 54329; a start that cannot work says why, in words a person can act on.
 */
const MAIN = join(REPO_ROOT, 'dist/apps/api/apps/api/src/main.js');

function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pnq-clone-'));
  chmodSync(folder, 0o755); // reachable by the "postgres" system user when tests run as root
  return folder;
}

/** As `npm start` runs it from a clone: the embedded PostgreSQL (no DATABASE_URL) with its default port, data in that clone's folder. */
const cloneEnv = (dataDir: string) => ({ DATABASE_URL: '', PNQ_DATA_DIR: dataDir, PNQ_EMBEDDED_PG_PORT: '' });

/** Starts the built API and waits for it to exit (a start that fails): its exit code and what it printed. */
function runUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test', PNQ_DASHBOARD_DIR: join(REPO_ROOT, 'tmp/no-dashboard'), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const deadline = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      resolve({ code, output });
    });
  });
}

describe('starting PNQ Tracker twice on one machine', () => {
  const folders: string[] = [];
  const running: ApiProcess[] = [];
  beforeAll(() => buildApi());
  afterAll(async () => {
    for (const api of running) await api.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('serves from two clones at once, each with its own embedded PostgreSQL on the default port or a free one', async () => {
    const [first, second] = [dataFolder(), dataFolder()];
    folders.push(first, second);
    const a = await startApiProcess(cloneEnv(first));
    running.push(a);
    const b = await startApiProcess(cloneEnv(second));
    running.push(b);

    const admin = await signIn(a.baseUrl, 'admin@pnq.local');
    const created = await admin.graphql(`mutation { createOrganisation(input: { key: "clone-a", name: "Seulement dans A", kind: GENERIC_GROUP }) { key } }`);
    expect(created.errors).toBeUndefined();
    const seen = async (api: ApiProcess) =>
      (
        await (await signIn(api.baseUrl, 'viewer@pnq.local')).graphql<{ organisations: { key: string }[] }>('{ organisations { key } }')
      ).data!.organisations.some((o) => o.key === 'clone-a');
    expect(await seen(a)).toBe(true);
    expect(await seen(b)).toBe(false); // two databases, not one shared
  });

  it('refuses a second start on the same data folder at once, saying which folder is in use and what to do', async () => {
    const folder = dataFolder();
    folders.push(folder);
    running.push(await startApiProcess(cloneEnv(folder)));
    const again = await runUntilExit({ ...cloneEnv(folder), PORT: String(await freePort()) });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/PNQ Tracker could not start: The database folder .* is in use by another PostgreSQL/);
    expect(again.output).toContain('PNQ_DATA_DIR');
    expect(again.output).not.toContain('undefined');
  });

  it.each([
    ['PORT', (api: ApiProcess) => ({ PORT: new URL(api.baseUrl).port }), /Port \d+ is already in use .* Set PORT/],
    ['PNQ_EMBEDDED_PG_PORT', () => ({ PNQ_EMBEDDED_PG_PORT: '__TAKEN__' }), /PNQ_EMBEDDED_PG_PORT=\d+ is already in use/],
  ])('says so when %s names a port already in use', async (_setting, settings, message) => {
    const api = running[0];
    const folder = dataFolder();
    folders.push(folder);
    const env: Record<string, string> = { ...cloneEnv(folder), PORT: String(await freePort()), ...settings(api) };
    if (env.PNQ_EMBEDDED_PG_PORT === '__TAKEN__') env.PNQ_EMBEDDED_PG_PORT = new URL(api.baseUrl).port; // a port something listens on
    const failed = await runUntilExit(env);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(message);
    expect(failed.output).not.toContain('undefined');
  });
});
