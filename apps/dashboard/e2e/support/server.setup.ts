import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
// The API's in-test OpenID provider, shared by both suites (test code, never bundled into an app).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OidcTestProvider, startOidcTestProvider } from '../../../api/test/support/oidc-test-provider';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The in-test OpenID provider the server's single sign-on uses (oidc-provider). */
    oidcIssuer: string;
    /** The server's database, for tests that must age a link or a token (nothing else writes through it). */
    databaseUrl: string;
  }
}

const ROOT = resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms`);
}

/**
 * Builds the app, starts it as `npm start` would (node on the built API, embedded PostgreSQL in a fresh
 * folder), and stops it with SIGTERM afterwards, checking that it stops cleanly.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,dashboard', '--output-style=stream'], {
    cwd: ROOT,
    stdio: 'inherit',
    // The build that ships (NODE_ENV=production), not the test runner's NODE_ENV=test: that one bundles React's
    // development build, and the first visit's weight (compression.e2e.ts) would measure what nobody downloads.
    env: { ...process.env, NODE_ENV: 'production', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('the build failed');

  const dataDir = mkdtempSync(join(tmpdir(), 'pnq-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // A real OpenID provider for the single sign-on tests, started before the server that is configured to use it.
  const oidc: OidcTestProvider = await startOidcTestProvider([`${baseUrl}/auth/oidc/callback`]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...oidc.settings(baseUrl),
    PNQ_PUBLIC_URL: baseUrl,
    PORT: String(port),
    PNQ_DATA_DIR: dataDir,
    PNQ_EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
  };
  if (!process.env.E2E_DATABASE_URL) delete env.DATABASE_URL;
  else env.DATABASE_URL = process.env.E2E_DATABASE_URL;

  const server = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { cwd: ROOT, env, stdio: 'inherit' });
  await waitForHealth(baseUrl, server, 240_000);
  project.provide('baseUrl', baseUrl);
  project.provide('oidcIssuer', oidc.issuer);
  project.provide('databaseUrl', process.env.E2E_DATABASE_URL ?? `postgres://pnq:pnq-local@127.0.0.1:${pgPort}/pnq`);

  return async () => {
    const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    server.kill('SIGTERM');
    const code = await exited;
    await oidc.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the server did not stop cleanly on SIGTERM (exit ${code})`);
  };
}
