import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { postImport } from './support/import-client';
import { SignedInClient, startTestApp, TestApp, testConfig } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Issue 14.4: the import checks rights before it reads, and reads off the event loop in bounded time. A viewer's
 * upload is refused at once, whatever it holds; an editor's upload of another organisation's template is refused as
 * soon as its hidden sheet names that organisation, before its Actions sheet is read.
 */

/** The template with rows appended to its Actions sheet (the sheet with data validations), as XML. */
async function withActionsRows(template: Buffer, rows: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  const contents = await Promise.all(sheets.map((file) => file.async('string')));
  const index = contents.findIndex((xml) => xml.includes('<dataValidations'));
  zip.file(sheets[index].name, contents[index].replace('</sheetData>', `${rows}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** 19,000 rows of filler text: ~40 MB of sheet XML, inside the 50 MB unzipped limit and the 5 MB upload — seconds to read. */
const heavyTemplate = (template: Buffer) => {
  const filler = 'Commentaire de remplissage pour un classeur lourd. '.repeat(40);
  return withActionsRows(
    template,
    Array.from({ length: 19_000 }, (_, i) => `<row r="${1000 + i}"><c r="I${1000 + i}" t="inlineStr"><is><t>${filler}</t></is></c></row>`).join(''),
  );
};

/** More rows than an import reads (TOO_MANY_ROWS, were they read). */
const tooManyRows = (template: Buffer) =>
  withActionsRows(
    template,
    Array.from({ length: 20_001 }, (_, i) => `<row r="${1000 + i}"><c r="A${1000 + i}" t="inlineStr"><is><t>1-2.1.${i}</t></is></c></row>`).join(''),
  );

/** What an import could have written: history, audit, versions. */
async function footprint(databaseUrl: string) {
  const [row] = await queryDatabase<{ history: number; audit: number; versions: number }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM action_status_update) AS history, (SELECT count(*)::int FROM audit_event) AS audit, (SELECT sum(version)::int FROM action) AS versions`,
  );
  return row;
}

describe('the import checks rights before reading, and reads off the event loop (issue 14.4)', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let viewer: SignedInClient;
  let imanor: SignedInClient;
  let imanorTemplate: Buffer;
  let heavy: Buffer;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    viewer = await testApp.signIn('viewer@pnq.local');
    imanor = await testApp.signIn('imanor@pnq.local');
    imanorTemplate = (await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=imanor&asOf=2025-12-31`, admin.cookie)).body;
    heavy = await heavyTemplate(imanorTemplate);
  });
  afterAll(() => testApp.close());

  it('builds a heavy workbook that stays inside the upload limits', () => {
    expect(heavy.length).toBeLessThan(5 * 1024 * 1024);
  });

  it.each([
    ['a heavy workbook (40 MB of sheet XML)', () => heavy],
    ['a zip bomb', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(1024, 0)])],
    ['a text file', () => Buffer.from('Réf.;Statut\n1-2.1.1;Terminée\n')],
    ['an organisation’s real template', () => imanorTemplate],
  ])('refuses a viewer’s upload of %s at once with FORBIDDEN, whatever it holds, and nothing else happens', async (_what, file) => {
    const before = await footprint(testApp.databaseUrl);
    const response = await postImport(testApp.baseUrl, viewer.cookie, file(), 'dry-run');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect(await footprint(testApp.databaseUrl)).toEqual(before);
  });

  it.each([
    ['its Actions sheet is too long to read', () => tooManyRows(imanorTemplate)],
    ['its Actions sheet is heavy', async () => heavy],
  ])('refuses an editor’s upload of another organisation’s template with FORBIDDEN before reading the rows, even when %s', async (_what, build) => {
    const dpcsmq = await testApp.signIn('dpcsmq@pnq.local');
    const before = await footprint(testApp.databaseUrl);
    const response = await postImport(testApp.baseUrl, dpcsmq.cookie, await build(), 'dry-run');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect(await footprint(testApp.databaseUrl)).toEqual(before);
  });

  it('still reads the rows of its own organisation’s template (TOO_MANY_ROWS for too many)', async () => {
    const response = await postImport(testApp.baseUrl, imanor.cookie, await tooManyRows(imanorTemplate), 'dry-run');
    expect(response.body.code).toBe('TOO_MANY_ROWS');
  });

  it('answers /health and queries while a heavy workbook is being read', async () => {
    let settled = false;
    const importing = postImport(testApp.baseUrl, admin.cookie, heavy, 'dry-run').finally(() => (settled = true));
    const health = await fetch(`${testApp.baseUrl}/health`);
    const query = await viewer.graphql<{ pillars: unknown[] }>('{ pillars { number } }');
    const answeredWhileReading = !settled;
    expect(health.status).toBe(200);
    expect(query.data?.pillars).toHaveLength(5);
    expect(answeredWhileReading).toBe(true);
    const result = await importing;
    expect(result.status).toBe(200);
    expect(result.body.problems).toBeGreaterThan(0); // the filler rows have no reference
  });
});

describe('reading an upload has a deadline', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { jobs: { ...testConfig().jobs, importReadSeconds: 0.001 } } });
  });
  afterAll(() => testApp.close());

  it('refuses a workbook not read within PNQ_IMPORT_READ_SECONDS with WORKBOOK_TOO_LARGE, nothing saved', async () => {
    const admin = await testApp.signIn('admin@pnq.local');
    const template = (await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=imanor&asOf=2025-12-31`, admin.cookie)).body;
    const before = await footprint(testApp.databaseUrl);
    const response = await postImport(testApp.baseUrl, admin.cookie, template, 'dry-run');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('WORKBOOK_TOO_LARGE');
    expect(response.body.message).toContain('could not be read within');
    expect(await footprint(testApp.databaseUrl)).toEqual(before);
  });
});
