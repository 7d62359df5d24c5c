import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/common/query-limits';
import { IMPORT_ZIP_LIMITS, MAX_IMPORT_ROWS } from '../src/modules/exchange/import.service';
import { download } from './support/documents';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { ref version } }`;
const validUpdate = (fields: Record<string, unknown> = {}) => ({
  input: { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', expectedVersion: 0, ...fields },
});
const nest = (levels: number): string => (levels <= 0 ? 'number' : `axes { projects { actions { project { axis { pillar { ${nest(levels - 6)} } } } } } }`);

/** What a hostile or broken request may write: nothing. */
const WRITABLE_TABLES = ['action_status_update', 'action_comment', 'audit_event', 'organisation', 'app_user', 'action'];
async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const [row] = await queryDatabase<Record<string, number>>(
    databaseUrl,
    `SELECT ${WRITABLE_TABLES.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')},
            (SELECT sum(version)::int FROM action) AS versions`,
  );
  return row;
}

/** Posts a raw body (not necessarily JSON) with the session cookie. */
async function postRaw(baseUrl: string, cookie: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: ((): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    })(),
  };
}

describe('hostile and malformed GraphQL', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let template: Buffer;
  let before: Record<string, number>;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    imanor = await testApp.signIn('imanor@pnq.local');
    template = (await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body;
    before = await rowCounts(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  const refused: [string, (client: GraphqlClient) => Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>, string][] = [
    ['fields nested 19 levels deep', (c) => c.graphql(`{ pillars { ${nest(18)} } }`), 'QUERY_TOO_DEEP'],
    ['a fragment cycle', (c) => c.graphql('{ plan { ...A } } fragment A on Plan { ...B } fragment B on Plan { ...A }'), 'GRAPHQL_VALIDATION_FAILED'],
    [
      '2,000 aliases of one field',
      (c) => c.graphql(`{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: plan { actionCount }`).join(' ')} }`),
      'TOO_MANY_ALIASES',
    ],
    [
      '20,000 aliases (past the token limit)',
      (c) => c.graphql(`{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`),
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'one fragment spread 300 times (thousands of fields once expanded)',
      (c) =>
        c.graphql(`{ pillars { ${Array(300).fill('...P').join(' ')} } } fragment P on Pillar { number name axes { number title projects { ref title } } }`),
      'QUERY_TOO_LARGE',
    ],
    [
      'fragments that double at every level (30 fragments of __typename: a billion selections once expanded)',
      (c) =>
        c.graphql(
          `{ plan { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Plan { __typename ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Plan { __typename }`,
        ),
      'QUERY_TOO_LARGE',
    ],
    [
      'introspection fields spread through doubling fragments',
      (c) =>
        c.graphql(
          `{ ...Q0 } ${Array.from({ length: 30 }, (_, i) => `fragment Q${i} on Query { __type(name: "Plan") { name } ...Q${i + 1} ...Q${i + 1} }`).join(' ')} fragment Q30 on Query { __typename }`,
        ),
      'QUERY_TOO_LARGE',
    ],
    [
      'a list of 10,000 pillars in a filter',
      (c) => c.graphql('query ($p: [Int!]) { actions(filter: { pillars: $p }) { ref } }', { p: Array(10_000).fill(1) }),
      'BAD_USER_INPUT',
    ],
    ['a page larger than the cap', (c) => c.graphql('{ actions(limit: 100000) { ref } }'), 'BAD_USER_INPUT'],
    ['a negative offset', (c) => c.graphql('{ actions(offset: -5) { ref } }'), 'BAD_USER_INPUT'],
    ['100 evidence links', (c) => c.graphql(UPDATE, validUpdate({ evidenceUrls: Array(100).fill('https://example.org/x') })), 'BAD_USER_INPUT'],
    ['a 200,000-character comment', (c) => c.graphql(UPDATE, validUpdate({ comment: 'x'.repeat(200_000) })), 'BAD_USER_INPUT'],
    ['a progress given as text', (c) => c.graphql(UPDATE, validUpdate({ progress: 'fifty' })), 'BAD_USER_INPUT'],
    ['a version given as a float', (c) => c.graphql(UPDATE, validUpdate({ expectedVersion: 1.5 })), 'BAD_USER_INPUT'],
    ['a date that does not exist', (c) => c.graphql('query ($d: CalendarDate) { dashboard(asOf: $d) { asOf } }', { d: '2026-13-45' }), 'BAD_USER_INPUT'],
    ['an unknown status', (c) => c.graphql(UPDATE, validUpdate({ status: 'DROP TABLE' })), 'BAD_USER_INPUT'],
    ['an unknown input field', (c) => c.graphql(UPDATE, validUpdate({ isAdmin: true })), 'BAD_USER_INPUT'],
    ['an unknown output field', (c) => c.graphql('{ plan { passwordHash } }'), 'GRAPHQL_VALIDATION_FAILED'],
    ['SQL in a reference', (c) => c.graphql(UPDATE, validUpdate({ ref: "3-1.1.1'; DELETE FROM action; --" })), 'BAD_USER_INPUT'],
    ['SQL in an action lookup', (c) => c.graphql(`{ action(ref: "1' OR '1'='1") { ref } }`), 'ACTION_NOT_FOUND'],
    ['SQL in an organisation key', (c) => c.graphql(`{ myActions(organisationKey: "x' OR 1=1 --") { ref } }`), 'ORGANISATION_NOT_FOUND'],
    ['a campaign id that is not a number', (c) => c.graphql('{ campaign(id: "abc") { id } }'), 'BAD_USER_INPUT'],
    ['a campaign id past the database’s integers', (c) => c.graphql('{ campaign(id: "99999999999") { id } }'), 'BAD_USER_INPUT'],
    ['a campaign id given as a negative number', (c) => c.graphql('query ($id: ID!) { campaign(id: $id) { id } }', { id: -1 }), 'BAD_USER_INPUT'],
    ['notification ids past the database’s integers', (c) => c.graphql('mutation { markNotificationsRead(ids: ["99999999999999999999"]) }'), 'BAD_USER_INPUT'],
    ['a query that is not GraphQL', (c) => c.graphql('DROP TABLE action;'), 'GRAPHQL_PARSE_FAILED'],
    ['an empty query', (c) => c.graphql(''), 'BAD_REQUEST'],
  ];

  it.each(refused)('refuses %s with a clear coded error', async (_name, send, code) => {
    const response = await send(admin);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors![0].message.length).toBeGreaterThan(10);
    expect(JSON.stringify(response.errors)).not.toMatch(/QueryFailedError|at \w+ \(|node_modules/); // no internals leaked
  });

  it('answers SQL in a search text with no match rather than an error, and logs in nobody with SQL in an email', async () => {
    const search = await admin.graphql<{ actions: unknown[] }>('query ($t: String) { actions(filter: { text: $t }) { ref } }', {
      t: "'; DROP TABLE action; --",
    });
    expect(search.errors).toBeUndefined();
    expect(search.data!.actions).toEqual([]);
    const login = (email: string) =>
      testApp.graphql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', { e: email, p: "' OR ''='" });
    expect((await login("x' OR 1=1 --")).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await login('admin@pnq.local')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a body past the size limit with 413 PAYLOAD_TOO_LARGE before parsing it', async () => {
    const body = JSON.stringify({ query: UPDATE, variables: validUpdate({ comment: 'x'.repeat(2 * 1024 * 1024) }) });
    const response = await postRaw(testApp.baseUrl, admin.cookie, body);
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it.each([
    ['truncated JSON', '{"query": "{ plan { title } "'],
    ['JSON that is a string', '"{ plan { title } }"'],
    ['a batch of operations', JSON.stringify([{ query: '{ plan { title } }' }, { query: '{ me { id } }' }])],
  ])('refuses %s with a 400 and a coded error', async (_name, body) => {
    const response = await postRaw(testApp.baseUrl, admin.cookie, body);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('keeps the limits above what the dashboard asks', () => {
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(7);
    expect(QUERY_LIMITS.maxFields).toBeGreaterThanOrEqual(200);
  });

  /** IMANOR's own template, changed by `change` (a workbook edit) and saved again. */
  const edited = async (change: (workbook: ExcelJS.Workbook) => void) => {
    const workbook = await loadWorkbook(template);
    change(workbook);
    return saveWorkbook(workbook);
  };
  /** IMANOR's own template with extra files in its zip. */
  const withFiles = async (files: Record<string, Buffer | string>) => {
    const zip = await JSZip.loadAsync(template);
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  /** Rewrites the uncompressed size a zip declares for one of its files (local header and directory), as a forger would. */
  const declareSize = (zip: Buffer, name: string, size: number) => {
    for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
      if (zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(size, at - 46 + 24);
      if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(size, at - 30 + 22);
    }
    return zip;
  };
  const cellOf = (workbook: ExcelJS.Workbook, row: number, header: string) => {
    const sheet = workbook.getWorksheet('Actions')!;
    return sheet.getRow(row).getCell((sheet.getRow(1).values as unknown[]).map(String).indexOf(header));
  };
  const bomb = () => Buffer.alloc(IMPORT_ZIP_LIMITS.maxUnzippedBytes * 2);

  const refusedFiles: [string, () => Promise<Buffer>, 'imanor' | 'admin', number, string][] = [
    ['a text file named .xlsx', async () => Buffer.from('Réf.;Statut\n1-2.1.1;Terminée\n'), 'imanor', 415, 'NOT_A_SPREADSHEET'],
    ['a PDF', async () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n'), 'imanor', 415, 'NOT_A_SPREADSHEET'],
    ['an empty file', async () => Buffer.alloc(0), 'imanor', 415, 'NOT_A_SPREADSHEET'],
    [
      'a zip that is not a workbook',
      async () => new JSZip().file('notes.txt', 'bonjour').generateAsync({ type: 'nodebuffer' }),
      'imanor',
      400,
      'NOT_AN_UPDATE_TEMPLATE',
    ],
    ['a truncated workbook', async () => template.subarray(0, Math.floor(template.length / 2)), 'imanor', 415, 'NOT_A_SPREADSHEET'],
    ['a workbook whose Actions sheet was renamed', () => edited((w) => (w.getWorksheet('Actions')!.name = 'Feuil1')), 'imanor', 400, 'NOT_AN_UPDATE_TEMPLATE'],
    ['a workbook without its hidden marker sheet', () => edited((w) => w.removeWorksheet(w.getWorksheet('pnq')!.id)), 'imanor', 400, 'NOT_AN_UPDATE_TEMPLATE'],
    [
      'a workbook whose columns were swapped',
      () =>
        edited((w) => {
          const [status, comment] = [cellOf(w, 1, 'Statut'), cellOf(w, 1, 'Commentaire')];
          [status.value, comment.value] = [comment.value, status.value];
        }),
      'imanor',
      400,
      'NOT_AN_UPDATE_TEMPLATE',
    ],
    ['a template of an older version', () => edited((w) => (w.getWorksheet('pnq')!.getCell('A2').value = 0)), 'imanor', 400, 'NOT_AN_UPDATE_TEMPLATE'],
    ['a zip bomb (a file of zeros that unzips past the limit)', () => withFiles({ 'xl/media/padding.bin': bomb() }), 'imanor', 413, 'WORKBOOK_TOO_LARGE'],
    [
      'a zip bomb that declares a small size',
      async () => declareSize(await withFiles({ 'xl/media/padding.bin': bomb() }), 'xl/media/padding.bin', 1000),
      'imanor',
      413,
      'WORKBOOK_TOO_LARGE',
    ],
    [
      'a zip of thousands of files',
      () => withFiles(Object.fromEntries(Array.from({ length: IMPORT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`xl/media/f${i}.txt`, 'x']))),
      'imanor',
      413,
      'WORKBOOK_TOO_LARGE',
    ],
    [
      'a file over the 5 MB upload limit',
      async () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(6 * 1024 * 1024, 7)]),
      'imanor',
      413,
      'FILE_TOO_LARGE',
    ],
    [
      'a sheet of thousands of rows',
      () =>
        edited((w) =>
          w.getWorksheet('Actions')!.addRows(Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`1-2.1.${i}`, '', '', '', '', 0, 'Terminée', 100])),
        ),
      'imanor',
      413,
      'TOO_MANY_ROWS',
    ],
    [
      'another organisation’s template',
      async () => (await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=dpcsmq`, admin.cookie)).body,
      'imanor',
      403,
      'FORBIDDEN',
    ],
    [
      'its own template relabelled as another organisation’s',
      () => edited((w) => (w.getWorksheet('pnq')!.getCell('A3').value = 'dpcsmq')),
      'imanor',
      403,
      'FORBIDDEN',
    ],
    [
      'a template naming an organisation with SQL',
      () => edited((w) => (w.getWorksheet('pnq')!.getCell('A3').value = "x' OR 1=1 --")),
      'admin',
      404,
      'ORGANISATION_NOT_FOUND',
    ],
  ];

  it.each(refusedFiles)('refuses %s with a clear coded error, before reading any row', async (_name, build, who, status, code) => {
    const response = await postImport(testApp.baseUrl, (who === 'admin' ? admin : imanor).cookie, await build(), 'dry-run');
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.message!.length).toBeGreaterThan(20);
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|node_modules|Error:/);
  });

  it('refuses formulas and spreadsheet-injection text in cells, and values of the wrong type, row by row; the apply saves nothing', async () => {
    const rows = {
      formula: { Statut: { formula: '"Terminée"', result: 'Terminée' } },
      hyperlinkFormula: { Commentaire: '=HYPERLINK("http://exemple.invalid","Cliquez")' },
      commandInjection: { Commentaire: "+cmd|' /C calc'!A0" },
      atFormula: { 'Lien de preuve': '@SUM(1+1)' },
      progressAsText: { 'Avancement (%)': 'cinquante', Commentaire: 'Texte' },
      statusAsNumber: { Statut: 3, Commentaire: 'Texte' },
      dateAsBoolean: { 'Date d’effet': true, Commentaire: 'Texte' },
      versionAsText: { Version: 'abc', Commentaire: 'Texte' },
      linkAsNumber: { 'Lien de preuve': 42, Commentaire: 'Texte' },
    } as Record<string, Record<string, ExcelJS.CellValue>>;
    const expected = {
      formula: ['FORMULA_NOT_ALLOWED', 'Statut'],
      hyperlinkFormula: ['FORMULA_NOT_ALLOWED', 'Commentaire'],
      commandInjection: ['FORMULA_NOT_ALLOWED', 'Commentaire'],
      atFormula: ['FORMULA_NOT_ALLOWED', 'Lien de preuve'],
      progressAsText: ['PROGRESS_OUT_OF_RANGE', 'Avancement (%)'],
      statusAsNumber: ['INVALID_STATUS', 'Statut'],
      dateAsBoolean: ['INVALID_DATE', 'Date d’effet'],
      versionAsText: ['INVALID_VERSION', 'Version'],
      linkAsNumber: ['INVALID_LINK', 'Lien de preuve'],
    } as Record<string, [string, string]>;
    const file = await edited((workbook) =>
      Object.values(rows).forEach((values, index) => {
        for (const [header, value] of Object.entries(values)) cellOf(workbook, index + 2, header).value = value;
      }),
    );
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
    expect(dryRun.status).toBe(200);
    Object.keys(rows).forEach((name, index) => {
      const row = dryRun.body.rows.find((r) => r.row === index + 2);
      expect(
        row?.problems.map((p) => [p.code, p.column]),
        name,
      ).toContainEqual(expected[name]);
    });
    const apply = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash);
    expect(apply.status).toBe(422);
    expect(apply.body.applied).toBe(false);
  });

  it('wrote nothing for any of the above, and still serves', async () => {
    expect(await rowCounts(testApp.databaseUrl)).toEqual(before);
    const health = await fetch(`${testApp.baseUrl}/health`);
    expect(health.status).toBe(200);
    const plan = await admin.graphql<{ plan: { actionCount: number } }>('{ plan { actionCount } }');
    expect(plan.data!.plan.actionCount).toBe(333);
  });

  it('stores markup in a comment as plain text, returned as the same characters (the dashboard renders it inert)', async () => {
    const markup = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const response = await admin.graphql<{ updateActionStatus: { version: number } }>(UPDATE, validUpdate({ comment: markup }));
    expect(response.errors).toBeUndefined();
    const { data } = await admin.graphql<{ action: { history: { comment: string }[] } }>('{ action(ref: "3-1.1.1") { history { comment } } }');
    expect(data!.action.history[0].comment).toBe(markup);
  });
});
