// npm run bench:public: measures (never asserts) the size and generation time of a public snapshot (issue 19) for the
// PNQ (×1) and ×10 (PNQ_BENCH_SCALES=1,10 by default): builds the API, starts a private embedded PostgreSQL, seeds a fresh
// database per scale through the real API, scales it with the benchmark's generator, publishes once as the secretariat
// would (requestPublicSnapshot, a job) and reads what was stored. Results: docs/benchmarks/public-snapshot.json.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { scalePlan } from './scale-generator.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCALES = (process.env.PNQ_BENCH_SCALES ?? '1,10').split(',').map(Number);
const AS_OF = '2025-12-31';
const log = (message) => process.stdout.write(`[bench:public] ${message}\n`);

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function graphql(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { json, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function measure(scale, adminUrl) {
  const database = `pnq_public_x${scale}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  const publicDir = mkdtempSync(join(os.tmpdir(), 'pnq-public-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'error', PNQ_PUBLIC_DIR: publicDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let tries = 0; ; tries++) {
      if ((await fetch(`${url}/health`).catch(() => null))?.ok) break;
      if (tries > 600) throw new Error('the API did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const counts = await scalePlan(client, scale);
    log(`×${scale}: ${JSON.stringify(counts)}`);
    const { cookie } = await graphql(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', {
      e: 'admin@pnq.local',
      p: 'pnq-demo-2035',
    });
    const started = Date.now();
    const { json } = await graphql(
      url,
      'mutation ($i: PublishSnapshotInput!) { requestPublicSnapshot(input: $i) { id } }',
      { i: { asOf: AS_OF, publish: true } },
      cookie,
    );
    const id = json.data.requestPublicSnapshot.id;
    for (;;) {
      const { json: answer } = await graphql(url, 'query ($id: ID!) { job(id: $id) { state error { code message } } }', { id }, cookie);
      if (answer.data.job.state === 'FAILED') throw new Error(JSON.stringify(answer.data.job.error));
      if (answer.data.job.state === 'DONE') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const wallMs = Date.now() - started;
    const [snapshot] = (
      await client.query(
        `SELECT s.file_count AS "fileCount", s.total_bytes::float8 AS "totalBytes", s.generation_ms AS "generationMs",
                (SELECT sum(octet_length(gzipped))::float8 FROM public_file f WHERE f.snapshot_number = s.number) AS "storedBytes",
                (SELECT count(*)::int FROM public_file f WHERE f.snapshot_number = s.number AND f.path LIKE '%.html') AS "htmlPages",
                (SELECT max(bytes)::int FROM public_file f WHERE f.snapshot_number = s.number AND f.path LIKE '%/actions/%') AS "largestActionPage",
                (SELECT bytes::int FROM public_file f WHERE f.snapshot_number = s.number AND f.path = 'fr/index.html') AS "homePage"
           FROM public_snapshot s ORDER BY number DESC LIMIT 1`,
      )
    ).rows;
    await client.end();
    const result = { scale, actions: counts.actions, ...snapshot, jobWallMs: wallMs, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
    log(`×${scale}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    api.kill('SIGTERM');
    await new Promise((done) => (api.exitCode !== null ? done() : api.once('exit', done)));
    rmSync(publicDir, { recursive: true, force: true });
  }
}

async function main() {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=stream'], {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('the build failed');
  const { startEmbeddedPostgres } = await import(join(ROOT, 'dist/apps/api/apps/api/src/database/embedded-postgres.launcher.js'));
  const { default: pino } = await import('pino');
  const dataDir = mkdtempSync(join(os.tmpdir(), 'pnq-bench-public-pg-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', logger: pino({ level: 'warn' }) });
  const results = [];
  try {
    for (const scale of SCALES) results.push(await measure(scale, postgres.url));
  } finally {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const output = { run: new Date().toISOString(), asOf: AS_OF, cores: os.cpus().length, node: process.version, results };
  writeFileSync(join(ROOT, 'docs/benchmarks/public-snapshot.json'), `${JSON.stringify(output, null, 2)}\n`);
  log('results in docs/benchmarks/public-snapshot.json');
}

main().catch((error) => {
  process.stderr.write(`[bench:public] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
