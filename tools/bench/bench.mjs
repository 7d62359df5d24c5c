// npm run bench: builds the API, starts a private embedded PostgreSQL, and for each scale (×1, ×10, ×100 by default;
// PNQ_BENCH_SCALES=1,10 to choose) seeds a fresh database through the real API, scales it with the synthetic generator,
// then measures every scenario with autocannon and the side-by-side read against PostGraphile 4 and raw SQL.
// Results: docs/benchmarks/x<scale>.json (one per scale, kept) and the tables in docs/benchmarks.md (regenerated).
// A benchmark, never a test: nothing here passes or fails on a timing.
import autocannon from 'autocannon';
import { Blob, Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { writeBenchmarkDoc } from './report.mjs';
import { scalePlan } from './scale-generator.mjs';
import { documentScenarios, scenarios } from './scenarios.mjs';
import { OURS_QUERY, POSTGRAPHILE_QUERY } from './side-by-side.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCALES = (process.env.PNQ_BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const SECONDS = Number(process.env.PNQ_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.PNQ_BENCH_CONNECTIONS ?? 10);
/** The same read is measured in this many interleaved slices per server (see loadInterleaved). */
const SAME_READ_ROUNDS = Number(process.env.PNQ_BENCH_SAME_READ_ROUNDS ?? 5);
/** Scenario names to leave out, by prefix, comma-separated (e.g. PNQ_BENCH_SKIP='yearly report' at ×100, where the DOCX exhausts the API's heap). */
const SKIP = (process.env.PNQ_BENCH_SKIP ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const kept = (scenario) => !SKIP.some((prefix) => scenario.name.startsWith(prefix));
/** Scales at which eight reports are asked at once while a small query is measured (minutes each at ×100). */
const REPORT_LOAD_SCALES = (process.env.PNQ_BENCH_REPORT_LOAD_SCALES ?? '1,10').split(',').map(Number);
const AS_OF = '2026-06-30';
const PASSWORD = 'pnq-demo-2035';
const nxEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

const log = (message) => process.stdout.write(`[bench] ${message}\n`);

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function mustRun(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, env: nxEnv, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Starts a child server and resolves once `ready` says it answers. */
async function startChild(name, args, env, ready) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} was not ready within 3 minutes`);
}

function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

async function post(url, body, cookie) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function signIn(baseUrl, email) {
  const answer = await post(`${baseUrl}/graphql`, {
    query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }',
    variables: { e: email, p: PASSWORD },
  });
  const cookie = answer.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in as ${email}: ${JSON.stringify(answer.json)}`);
  return cookie;
}

/** Waits until the API sends no statement for half a second (requests of a load that just ended may still be running). */
async function quiet(apiProcess) {
  for (let last = await sqlStatements(apiProcess), tries = 0; tries < 60; tries++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await sqlStatements(apiProcess);
    if (now === last) return;
    last = now;
  }
}

/** Asks the API process (count-queries.cjs) a question over IPC and waits for the answer carrying `key`. */
function ask(apiProcess, question, key) {
  return new Promise((done) => {
    const listener = (message) => {
      if (message && key in message) {
        apiProcess.off('message', listener);
        done(message[key]);
      }
    };
    apiProcess.on('message', listener);
    apiProcess.send(question);
  });
}

const sqlStatements = (apiProcess) => ask(apiProcess, 'sql-statements?', 'sqlStatements');

/** One HTTP request with the session cookie: a GET, or a multipart form (a file field named "file"). */
async function sendHttp(baseUrl, cookie, { method, path, form }) {
  let body;
  if (form) {
    body = new FormData();
    for (const [name, value] of Object.entries(form))
      body.append(name, Buffer.isBuffer(value) ? new Blob([new Uint8Array(value)]) : value, ...(Buffer.isBuffer(value) ? ['bench.xlsx'] : []));
  }
  // A state-changing file route wants the header the dashboard sends (CSRF_HEADER of libs/domain).
  const response = await fetch(`${baseUrl}${path}`, { method, body, headers: { cookie, ...(method === 'GET' ? {} : { 'x-pnq-csrf': '1' }) } });
  const content = Buffer.from(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(content.toString('utf8')) : null;
  return { status: response.status, body: content, json };
}

/** Runs each document scenario `runs` times, one request at a time (preparation untimed), with its SQL statement count. */
async function measureDocuments(list, { apiUrl, api, cookies }) {
  const io = { edits: 0, send: (request) => sendHttp(apiUrl, cookies.admin, request) };
  const results = [];
  for (const scenario of list) {
    const latencies = [];
    let statements = null;
    let bytes = 0;
    for (let run = 0; run < scenario.runs; run++) {
      const request = await scenario.prepare(io);
      await quiet(api);
      const before = await sqlStatements(api);
      const started = performance.now();
      const answer = await sendHttp(apiUrl, cookies[scenario.user], request);
      latencies.push(performance.now() - started);
      statements ??= (await sqlStatements(api)) - before;
      if (answer.status !== 200 || (scenario.check && !scenario.check(answer))) {
        throw new Error(`${scenario.name} failed: ${answer.status} ${answer.body.toString('utf8').slice(0, 600)}`);
      }
      bytes = request.form?.file?.length ?? answer.body.length;
      log(`${scenario.name}: run ${run + 1}/${scenario.runs} ${Math.round(latencies.at(-1))} ms`);
    }
    latencies.sort((a, b) => a - b);
    results.push({
      name: scenario.name,
      runs: scenario.runs,
      p50: Math.round(percentile(latencies, 50)),
      min: Math.round(latencies[0]),
      max: Math.round(latencies.at(-1)),
      sqlStatements: statements,
      kilobytes: Math.round(bytes / 1024),
    });
  }
  return results;
}

/** The people who ask for the reports at once: one report each (a person may have two unfinished). */
const REPORT_ASKERS = ['viewer', 'admin', 'imanor', 'semac', 'dpcsmq', 'lpee-lnm', 'mic', 'cgem'];
const SMALL_QUERY = { query: '{ pillars { number name } }' };

/**
 * The API's event-loop delay (monitorEventLoopDelay in the API process) and a small query's latency, first idle, then
 * while eight people each ask for a yearly report at once (queued as jobs, built in worker threads).
 */
async function measureUnderReports({ apiUrl, api }) {
  const cookies = Object.fromEntries(await Promise.all(REPORT_ASKERS.map(async (who) => [who, await signIn(apiUrl, `${who}@pnq.local`)])));
  const smallLoad = (seconds) => load({ url: `${apiUrl}/graphql`, body: () => SMALL_QUERY, headers: { cookie: cookies.viewer }, connections: 2, seconds });
  await quiet(api);
  await ask(api, 'event-loop-reset', 'eventLoopReset');
  const idle = await smallLoad(10);
  const idleLoop = await ask(api, 'event-loop?', 'eventLoop');

  await quiet(api);
  await ask(api, 'event-loop-reset', 'eventLoopReset');
  const started = performance.now();
  let finished = 0;
  const reports = Promise.all(
    REPORT_ASKERS.map(async (who, index) => {
      const answer = await sendHttp(apiUrl, cookies[who], { method: 'GET', path: `/reports/annual?year=2025&format=${index % 2 ? 'docx' : 'pdf'}` });
      if (answer.status !== 200) throw new Error(`a report under load failed: ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`);
      finished++;
      return performance.now() - started;
    }),
  );
  const chunks = [];
  while (finished < REPORT_ASKERS.length) chunks.push(await smallLoad(3));
  const times = await reports;
  const loadedLoop = await ask(api, 'event-loop?', 'eventLoop');
  const latencies = chunks.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const round = (value) => Math.round(value * 10) / 10;
  return {
    reports: REPORT_ASKERS.length,
    allReadyMs: Math.round(Math.max(...times)),
    idle: { p50: idle.p50, p95: idle.p95, requestsPerSecond: idle.requestsPerSecond, eventLoop: idleLoop },
    underReports: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      requests: latencies.length,
      eventLoop: loadedLoop,
    },
  };
}

/** A load's figures without its every latency (kept for the measurements that pool several loads). */
function withoutLatencies(figures) {
  const summary = { ...figures };
  delete summary.latencies;
  return summary;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies from every response, percentiles computed here (p95 included). */
async function load({ url, method = 'POST', body, headers = {}, onAnswer, connections = CONNECTIONS, seconds = SECONDS }) {
  const latencies = [];
  let graphqlErrors = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method,
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', ...headers },
          ...(body ? { body: JSON.stringify(body()) } : {}),
        }),
        onResponse: (status, responseBody) => {
          if (!onAnswer && !responseBody.includes('"errors"')) return;
          const answer = JSON.parse(responseBody);
          if (answer.errors) graphqlErrors += 1;
          onAnswer?.(answer);
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return summarise(latencies, seconds, { non2xx: result.non2xx, errors: result.errors + result.timeouts, graphqlErrors });
}

/** Percentiles and throughput of every latency recorded over `seconds`. */
function summarise(latencies, seconds, counters) {
  latencies.sort((a, b) => a - b);
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    requests: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    ...counters,
    latencies,
  };
}

/**
 * The same read on each server, interleaved: SAME_READ_ROUNDS slices of SECONDS ÷ rounds each, the servers in turn,
 * so that a change in the load of the shared machine during the run falls on the three alike (measured one after the
 * other, 10 s each, a burst of other work on the cores decided the ratio).
 */
async function loadInterleaved(targets) {
  const slices = Object.fromEntries(Object.keys(targets).map((server) => [server, []]));
  for (let round = 0; round < SAME_READ_ROUNDS; round++) {
    for (const [server, target] of Object.entries(targets)) slices[server].push(await load({ ...target, seconds: SECONDS / SAME_READ_ROUNDS }));
  }
  const sum = (parts, key) => parts.reduce((total, part) => total + part[key], 0);
  return Object.fromEntries(
    Object.entries(slices).map(([server, parts]) => [
      server,
      summarise(
        parts.flatMap((part) => part.latencies),
        SECONDS,
        { non2xx: sum(parts, 'non2xx'), errors: sum(parts, 'errors'), graphqlErrors: sum(parts, 'graphqlErrors') },
      ),
    ]),
  );
}

async function benchScale(scale, adminUrl, machine) {
  const database = `pnq_bench_x${scale}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();

  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const health = async () => (await fetch(`${apiUrl}/health`)).status === 200;
  log(`×${scale}: seeding ${database} through the API (migrations, seed, demo accounts)`);
  const api = await startChild(
    'the API',
    ['--require', join(ROOT, 'tools/bench/count-queries.cjs'), join(ROOT, 'dist/apps/api/apps/api/src/main.js')],
    { DATABASE_URL: databaseUrl, PORT: String(apiPort), NODE_ENV: 'development', LOG_LEVEL: 'error', PNQ_DASHBOARD_DIR: join(ROOT, 'tmp/no-dashboard') },
    health,
  );
  const peerPort = await freePort();
  const rawPort = await freePort();
  let postgraphile;
  let raw;
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => undefined);
    await client.connect();
    const started = Date.now();
    let counts, updatableRefs, postgresVersion, importer;
    try {
      counts = await scalePlan(client, scale);
      updatableRefs = (await client.query(`SELECT ref FROM action WHERE ref NOT LIKE 'S%' ORDER BY id`)).rows.map((r) => r.ref);
      // The organisation owning the most actions: the largest update template.
      [importer] = (
        await client.query(`SELECT o.key, count(*)::int AS rows FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id
                             WHERE ao.role = 'OWNER' GROUP BY o.key ORDER BY count(*) DESC, o.key LIMIT 1`)
      ).rows;
      postgresVersion = (await client.query('SHOW server_version')).rows[0].server_version;
    } finally {
      await client.end();
    }
    const generatorSeconds = Math.round((Date.now() - started) / 100) / 10;
    log(`×${scale}: generated in ${generatorSeconds} s — ${JSON.stringify(counts)}`);

    const cookies = { viewer: await signIn(apiUrl, 'viewer@pnq.local'), admin: await signIn(apiUrl, 'admin@pnq.local') };
    const list = scenarios(ROOT, { asOf: AS_OF, actionRef: '2-1.1.1', updatableRefs: updatableRefs.slice(1) });

    const results = [];
    for (const scenario of list.filter(kept)) {
      const state = { next: 0, versions: new Map() };
      const cookie = cookies[scenario.user];
      // Statements per request: one request alone (after a warm-up), counted by the pg hook in the API process.
      await post(`${apiUrl}/graphql`, scenario.body(state), cookie);
      await quiet(api);
      const before = await sqlStatements(api);
      const single = await post(`${apiUrl}/graphql`, scenario.body(state), cookie);
      const statements = (await sqlStatements(api)) - before;
      if (single.json.errors) throw new Error(`${scenario.name} failed: ${JSON.stringify(single.json.errors)}`);
      scenario.onAnswer?.(state, single.json);
      log(`×${scale}: ${scenario.name} — ${statements} SQL statements; loading ${SECONDS} s × ${CONNECTIONS} connections`);
      const figures = await load({
        url: `${apiUrl}/graphql`,
        body: () => scenario.body(state),
        headers: { cookie },
        onAnswer: scenario.onAnswer ? (answer) => scenario.onAnswer(state, answer) : undefined,
      });
      results.push({ name: scenario.name, sqlStatements: statements, ...withoutLatencies(figures) });
    }

    log(`×${scale}: documents — yearly report and the Excel import of ${importer.key}'s template (${importer.rows} rows), one request at a time`);
    const documents = await measureDocuments(
      documentScenarios({
        organisation: importer.key,
        reportRuns: scale === 1 ? 3 : scale <= 10 ? 2 : 1,
        importRuns: scale === 1 ? 5 : scale <= 10 ? 3 : 2,
      }).filter(kept),
      { apiUrl, api, cookies },
    );

    log(`×${scale}: side by side — PostGraphile 4 and raw SQL on the same database`);
    postgraphile = await startChild(
      'PostGraphile',
      [join(ROOT, 'tools/bench/peer/postgraphile-server.mjs')],
      { DATABASE_URL: databaseUrl, PORT: String(peerPort) },
      async () => (await post(`http://127.0.0.1:${peerPort}/graphql`, { query: '{ __typename }' })).status === 200,
    );
    raw = await startChild(
      'the raw SQL server',
      [join(ROOT, 'tools/bench/raw-sql-server.mjs')],
      { DATABASE_URL: databaseUrl, PORT: String(rawPort) },
      async () => (await fetch(`http://127.0.0.1:${rawPort}/?pillar=1`)).ok,
    );
    const variables = { pillar: 1 };
    const underReports = REPORT_LOAD_SCALES.includes(scale) && kept({ name: 'reports under load' }) ? await measureUnderReports({ apiUrl, api }) : null;
    if (underReports)
      log(
        `×${scale}: 8 reports at once — event loop p99 ${underReports.underReports.eventLoop.p99} ms, small query p95 ${underReports.idle.p95} → ${underReports.underReports.p95} ms`,
      );

    const sameRead = {
      ours: { url: `${apiUrl}/graphql`, body: () => ({ query: OURS_QUERY, variables }), headers: { cookie: cookies.viewer } },
      postgraphile: { url: `http://127.0.0.1:${peerPort}/graphql`, body: () => ({ query: POSTGRAPHILE_QUERY, variables }) },
      raw: { url: `http://127.0.0.1:${rawPort}/?pillar=1`, method: 'GET' },
    };
    const ourAnswer = await post(sameRead.ours.url, sameRead.ours.body(), cookies.viewer);
    const peerAnswer = await post(sameRead.postgraphile.url, sameRead.postgraphile.body());
    const rawAnswer = await (await fetch(sameRead.raw.url)).json();
    for (const answer of [ourAnswer, peerAnswer]) if (answer.json.errors) throw new Error(`the same read failed: ${JSON.stringify(answer.json.errors)}`);
    const peerActions = peerAnswer.json.data.pillarByNumber.axisByPillarId.nodes.flatMap((a) =>
      a.projectsByAxisId.nodes.flatMap((p) => p.actionsByProjectId.nodes),
    );
    const sizes = { ours: ourAnswer.json.data.actions.length, postgraphile: peerActions.length, raw: rawAnswer.data.actions.length };
    if (new Set(Object.values(sizes)).size !== 1) throw new Error(`the three servers disagree on the read: ${JSON.stringify(sizes)}`);
    await quiet(api);
    const before = await sqlStatements(api);
    await post(sameRead.ours.url, sameRead.ours.body(), cookies.viewer);
    const ourStatements = (await sqlStatements(api)) - before;
    log(`×${scale}: same read (${sizes.ours} actions) on ${Object.keys(sameRead).join(', ')}, interleaved in ${SAME_READ_ROUNDS} rounds`);
    const sideBySide = Object.fromEntries(Object.entries(await loadInterleaved(sameRead)).map(([server, result]) => [server, withoutLatencies(result)]));
    sideBySide.ours.sqlStatements = ourStatements;
    sideBySide.actionsReturned = sizes.ours;

    const output = {
      scale,
      counts,
      generatorSeconds,
      postgresVersion,
      machine,
      asOf: AS_OF,
      seconds: SECONDS,
      connections: CONNECTIONS,
      scenarios: results,
      documents,
      underReports,
      importTemplateRows: importer.rows,
      sideBySide,
      at: new Date().toISOString(),
      label: process.env.PNQ_BENCH_LABEL ?? null,
    };
    mkdirSync(join(ROOT, 'docs/benchmarks'), { recursive: true });
    writeFileSync(join(ROOT, `docs/benchmarks/x${scale}.json`), `${JSON.stringify(output, null, 2)}\n`);
    return output;
  } finally {
    for (const child of [raw, postgraphile, api]) if (child) await stopChild(child);
  }
}

async function main() {
  log('building the API');
  mustRun('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
  if (!existsSync(join(ROOT, 'tools/bench/peer/node_modules/postgraphile'))) {
    log('installing the peer engine (PostGraphile 4) in tools/bench/peer');
    mustRun('npm', ['install', '--prefix', 'tools/bench/peer', '--no-audit', '--no-fund']);
  }
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };

  const { startEmbeddedPostgres } = await import(join(ROOT, 'dist/apps/api/apps/api/src/database/embedded-postgres.launcher.js'));
  const { default: pino } = await import('pino');
  const dataDir = mkdtempSync(join(os.tmpdir(), 'pnq-bench-pg-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', logger: pino({ level: 'warn' }) });
  try {
    for (const scale of SCALES) await benchScale(scale, postgres.url, machine);
  } finally {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  writeBenchmarkDoc(ROOT);
  log('results in docs/benchmarks.md and docs/benchmarks/x<scale>.json');
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
