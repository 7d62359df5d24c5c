import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { rowCountsOfEveryTable } from './support/row-counts';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * The rules of libs/domain that a probe found too lenient (issue 14, item 12): an invisible comment, evidence links
 * that hide where they lead or point inside a network, a next milestone in any year, export and report dates that
 * are not dates of the plan. Each is refused with a code on every way in (GraphQL, the Excel import, the file routes),
 * nothing is written, and /health answers throughout.
 */

const UPDATE = 'mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }';
const COMMENT = 'mutation ($input: AddActionCommentInput!) { addActionComment(input: $input) { ref } }';
const RECORD = 'mutation ($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { version } }';
const update = (fields: Record<string, unknown>) => ({
  input: { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', effectiveDate: '2025-06-30', expectedVersion: 0, ...fields },
});

const INVISIBLE_COMMENTS: [string, string][] = [
  ['a zero-width space', '\u200b'],
  ['zero-width joiners and a word joiner', '\u200c\u200d\u2060'],
  ['a byte-order mark between no-break spaces', '\u00a0\ufeff\u00a0'],
  ['bidi marks', '\u200e\u200f\u202e'],
  ['an ideographic space and a Hangul filler', '\u3000\u3164'],
];

const HOSTILE_LINKS: [string, string][] = [
  ['a right-to-left override hiding the real address', 'https://evil.example/\u202egpj.am.vog.ronami'],
  ['a zero-width space inside the host', 'https://www.imanor.gov\u200b.ma/'],
  ['a trusted name as a user name (user@host)', 'https://www.imanor.gov.ma@evil.example/rapport.pdf'],
  ['a user name and password', 'https://admin:secret@www.imanor.gov.ma/'],
  ['localhost', 'http://localhost:3000/graphql'],
  ['a loopback address written as one number', 'http://2130706433/'],
  ['a private address', 'http://192.168.1.10/rapport.pdf'],
  ['the cloud metadata address (link-local)', 'http://169.254.169.254/latest/meta-data/'],
  ['an IPv6 loopback', 'http://[::1]/'],
  ['an intranet name without a dot', 'https://intranet/preuves'],
  ['a .local name', 'https://partage.ministere.local/doc'],
  ['javascript:', 'javascript:alert(document.cookie)'],
];

describe('domain rules on hostile text, links and dates', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let template: Buffer;
  let indicator: { id: string; version: number };
  let before: Record<string, number>;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    imanor = await testApp.signIn('imanor@pnq.local');
    template = (await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body;
    const indicators = await imanor.graphql<{ action: { indicators: { id: string; kind: string; version: number }[] } }>(
      '{ action(ref: "5-1.2.1") { indicators { id kind version } } }',
    );
    indicator = indicators.data!.action.indicators.find((i) => i.kind === 'QUANTITATIVE')!;
    before = await rowCountsOfEveryTable(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  const health = async () => expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);

  it.each(INVISIBLE_COMMENTS)('refuses a status update whose comment is only %s (COMMENT_REQUIRED, REASON_REQUIRED when blocked)', async (_name, comment) => {
    expect((await admin.graphql(UPDATE, update({ comment }))).errors?.[0]?.extensions?.code).toBe('COMMENT_REQUIRED');
    expect((await admin.graphql(UPDATE, update({ comment, status: 'BLOCKED' }))).errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');
    await health();
  });

  it.each(INVISIBLE_COMMENTS)('refuses an action comment that is only %s (COMMENT_REQUIRED)', async (_name, comment) => {
    expect((await admin.graphql(COMMENT, { input: { ref: '3-1.1.1', comment } })).errors?.[0]?.extensions?.code).toBe('COMMENT_REQUIRED');
  });

  it.each(HOSTILE_LINKS)('refuses as evidence %s, in status updates, comments and indicator values', async (_name, link) => {
    const answers = await Promise.all([
      admin.graphql(UPDATE, update({ evidenceUrls: [link] })),
      admin.graphql(UPDATE, update({ evidenceUrls: ['https://www.imanor.gov.ma/ok', link] })),
      admin.graphql(COMMENT, { input: { ref: '3-1.1.1', comment: 'Preuve', evidenceUrls: [link] } }),
      imanor.graphql(RECORD, {
        input: { indicatorId: Number(indicator.id), date: '2025-06-30', value: 10, expectedVersion: indicator.version, evidenceUrls: [link] },
      }),
    ]);
    for (const answer of answers) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors![0].message).toMatch(/evidence link/);
    }
    await health();
  });

  it.each([
    ['in year 9999', '9999-12-31'],
    ['in year 0100', '0100-01-01'],
    ['after the plan ends', '2036-01-01'],
    ['before the update it belongs to', '2025-06-29'],
  ])('refuses a next milestone %s (INVALID_MILESTONE_DATE)', async (_name, nextMilestoneDate) => {
    const response = await admin.graphql(UPDATE, update({ nextMilestone: 'Publication', nextMilestoneDate }));
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_MILESTONE_DATE');
  });

  it.each([
    ['/exports/actions.xlsx?asOf=2025-02-30'],
    ['/exports/actions.xlsx?asOf=0100-01-01'],
    ['/exports/actions.xlsx?asOf=9999-12-31'],
    ['/exports/template.xlsx?organisation=imanor&asOf=2025-13-01'],
    ['/exports/template.xlsx?organisation=imanor&asOf=1000-06-30'],
  ])('refuses the Excel export %s instead of answering today’s data', async (path) => {
    const response = await download(`${testApp.baseUrl}${path}`, admin.cookie);
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body.toString()) as { code: string; message: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toMatch(/asOf/);
  });

  it.each([['asOf=0100-06-30'], ['asOf=1000-12-31'], ['asOf=0999-01-01'], ['asOf=2150-01-01'], ['asOf=2019-12-31']])(
    'refuses the report %s with INVALID_REPORT_DATE, not a server error',
    async (query) => {
      const response = await download(`${testApp.baseUrl}/reports/annual?${query}&format=pdf`, admin.cookie);
      expect(response.status).toBe(400);
      expect((JSON.parse(response.body.toString()) as { code: string }).code).toBe('INVALID_REPORT_DATE');
      await health();
    },
  );

  it('refuses in the Excel import what the API refuses: hostile links and invisible comments, row by row, and saves nothing', async () => {
    const workbook = await loadWorkbook(template);
    const sheet = workbook.getWorksheet('Actions')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const set = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [header, value] of Object.entries(values)) sheet.getRow(row).getCell(headers.indexOf(header)).value = value;
    };
    HOSTILE_LINKS.forEach(([, link], index) => set(index + 2, { Statut: 'En cours', 'Avancement (%)': 10, Commentaire: 'Preuve', 'Lien de preuve': link }));
    const invisibleRow = HOSTILE_LINKS.length + 2;
    set(invisibleRow, { Statut: 'En cours', 'Avancement (%)': 20, Commentaire: '\u200b\ufeff' });
    const file = await saveWorkbook(workbook);
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
    expect(dryRun.status).toBe(200);
    HOSTILE_LINKS.forEach(([name], index) => {
      expect(
        dryRun.body.rows.find((r) => r.row === index + 2)?.problems.map((p) => p.code),
        name,
      ).toContain('INVALID_LINK');
    });
    expect(dryRun.body.rows.find((r) => r.row === invisibleRow)?.problems.map((p) => p.code)).toContain('COMMENT_REQUIRED');
    const apply = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash);
    expect(apply.body.applied).toBe(false);
  });

  it('wrote nothing for any of the above (but the import’s dry-run records), and still serves', async () => {
    const after = await rowCountsOfEveryTable(testApp.databaseUrl);
    for (const counts of [before, after]) delete counts.import_dry_run;
    expect(after).toEqual(before);
    await health();
  });

  it('still takes an ordinary update with a public evidence link and a next milestone within the plan', async () => {
    const response = await admin.graphql(
      UPDATE,
      update({ evidenceUrls: ['https://www.imanor.gov.ma/normes/rapport-2025.pdf'], nextMilestone: 'Publication au BO', nextMilestoneDate: '2026-03-31' }),
    );
    expect(response.errors).toBeUndefined();
  });
});
