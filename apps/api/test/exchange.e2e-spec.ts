import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const load = loadWorkbook;
const save = saveWorkbook;

/** The template row (1-based sheet row) of an action, and the column numbers by header. */
function locate(workbook: ExcelJS.Workbook, ref: string) {
  const sheet = workbook.getWorksheet('Actions')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const column = (header: string) => headers.indexOf(header);
  let row = -1;
  sheet.eachRow((line, number) => {
    if (line.getCell(1).value === ref) row = number;
  });
  return { sheet, row, column };
}

describe('the Excel round-trip', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let viewer: SignedInClient;
  let dpcsmq: SignedInClient;
  let imanorRefs: string[];
  let template: Buffer;

  const send = (client: SignedInClient | null, file: Buffer, mode: 'dry-run' | 'apply', fileHash?: string, name = 'modele.xlsx') =>
    postImport(testApp.baseUrl, client?.cookie ?? null, file, mode, fileHash, name);
  const historyCount = async () => Number((await queryDatabase<{ n: string }>(testApp.databaseUrl, 'SELECT count(*) AS n FROM action_status_update'))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor, viewer, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'imanor@pnq.local', 'viewer@pnq.local', 'dpcsmq@pnq.local'].map((e) => testApp.signIn(e)),
    );
    const { data } = await imanor.graphql<{ myActions: { ref: string }[] }>('{ myActions(asOf: "2025-12-31") { ref } }');
    imanorRefs = data!.myActions.map((a) => a.ref);
    const response = await download(`${testApp.baseUrl}/exports/template.xlsx`, imanor.cookie);
    expect(response.status).toBe(200);
    template = response.body;
  });
  afterAll(() => testApp.close());

  describe('export', () => {
    it('exports a filtered view with the explorer’s filters: one row per action, real headers, frozen header and filters', async () => {
      const { data } = await viewer.graphql<{ actions: { ref: string; progress: number }[] }>(
        '{ actions(asOf: "2025-12-31", filter: { pillars: [1], owner: "imanor" }) { ref progress } }',
      );
      const response = await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2025-12-31&pillar=1&owner=imanor`, viewer.cookie);
      expect(response.status).toBe(200);
      expect(response.type).toContain('spreadsheetml');
      const sheet = (await load(response.body)).getWorksheet('Actions')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Réf.',
        'Pilier',
        'Axe',
        'Projet',
        'Action',
        'Responsables',
        'Partenaires',
        'Échéance',
        'Date d’échéance',
        'Statut',
        'Avancement (%)',
        'Santé',
        'Dernière mise à jour',
        'Version',
        'Dernier commentaire',
        'Financement',
        'Coût estimé (MAD)',
        'Acquis (MAD)',
        'Décaissé (MAD)',
        'Reste à financer (MAD)',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      const refs: string[] = [];
      sheet.eachRow((line, n) => n > 1 && refs.push(String(line.getCell(1).value)));
      expect(refs).toEqual(data!.actions.map((a) => a.ref));
      expect(refs.length).toBeGreaterThan(0);
      expect(String(sheet.getRow(2).getCell(6).value)).toContain('IMANOR');
    });

    it('exports the whole plan without filters', async () => {
      const response = await download(`${testApp.baseUrl}/exports/actions.xlsx`, viewer.cookie);
      expect((await load(response.body)).getWorksheet('Actions')!.rowCount).toBe(334);
    });

    it('gives an organisation its update template: instructions first, its actions with state and version, validation lists', async () => {
      const workbook = await load(template);
      expect(workbook.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['Instructions', 'Actions']);
      const { sheet, column } = locate(workbook, imanorRefs[0]);
      expect(sheet.rowCount - 1).toBe(imanorRefs.length);
      expect(sheet.getRow(2).getCell(column('Statut')).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Non démarrée,En cours,Terminée,Bloquée,Annulée"'],
      });
      expect(sheet.getRow(2).getCell(column('Avancement (%)')).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 100] });
      expect(sheet.getRow(2).getCell(column('Version')).value).toBe(0);
      expect(sheet.getRow(2).getCell(column('Statut')).value).toBe('Non démarrée');
    });

    it('counts the template’s actions in its instructions with a real plural, never « action(s) »', async () => {
      const line = String((await load(template)).getWorksheet('Instructions')!.getRow(2).getCell(1).value);
      expect(line).toContain(`${imanorRefs.length} actions dont l’organisation est responsable ou pilote.`);
    });

    it('keeps other organisations’ templates to the secretariat', async () => {
      expect((await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=imanor`, dpcsmq.cookie)).status).toBe(403);
      expect((await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=imanor`, admin.cookie)).status).toBe(200);
      expect((await download(`${testApp.baseUrl}/exports/template.xlsx`, viewer.cookie)).status).toBe(400);
      expect((await download(`${testApp.baseUrl}/exports/actions.xlsx`)).status).toBe(401);
    });
  });

  describe('import', () => {
    it('changes nothing when the template comes back unchanged', async () => {
      const before = await historyCount();
      const dryRun = await send(imanor, template, 'dry-run');
      expect(dryRun.status).toBe(200);
      expect(dryRun.body).toMatchObject({ rows: [], changes: 0, problems: 0, unchanged: imanorRefs.length, applied: false });
      const applied = await send(imanor, template, 'apply', dryRun.body.fileHash);
      expect(applied.status).toBe(200);
      expect(applied.body).toMatchObject({ rows: [], changes: 0, applied: true });
      expect(await historyCount()).toBe(before);
    });

    it('leaves alone a row nobody edited even when its action moved on since the export', async () => {
      const workbook = await load(template);
      const ref = imanorRefs[imanorRefs.length - 1];
      const moved = await imanor.graphql(
        `mutation { updateActionStatus(input: { ref: "${ref}", status: IN_PROGRESS, progress: 15, comment: "Mis à jour dans l’application", effectiveDate: "2025-08-01", expectedVersion: 0 }) { version } }`,
      );
      expect(moved.errors).toBeUndefined();
      const dryRun = await send(imanor, await save(workbook), 'dry-run');
      expect(dryRun.body).toMatchObject({ rows: [], changes: 0, problems: 0, unchanged: imanorRefs.length });
      const { row, sheet, column } = locate(workbook, ref);
      sheet.getRow(row).getCell(column('Avancement (%)')).value = 25;
      sheet.getRow(row).getCell(column('Statut')).value = 'En cours';
      sheet.getRow(row).getCell(column('Commentaire')).value = 'Saisi dans le fichier';
      const edited = await send(imanor, await save(workbook), 'dry-run');
      expect(edited.body.rows).toMatchObject([
        { row, ref, before: { status: 'IN_PROGRESS', progress: 15, version: 1 }, problems: [{ code: 'STALE_VERSION' }] },
      ]);
    });

    it('applies exactly the edits of an edited template, through the tracking rules, audited', async () => {
      const workbook = await load(template);
      const [first, second] = imanorRefs;
      const a = locate(workbook, first);
      a.sheet.getRow(a.row).getCell(a.column('Statut')).value = 'En cours';
      a.sheet.getRow(a.row).getCell(a.column('Avancement (%)')).value = 35;
      a.sheet.getRow(a.row).getCell(a.column('Commentaire')).value = 'Comité de pilotage installé — procès-verbal signé';
      a.sheet.getRow(a.row).getCell(a.column('Date d’effet')).value = new Date(Date.UTC(2025, 8, 30));
      a.sheet.getRow(a.row).getCell(a.column('Lien de preuve')).value = 'https://www.imanor.gov.ma/pv-comite';
      const b = locate(workbook, second);
      b.sheet.getRow(b.row).getCell(b.column('Statut')).value = 'Bloquée';
      b.sheet.getRow(b.row).getCell(b.column('Avancement (%)')).value = 10;
      b.sheet.getRow(b.row).getCell(b.column('Commentaire')).value = 'En attente du budget';
      b.sheet.getRow(b.row).getCell(b.column('Date d’effet')).value = '15/10/2025';
      const file = await save(workbook);
      const before = await historyCount();

      const dryRun = await send(imanor, file, 'dry-run');
      const anyTitle: unknown = expect.any(String); // vitest types its matchers `any`
      expect(dryRun.body.problems).toBe(0);
      expect(dryRun.body.rows).toEqual([
        {
          row: a.row,
          ref: first,
          title: anyTitle,
          problems: [],
          before: { status: 'NOT_STARTED', progress: 0, version: 0 },
          after: {
            status: 'IN_PROGRESS',
            progress: 35,
            comment: 'Comité de pilotage installé — procès-verbal signé',
            effectiveDate: '2025-09-30',
            evidenceUrls: ['https://www.imanor.gov.ma/pv-comite'],
          },
        },
        {
          row: b.row,
          ref: second,
          title: anyTitle,
          problems: [],
          before: { status: 'NOT_STARTED', progress: 0, version: 0 },
          after: { status: 'BLOCKED', progress: 10, comment: 'En attente du budget', effectiveDate: '2025-10-15', evidenceUrls: [] },
        },
      ]);
      expect(await historyCount()).toBe(before);

      const applied = await send(imanor, file, 'apply', dryRun.body.fileHash);
      expect(applied.status).toBe(200);
      expect(applied.body).toMatchObject({ applied: true, changes: 2 });
      expect(await historyCount()).toBe(before + 2);
      const { data } = await viewer.graphql<{ a: { version: number; history: Record<string, unknown>[] } }>(
        `{ a: action(ref: "${first}") { version history { status progress comment effectiveDate evidenceUrls author { name organisation { key } } } } }`,
      );
      expect(data!.a).toEqual({
        version: 1,
        history: [
          {
            status: 'IN_PROGRESS',
            progress: 35,
            comment: 'Comité de pilotage installé — procès-verbal signé',
            effectiveDate: '2025-09-30',
            evidenceUrls: ['https://www.imanor.gov.ma/pv-comite'],
            author: { name: 'Éditeur IMANOR (démo)', organisation: { key: 'imanor' } },
          },
        ],
      });
      const audit = await queryDatabase<{ operation: string; entity_key: string }>(
        testApp.databaseUrl,
        `SELECT operation, entity_key FROM audit_event WHERE operation IN ('importStatusUpdates', 'updateActionStatus') ORDER BY id DESC LIMIT 3`,
      );
      expect(audit.map((e) => e.operation)).toEqual(['importStatusUpdates', 'updateActionStatus', 'updateActionStatus']);

      // The dry run was used by that apply: replaying it is refused; checked again, the same file is now stale.
      const replay = await send(imanor, file, 'apply', dryRun.body.fileHash);
      expect(replay).toMatchObject({ status: 428, body: { code: 'DRY_RUN_REQUIRED' } });
      const recheck = await send(imanor, file, 'dry-run');
      const again = await send(imanor, file, 'apply', recheck.body.fileHash);
      expect(again.status).toBe(422);
      expect(again.body.applied).toBe(false);
      expect(again.body.rows.map((r) => r.problems[0]?.code)).toEqual(['STALE_VERSION', 'STALE_VERSION']);
      expect(await historyCount()).toBe(before + 2);
    });

    it('applies nothing when one row is bad, and names that row and its problem', async () => {
      const workbook = await load((await download(`${testApp.baseUrl}/exports/template.xlsx`, imanor.cookie)).body);
      const good = locate(workbook, imanorRefs[2]);
      good.sheet.getRow(good.row).getCell(good.column('Statut')).value = 'En cours';
      good.sheet.getRow(good.row).getCell(good.column('Avancement (%)')).value = 20;
      good.sheet.getRow(good.row).getCell(good.column('Commentaire')).value = 'Démarrage';
      const bad = locate(workbook, imanorRefs[3]);
      bad.sheet.getRow(bad.row).getCell(bad.column('Avancement (%)')).value = 140;
      bad.sheet.getRow(bad.row).getCell(bad.column('Commentaire')).value = 'Trop';
      const file = await save(workbook);
      const before = await historyCount();
      const dryRun = await send(imanor, file, 'dry-run');
      expect(dryRun.body.problems).toBe(1);
      expect(dryRun.body.rows.find((r) => r.problems.length)).toMatchObject({
        row: bad.row,
        ref: imanorRefs[3],
        problems: [{ code: 'PROGRESS_OUT_OF_RANGE', column: 'Avancement (%)' }],
      });
      const applied = await send(imanor, file, 'apply', dryRun.body.fileHash);
      expect(applied.status).toBe(422);
      expect(applied.body.applied).toBe(false);
      expect(await historyCount()).toBe(before);
    });

    it('reports every kind of problem with its sheet row: unknown reference, not the organisation’s, duplicate, missing comment, bad date, bad status, future date, stale version, empty progress', async () => {
      const workbook = await load((await download(`${testApp.baseUrl}/exports/template.xlsx?organisation=imanor`, admin.cookie)).body);
      const { sheet, column } = locate(workbook, imanorRefs[4]);
      const fill = (line: ExcelJS.Row, values: Record<string, unknown>) => {
        for (const [header, value] of Object.entries(values)) line.getCell(column(header)).value = value as ExcelJS.CellValue;
        return line.number;
      };
      const add = (values: Record<string, unknown>) => fill(sheet.addRow([]), values);
      const edit = (ref: string, values: Record<string, unknown>) => fill(sheet.getRow(locate(workbook, ref).row), values);
      const base = { Version: 0, Statut: 'En cours', 'Avancement (%)': 10, Commentaire: 'Texte' };
      const rows = {
        UNKNOWN_REF: add({ ...base, 'Réf.': '9-9.9.9' }),
        NOT_ORGANISATION_ACTION: add({ ...base, 'Réf.': '3-1.1.1' }),
        DUPLICATE_ROW: add({ ...base, 'Réf.': imanorRefs[4] }),
        COMMENT_REQUIRED: edit(imanorRefs[5], { ...base, Commentaire: '' }),
        INVALID_DATE: edit(imanorRefs[6], { ...base, 'Date d’effet': '31/02/2025' }),
        INVALID_STATUS: edit(imanorRefs[7], { ...base, Statut: 'Fini' }),
        INVALID_EFFECTIVE_DATE: edit(imanorRefs[8], { ...base, 'Date d’effet': '2999-01-01' }),
        STALE_VERSION: edit(imanorRefs[9], { ...base, Version: 7 }),
        PROGRESS_REQUIRED: edit(imanorRefs[10], { ...base, 'Avancement (%)': null }),
      };
      const dryRun = await send(admin, await save(workbook), 'dry-run');
      expect(dryRun.status).toBe(200);
      for (const [code, row] of Object.entries(rows)) {
        expect(
          dryRun.body.rows.find((r) => r.row === row)?.problems.map((p) => p.code),
          code,
        ).toContain(code);
      }
      expect(dryRun.body.problems).toBe(Object.keys(rows).length);
    });

    it('refuses a file that is not a spreadsheet, a foreign workbook, a changed file and a file too large, with coded errors and nothing written', async () => {
      const before = await historyCount();
      const text = await send(imanor, Buffer.from('Réf.;Statut\n1-2.1.1;Terminée\n'), 'dry-run', undefined, 'faux.xlsx');
      expect(text).toMatchObject({ status: 415, body: { code: 'NOT_A_SPREADSHEET' } });
      const zip = await send(imanor, Buffer.from('PK\u0003\u0004 not really a zip'), 'dry-run');
      expect(zip).toMatchObject({ status: 415, body: { code: 'NOT_A_SPREADSHEET' } });
      const foreign = new ExcelJS.Workbook();
      foreign.addWorksheet('Feuil1').addRow(['Réf.', 'Statut']);
      expect(await send(imanor, await save(foreign), 'dry-run')).toMatchObject({ status: 400, body: { code: 'NOT_AN_UPDATE_TEMPLATE' } });
      expect(await send(imanor, template, 'apply', '0'.repeat(64))).toMatchObject({ status: 409, body: { code: 'IMPORT_CHANGED_SINCE_DRY_RUN' } });
      expect(await send(imanor, Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'dry-run')).toMatchObject({ status: 413, body: { code: 'FILE_TOO_LARGE' } });
      expect(await historyCount()).toBe(before);
    });

    it('lets only the organisation’s editors and the secretariat import its template', async () => {
      expect(await send(viewer, template, 'dry-run')).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(await send(dpcsmq, template, 'dry-run')).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(await send(null, template, 'dry-run')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
      expect((await send(admin, template, 'dry-run')).status).toBe(200);
    });
  });
});
