import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executableBytes, PDF_BYTES, pdfOfSize, PNG_BYTES, postEvidence, postEvidenceStream } from './support/evidence-client';
import { rowCountsOfEveryTable } from './support/row-counts';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/** 2-4.1.2: IMANOR owns it, SEMAC is a partner; DPCSMQ is neither. */
const REF = '2-4.1.2';
const MIB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface FileView {
  id: number;
  name: string;
  sizeBytes: number;
  viewerCanWithdraw: boolean;
  withdrawal: { reason: string; withdrawnBy: { name: string } | null } | null;
}
const FILES = `query ($ref: String!) { action(ref: $ref) { evidenceFileCount evidenceFiles { id name sizeBytes viewerCanWithdraw withdrawal { reason withdrawnBy { name } } } } }`;
const WITHDRAW = 'mutation ($i: WithdrawEvidenceFileInput!) { withdrawEvidenceFile(input: $i) { id withdrawal { reason } } }';

describe('evidence files on an action', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let viewer: SignedInClient;
  let imanor: SignedInClient;
  let semac: SignedInClient;
  let dpcsmq: SignedInClient;
  const download = (id: number | string, cookie?: string) => fetch(`${testApp.baseUrl}/evidence/files/${id}`, { headers: cookie ? { cookie } : {} });
  const upload = (who: SignedInClient | null, name: string, bytes: Uint8Array, ref = REF) =>
    postEvidence(testApp.baseUrl, who?.cookie ?? null, ref, name, bytes);

  beforeAll(async () => {
    testApp = await startTestApp({ config: { evidence: { maxFileBytes: MIB, organisationQuotaBytes: 3 * MIB, s3: null } } });
    [admin, viewer, imanor, semac, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'semac@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
  });
  afterAll(() => testApp.close());

  it('keeps a PDF an owner attaches, and a viewer downloads it byte-identical, as an attachment never sniffed nor run', async () => {
    const sent = await upload(imanor, 'Norme publiée.pdf', PDF_BYTES);
    expect(sent).toMatchObject({
      status: 201,
      body: { name: 'Norme publiée.pdf', mime: 'application/pdf', sizeBytes: PDF_BYTES.length, sha256: sha256(PDF_BYTES) },
    });
    const response = await download(sent.body.id!, viewer.cookie);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(
      Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy'].map((h) => [h, response.headers.get(h)])),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Norme publiee.pdf"; filename*=UTF-8''Norme%20publi%C3%A9e.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    const preview = await fetch(`${testApp.baseUrl}/evidence/files/${sent.body.id}?inline=1`, { headers: { cookie: viewer.cookie } });
    expect([preview.headers.get('content-disposition'), preview.headers.get('x-content-type-options'), preview.headers.get('content-security-policy')]).toEqual(
      ['inline', 'nosniff', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"],
    );
    const { data } = await viewer.graphql<{ action: { evidenceFileCount: number; evidenceFiles: FileView[] } }>(FILES, { ref: REF });
    expect(data!.action.evidenceFiles.find((f) => f.id === sent.body.id)).toMatchObject({
      name: 'Norme publiée.pdf',
      viewerCanWithdraw: false,
      withdrawal: null,
    });
    expect(data!.action.evidenceFileCount).toBeGreaterThanOrEqual(1);
  });

  it('keeps Word and Excel documents and images from partners too, their type read from their content', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Présence').addRow(['Nom', 'Organisme']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await upload(semac, 'liste de présence.xlsx', xlsx)).toMatchObject({
      status: 201,
      body: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(await upload(semac, 'photo atelier.PNG', PNG_BYTES)).toMatchObject({ status: 201, body: { mime: 'image/png', name: 'photo atelier.png' } });
  });

  it.each<[string, string, () => Uint8Array, number, string]>([
    ['an executable renamed .pdf', 'rapport.pdf', executableBytes, 415, 'FILE_TYPE_NOT_ALLOWED'],
    [
      'an SVG carrying a script',
      'schema.svg',
      () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    [
      'an HTML page renamed .pdf',
      'page.pdf',
      () => new TextEncoder().encode('<!doctype html><script>fetch("/graphql")</script>'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    ['a PNG named .pdf', 'rapport.pdf', () => PNG_BYTES, 415, 'FILE_TYPE_MISMATCH'],
    ['an empty file', 'vide.pdf', () => new Uint8Array(0), 400, 'FILE_REQUIRED'],
    ['a file over the size limit', 'gros.pdf', () => pdfOfSize(MIB + 1), 413, 'FILE_TOO_LARGE'],
  ])('refuses %s with its code, and keeps nothing', async (_case, name, bytes, status, code) => {
    const before = await rowCountsOfEveryTable(testApp.databaseUrl);
    expect(await upload(imanor, name, bytes())).toMatchObject({ status, body: { code } });
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
  });

  it('refuses uploads from whoever may not write on the action, before reading the file', async () => {
    const before = await rowCountsOfEveryTable(testApp.databaseUrl);
    expect(await upload(viewer, 'preuve.pdf', PDF_BYTES)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await upload(dpcsmq, 'preuve.pdf', PDF_BYTES)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await upload(null, 'preuve.pdf', PDF_BYTES)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'preuve.pdf', PDF_BYTES, {})).toMatchObject({
      status: 403,
      body: { code: 'CROSS_SITE_REQUEST' },
    });
    expect(await upload(imanor, 'preuve.pdf', PDF_BYTES, '9-9.9.9')).toMatchObject({ status: 404, body: { code: 'ACTION_NOT_FOUND' } });
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
  });

  it('offers a file only to those signed in, also through a guessed identifier', async () => {
    const { body } = await upload(imanor, 'convention signée.pdf', PDF_BYTES);
    for (const id of [body.id!, body.id! + 1, 999_999]) expect((await download(id)).status).toBe(401);
    expect((await (await download(999_999, viewer.cookie)).json()) as object).toMatchObject({ code: 'EVIDENCE_FILE_NOT_FOUND' });
    expect((await download('1 OR 1=1', viewer.cookie)).status).toBe(400);
  });

  it('keeps a safe name: no path, no invisible or bidirectional characters', async () => {
    const { status, body } = await upload(imanor, '..\\..\\rapport\u202Efdp.pdf', PDF_BYTES);
    expect(status).toBe(201);
    expect(body.name).toBe('rapportfdp.pdf');
  });

  it('withdraws a file with a reason (its author or the secretariat): it no longer downloads, the withdrawal shows and is audited', async () => {
    const { body } = await upload(imanor, 'mauvais fichier.pdf', PDF_BYTES);
    const id = body.id!;
    expect((await semac.graphql(WITHDRAW, { i: { id, reason: 'Pas le bon' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await imanor.graphql(WITHDRAW, { i: { id, reason: '   ' } })).errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');
    expect((await imanor.graphql(WITHDRAW, { i: { id, reason: 'Version non signée' } })).errors).toBeUndefined();
    expect((await admin.graphql(WITHDRAW, { i: { id, reason: 'Encore' } })).errors?.[0]?.extensions?.code).toBe('EVIDENCE_FILE_ALREADY_WITHDRAWN');
    const gone = await download(id, viewer.cookie);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ code: 'EVIDENCE_FILE_WITHDRAWN' });
    const { data } = await viewer.graphql<{ action: { evidenceFiles: FileView[] } }>(FILES, { ref: REF });
    const withdrawn = data!.action.evidenceFiles.find((f) => f.id === id);
    expect(withdrawn?.withdrawal?.reason).toBe('Version non signée');
    expect(withdrawn?.withdrawal?.withdrawnBy?.name).toBeTruthy();
    expect(withdrawn?.viewerCanWithdraw).toBe(false);
    const audit = await queryDatabase<{ operation: string }>(
      testApp.databaseUrl,
      `SELECT operation FROM audit_event WHERE entity = 'evidence_file' AND entity_key = $1`,
      [String(id)],
    );
    expect(audit).toEqual([{ operation: 'withdrawEvidenceFile' }]);
    const [{ n }] = await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM evidence_file WHERE id = $1', [id]);
    expect(n).toBe(1); // kept
  });

  it('attaches files to a status update, a comment or an indicator value of the action, by whoever entered it (or the secretariat)', async () => {
    const { data: before } = await imanor.graphql<{ action: { version: number } }>(`{ action(ref: "${REF}") { version } }`);
    const updated = await imanor.graphql<{ updateActionStatus: { history: { id: string; version: number }[] } }>(
      'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { history { id version } } }',
      {
        i: {
          ref: REF,
          status: 'IN_PROGRESS',
          progress: 40,
          comment: 'Norme publiée au BO',
          effectiveDate: '2025-06-30',
          evidenceUrls: [],
          expectedVersion: before!.action.version,
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    const statusUpdateId = updated.data!.updateActionStatus.history.reduce((a, b) => (b.version > a.version ? b : a)).id;
    const commented = await semac.graphql<{ addActionComment: { comments: { id: string }[] } }>(
      'mutation ($i: AddActionCommentInput!) { addActionComment(input: $i) { comments { id } } }',
      { i: { ref: REF, comment: 'Voici la liste de présence' } },
    );
    const commentId = commented.data!.addActionComment.comments.map((c) => Number(c.id)).sort((a, b) => b - a)[0];
    const { data: measured } = await imanor.graphql<{ action: { indicators: { id: string; kind: string; version: number }[] } }>(
      `{ action(ref: "${REF}") { indicators { id kind version } } }`,
    );
    const indicator = measured!.action.indicators[0];
    const recorded = await imanor.graphql<{ recordIndicatorValue: { values: { id: string; version: number }[] } }>(
      'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { values { id version } } }',
      {
        i: {
          indicatorId: Number(indicator.id),
          date: '2025-06-30',
          ...(indicator.kind === 'QUANTITATIVE' ? { value: 3 } : { achieved: true }),
          evidenceUrls: [],
          expectedVersion: indicator.version,
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const valueId = recorded.data!.recordIndicatorValue.values.reduce((a, b) => (b.version > a.version ? b : a)).id;
    const attach = (who: SignedInClient, query: string, ref = REF) => postEvidence(testApp.baseUrl, who.cookie, `${ref}?${query}`, 'preuve.pdf', PDF_BYTES);
    expect(await attach(imanor, `statusUpdate=${statusUpdateId}`)).toMatchObject({ status: 201 });
    expect(await attach(admin, `statusUpdate=${statusUpdateId}`)).toMatchObject({ status: 201 });
    expect(await attach(semac, `comment=${commentId}`)).toMatchObject({ status: 201 });
    expect(await attach(imanor, `indicatorValue=${valueId}`)).toMatchObject({ status: 201 });
    const before2 = await rowCountsOfEveryTable(testApp.databaseUrl);
    expect(await attach(semac, `statusUpdate=${statusUpdateId}`)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await attach(imanor, `statusUpdate=${statusUpdateId}`, '1-2.1.1')).toMatchObject({ status: 404, body: { code: 'EVIDENCE_ENTRY_NOT_FOUND' } });
    expect(await attach(imanor, `statusUpdate=${statusUpdateId}&comment=${commentId}`)).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before2);
    const { data } = await viewer.graphql<{
      action: { evidenceFiles: { statusUpdateId: string | null; commentId: string | null; indicatorValueId: string | null }[] };
    }>(`{ action(ref: "${REF}") { evidenceFiles { statusUpdateId commentId indicatorValueId } } }`);
    expect(data!.action.evidenceFiles.filter((f) => f.statusUpdateId === statusUpdateId)).toHaveLength(2);
    expect(data!.action.evidenceFiles.filter((f) => f.commentId === String(commentId))).toHaveLength(1);
    expect(data!.action.evidenceFiles.filter((f) => f.indicatorValueId === valueId)).toHaveLength(1);
  });

  it('keeps nothing of an upload the client abandons half-way, and the organisation can upload again', async () => {
    const before = await rowCountsOfEveryTable(testApp.databaseUrl);
    const abandon = new AbortController();
    async function* halfAFile() {
      yield pdfOfSize(300 * 1024);
      yield new Uint8Array(300 * 1024);
      await new Promise((resolve) => setTimeout(resolve, 300));
      abandon.abort();
    }
    await expect(postEvidenceStream(testApp.baseUrl, imanor.cookie, REF, 'coupé.pdf', halfAFile(), abandon.signal)).rejects.toThrow();
    await expect.poll(() => rowCountsOfEveryTable(testApp.databaseUrl), { timeout: 10_000 }).toEqual(before);
    expect((await upload(imanor, 'après coupure.pdf', PDF_BYTES)).status).toBe(201);
  });

  it('refuses an upload past the organisation’s quota, and keeps nothing', async () => {
    // The secretariat's own files (last: it fills their quota; one small file already): 3 MiB allowed, each at most 1 MiB.
    for (const size of [MIB, MIB, MIB - 1024]) expect((await upload(admin, `lot-${size}.pdf`, pdfOfSize(size))).status).toBe(201);
    const before = await rowCountsOfEveryTable(testApp.databaseUrl);
    expect(await upload(admin, 'un de trop.pdf', pdfOfSize(2048))).toMatchObject({ status: 413, body: { code: 'EVIDENCE_QUOTA_EXCEEDED' } });
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
  });
});
