// npm run bench:meeting-pack: builds the API, starts it on a fresh embedded PostgreSQL (the untouched seeded plan),
// records one CSNCA plenary session, then generates its meeting pack in PDF and in Word a few times each, through the
// same job path as the dashboard (requestSessionDocument → job(id) → /jobs/:id/file), and prints the page count of the
// PDF and the time from the request to the file. A benchmark, never a test: nothing here passes or fails on a timing.
// Results: docs/benchmarks/meeting-pack.json (PNQ_BENCH_OUT=<folder> also keeps the files).
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.PNQ_BENCH_RUNS ?? 3);
const HELD_ON = process.env.PNQ_BENCH_SESSION_DATE ?? '2026-06-30';
const log = (message) => process.stdout.write(`[meeting-pack] ${message}\n`);

async function graphql(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function pdfPageCount(content) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(content), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=stream'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const dataDir = mkdtempSync(join(os.tmpdir(), 'pnq-meeting-pack-'));
chmodSync(dataDir, 0o777); // the embedded PostgreSQL runs as "postgres" when started by root
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PNQ_DATA_DIR: dataDir,
    PNQ_EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(port),
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    PNQ_DASHBOARD_DIR: join(ROOT, 'tmp/no-dashboard'),
  },
});
try {
  for (let waited = 0; ; waited += 500) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    if (waited > 300_000) throw new Error('the API was not ready within 5 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  const { cookie } = await graphql(url, 'mutation { login(email: "admin@pnq.local", password: "pnq-demo-2035") { user { email } } }');
  const { data } = await graphql(
    url,
    'mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id since } }',
    {
      i: {
        body: 'CSNCA_PLENARY',
        heldOn: HELD_ON,
        place: 'Rabat',
        agenda: ['Avancement du PNQ', 'Demandes de révision', 'Suivi des décisions'],
        attendingOrganisationKeys: [],
      },
    },
    cookie,
  );
  const sessionId = data.recordSteeringSession.id;
  log(`session ${sessionId} of ${HELD_ON} (since: ${data.recordSteeringSession.since ?? 'the start of tracking'})`);
  const results = [];
  for (const document of ['MEETING_PACK_PDF', 'MEETING_PACK_DOCX']) {
    const runs = [];
    let size = 0;
    let pages = null;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const asked = await graphql(
        url,
        'mutation ($id: ID!, $d: SessionDocument!) { requestSessionDocument(sessionId: $id, document: $d) { id } }',
        { id: sessionId, d: document },
        cookie,
      );
      let job;
      do {
        await new Promise((r) => setTimeout(r, 50));
        job = (
          await graphql(url, 'query ($id: ID!) { job(id: $id) { state downloadUrl error { message } } }', { id: asked.data.requestSessionDocument.id }, cookie)
        ).data.job;
      } while (job.state !== 'DONE' && job.state !== 'FAILED');
      if (job.state === 'FAILED') throw new Error(job.error?.message ?? 'the job failed');
      const content = Buffer.from(await (await fetch(`${url}${job.downloadUrl}`, { headers: { cookie } })).arrayBuffer());
      runs.push(Math.round(performance.now() - started));
      size = content.length;
      if (document === 'MEETING_PACK_PDF') pages = await pdfPageCount(content);
      if (process.env.PNQ_BENCH_OUT)
        writeFileSync(join(process.env.PNQ_BENCH_OUT, `${document.toLowerCase()}.${document.endsWith('PDF') ? 'pdf' : 'docx'}`), content);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    results.push({ document, pages, kilobytes: Math.round(size / 1024), runsMs: runs, medianMs: sorted[Math.floor(sorted.length / 2)] });
    log(`${document}: ${pages === null ? '' : `${pages} pages, `}${Math.round(size / 1024)} KB, ${runs.join(' / ')} ms (request → file)`);
  }
  const machine = { cores: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10), node: process.version };
  writeFileSync(join(ROOT, 'docs/benchmarks/meeting-pack.json'), `${JSON.stringify({ sessionDate: HELD_ON, machine, results }, null, 2)}\n`);
  log(`machine: ${JSON.stringify(machine)} — written to docs/benchmarks/meeting-pack.json`);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
}
