// Writes the measured tables into docs/benchmarks.md between its generated-section markers, from the
// per-scale results in docs/benchmarks/x<scale>.json; the hand-written text around them is kept.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- bench:generated:start -->';
const END = '<!-- bench:generated:end -->';

const ms = (value) => (value === null || value === undefined ? '—' : `${value}`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

function readResults(root) {
  const folder = join(root, 'docs/benchmarks');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^x\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')))
    .sort((a, b) => a.scale - b.scale);
}

function scaleSection(result) {
  const { counts, machine } = result;
  const lines = [
    `### ×${result.scale} — ${counts.actions.toLocaleString('en')} actions, ${counts.statusUpdates.toLocaleString('en')} status updates, ${counts.comments.toLocaleString('en')} comments${counts.indicatorValues === undefined ? '' : `, ${counts.indicatorValues.toLocaleString('en')} indicator values`}`,
    '',
    `Run ${result.at.slice(0, 16).replace('T', ' ')} UTC${result.label ? ` (${result.label})` : ''} · PostgreSQL ${result.postgresVersion} · ${result.connections} connections × ${result.seconds} s per line · generator ${result.generatorSeconds} s · load average at start ${machine.loadAverageAtStart.join(' / ')}`,
    '',
    '| scenario | p50 ms | p95 ms | p99 ms | req/s | requests | errors | SQL statements / request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.scenarios.map(
      (s) =>
        `| ${s.name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.requestsPerSecond} | ${s.requests} | ${s.non2xx + s.errors + s.graphqlErrors} | ${s.sqlStatements} |`,
    ),
    ...(result.documents
      ? [
          '',
          `Documents, one request at a time (the import: the largest organisation's template, ${result.importTemplateRows.toLocaleString('en')} rows; preparation — template download and, for the apply, its dry run — not timed):`,
          '',
          '| document scenario | runs | p50 ms | min ms | max ms | SQL statements / request | size KB |',
          '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...result.documents.map((d) => `| ${d.name} | ${d.runs} | ${d.p50} | ${d.min} | ${d.max} | ${d.sqlStatements} | ${d.kilobytes} |`),
        ]
      : []),
    ...(result.underReports
      ? [
          '',
          `Eight people each ask for the yearly report 2025 at once (PDF and DOCX alternately; queued as jobs, built one at a time in a worker thread); all ready after ${result.underReports.allReadyMs} ms. Meanwhile a small query (\`{ pillars { number name } }\`, 2 connections) and the API's event-loop delay (monitorEventLoopDelay, 10 ms resolution, in the API process):`,
          '',
          '| | small query p50 ms | small query p95 ms | event loop p50 ms | event loop p99 ms | event loop max ms |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          `| idle | ${result.underReports.idle.p50} | ${result.underReports.idle.p95} | ${result.underReports.idle.eventLoop.p50} | ${result.underReports.idle.eventLoop.p99} | ${result.underReports.idle.eventLoop.max} |`,
          `| 8 reports being built | ${result.underReports.underReports.p50} | ${result.underReports.underReports.p95} | ${result.underReports.underReports.eventLoop.p50} | ${result.underReports.underReports.eventLoop.p99} | ${result.underReports.underReports.eventLoop.max} |`,
          `| ratio (under reports ÷ idle) | ${ratio(result.underReports.underReports.p50, result.underReports.idle.p50)} | ${ratio(result.underReports.underReports.p95, result.underReports.idle.p95)} | | | |`,
        ]
      : []),
    '',
    `Same read side by side (pillar 1: ${result.sideBySide.actionsReturned} actions with owners and latest status):`,
    '',
    '| server | p50 ms | p95 ms | p99 ms | req/s | ours ÷ it, p50 | ours ÷ it, p95 | it ÷ ours, req/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ours = result.sideBySide.ours;
  for (const [server, label] of [
    ['ours', `ours (NestJS + Apollo, ${ours.sqlStatements} SQL statements)`],
    ['postgraphile', 'PostGraphile 4'],
    ['raw', 'hand-written SQL through pg (floor)'],
  ]) {
    const s = result.sideBySide[server];
    lines.push(
      `| ${label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.requestsPerSecond} | ${ratio(ours.p50, s.p50)} | ${ratio(ours.p95, s.p95)} | ${ratio(s.requestsPerSecond, ours.requestsPerSecond)} |`,
    );
  }
  return lines.join('\n');
}

/** The document scenarios measured at any scale ('—' where a scale's run predates them). */
const documentNames = (results) => [...new Set(results.flatMap((r) => (r.documents ?? []).map((d) => d.name)))];

function growthSection(results) {
  if (results.length < 2) return '';
  const names = results[0].scenarios.map((s) => s.name);
  const head = results.map((r) => `×${r.scale}`);
  const row = (name, pick) => `| ${name} | ${results.map((r) => pick(r.scenarios.find((s) => s.name === name)) ?? '—').join(' | ')} |`;
  return [
    '### Growth with the number of plans',
    '',
    `| SQL statements / request | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---:').join(' | ')} |`,
    ...names.map((name) => row(name, (s) => s?.sqlStatements)),
    `| same read (ours) | ${results.map((r) => r.sideBySide.ours.sqlStatements).join(' | ')} |`,
    ...documentNames(results).map((name) => `| ${name} | ${results.map((r) => r.documents?.find((d) => d.name === name)?.sqlStatements ?? '—').join(' | ')} |`),
    '',
    `| p50 ms | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---:').join(' | ')} |`,
    ...names.map((name) => row(name, (s) => s?.p50)),
    ...documentNames(results).map((name) => `| ${name} | ${results.map((r) => r.documents?.find((d) => d.name === name)?.p50 ?? '—').join(' | ')} |`),
    `| same read: ours | ${results.map((r) => r.sideBySide.ours.p50).join(' | ')} |`,
    `| same read: PostGraphile 4 | ${results.map((r) => r.sideBySide.postgraphile.p50).join(' | ')} |`,
    `| same read: raw SQL | ${results.map((r) => r.sideBySide.raw.p50).join(' | ')} |`,
    '',
    `| ratios on the same read | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---:').join(' | ')} |`,
    `| ours ÷ PostGraphile, p50 latency | ${results.map((r) => ratio(r.sideBySide.ours.p50, r.sideBySide.postgraphile.p50)).join(' | ')} |`,
    `| ours ÷ raw SQL, p50 latency | ${results.map((r) => ratio(r.sideBySide.ours.p50, r.sideBySide.raw.p50)).join(' | ')} |`,
    `| PostGraphile ÷ ours, req/s | ${results.map((r) => ratio(r.sideBySide.postgraphile.requestsPerSecond, r.sideBySide.ours.requestsPerSecond)).join(' | ')} |`,
    `| raw SQL ÷ ours, req/s | ${results.map((r) => ratio(r.sideBySide.raw.requestsPerSecond, r.sideBySide.ours.requestsPerSecond)).join(' | ')} |`,
    '',
    `| the overview stays flat | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---:').join(' | ')} |`,
    `| overview p95 ÷ its ×1 p95 | ${results.map((r) => ratio(r.scenarios.find((s) => s.name.startsWith('overview'))?.p95, results[0].scenarios.find((s) => s.name.startsWith('overview'))?.p95)).join(' | ')} |`,
  ].join('\n');
}

export function writeBenchmarkDoc(root) {
  const results = readResults(root);
  if (!results.length) return;
  const m = results[0].machine;
  const generated = [
    START,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}, Node ${m.node}, PostgreSQL ${results[0].postgresVersion} (embedded, same machine). Client (autocannon), API, peer and database share the cores.`,
    '',
    ...results.map(scaleSection).flatMap((section) => [section, '']),
    growthSection(results),
    END,
  ].join('\n');
  const file = join(root, 'docs/benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const [head] = current.split(START);
  const tail = current.includes(END) ? current.split(END)[1] : '\n';
  writeFileSync(file, `${head}${generated}${tail}`);
}

if (process.argv[1] && process.argv[1].endsWith('report.mjs')) writeBenchmarkDoc(process.argv[2] ?? process.cwd());
