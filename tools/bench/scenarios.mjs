// The benchmark's scenarios, as lists: each names who sends it and how to build a request. `scenarios` are GraphQL
// requests loaded by many connections at once; `documentScenarios` (the yearly report, the Excel import) are seconds
// of work each, measured one request at a time.
import ExcelJS from 'exceljs';
import { Buffer } from 'node:buffer';
import { Kind, parse, print, visit } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FEATURES = 'apps/dashboard/src/features';

/** Every fragment the dashboard's .graphql documents define, by name. */
function dashboardFragments(root) {
  const fragments = new Map();
  for (const file of readdirSync(join(root, FEATURES), { recursive: true }).filter((name) => String(name).endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(join(root, FEATURES, String(file)), 'utf8')).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** A dashboard operation exactly as the browser sends it: its .graphql document plus every fragment it spreads, transitively. */
function dashboardDocument(root, file) {
  const fragments = dashboardFragments(root);
  const operation = parse(readFileSync(join(root, FEATURES, file), 'utf8'));
  const defined = new Set(operation.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value));
  const added = new Map();
  for (const queue = [operation]; queue.length;) {
    visit(queue.pop(), {
      FragmentSpread: (node) => {
        const name = node.name.value;
        if (defined.has(name) || added.has(name)) return;
        added.set(name, fragments.get(name));
        queue.push(fragments.get(name));
      },
    });
  }
  return [operation, ...added.values()].map(print).join('\n');
}

export const UPDATE_STATUS_MUTATION = `mutation Update($input: UpdateActionStatusInput!) {
  updateActionStatus(input: $input) { ref version status progress }
}`;

/**
 * @param {string} root the repository root
 * @param {{ asOf: string, actionRef: string, updatableRefs: string[] }} data
 */
export function scenarios(root, data) {
  return [
    {
      name: 'overview — dashboard(asOf)',
      user: 'viewer',
      body: () => ({ operationName: 'Overview', query: dashboardDocument(root, 'overview/graphql/overview.graphql'), variables: { asOf: data.asOf } }),
    },
    {
      // What the page sends on each change of filter (its organisation lists are asked once and cached: ExplorerOrganisations).
      name: 'explorer page — pillar 2, in progress',
      user: 'viewer',
      body: () => ({
        operationName: 'Explorer',
        query: dashboardDocument(root, 'explorer/graphql/explorer.graphql'),
        variables: { asOf: data.asOf, filter: { pillars: [2], statuses: ['IN_PROGRESS'] } },
      }),
    },
    {
      name: 'action page with history',
      user: 'viewer',
      body: () => ({
        operationName: 'ActionPage',
        query: dashboardDocument(root, 'action/graphql/action-page.graphql'),
        variables: { ref: data.actionRef, asOf: data.asOf },
      }),
    },
    {
      name: 'updateActionStatus',
      user: 'admin',
      write: true,
      // Round robin over many actions, each request carrying the version the last answer gave for that action.
      body: (state) => {
        const ref = data.updatableRefs[state.next++ % data.updatableRefs.length];
        const version = state.versions.get(ref) ?? 20;
        const progress = 10 + (state.next % 80);
        return {
          query: UPDATE_STATUS_MUTATION,
          variables: { input: { ref, expectedVersion: version, status: 'IN_PROGRESS', progress, comment: `Bench update ${state.next}` } },
        };
      },
      onAnswer: (state, answer) => {
        const updated = answer?.data?.updateActionStatus;
        if (updated) state.versions.set(updated.ref, updated.version);
      },
    },
  ];
}

const IMPORT_PATH = '/imports/template';

/**
 * The organisation's update template as exported now, with a comment typed on every row of the PNQ itself (the
 * sectoral copies' references are outside the update input's pattern, so their rows stay untouched, yet are read).
 */
async function editedTemplate(io, organisation) {
  const exported = await io.send({ method: 'GET', path: `/exports/template.xlsx?organisation=${organisation}` });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported.body);
  const sheet = workbook.getWorksheet('Actions');
  const comment = sheet.getRow(1).values.indexOf('Commentaire');
  sheet.eachRow((line, number) => {
    if (number > 1 && !String(line.getCell(1).value).startsWith('S')) line.getCell(comment).value = `Point d’étape (banc d’essai) ${++io.edits}`;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * @param {{ organisation: string, reportRuns: number, importRuns: number }} data
 */
export function documentScenarios(data) {
  const report = (format) => ({
    name: `yearly report 2025 — ${format.toUpperCase()}, whole plan`,
    user: 'viewer',
    runs: data.reportRuns,
    prepare: async () => ({ method: 'GET', path: `/reports/annual?year=2025&format=${format}` }),
  });
  const importName = (mode) => `XLSX import ${mode} — ${data.organisation}’s template, every PNQ row commented`;
  return [
    report('pdf'),
    report('docx'),
    {
      name: importName('dry run'),
      user: 'admin',
      runs: data.importRuns,
      prepare: async (io) => ({ method: 'POST', path: IMPORT_PATH, form: { mode: 'dry-run', file: await editedTemplate(io, data.organisation) } }),
      check: (answer) => answer.json?.problems === 0 && answer.json.changes > 0,
    },
    {
      name: importName('apply'),
      user: 'admin',
      runs: data.importRuns,
      prepare: async (io) => {
        const file = await editedTemplate(io, data.organisation);
        const dryRun = await io.send({ method: 'POST', path: IMPORT_PATH, form: { mode: 'dry-run', file } });
        return { method: 'POST', path: IMPORT_PATH, form: { mode: 'apply', fileHash: dryRun.json.fileHash, file } };
      },
      check: (answer) => answer.json?.applied === true && answer.json.changes > 0,
    },
  ];
}
