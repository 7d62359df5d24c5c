import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';
import { codeOf } from './support/http-probe';
import { docxParts, download } from './support/documents';
import { loadWorkbook } from './support/import-client';

/** 2-4.1.2: IMANOR owns it, SEMAC is a partner; DPCSMQ is neither. */
const REF = '2-4.1.2';
const COMMENT = 'mutation ($input: AddActionCommentInput!) { addActionComment(input: $input) { ref } }';
const THREAD = `{ action(ref: "${REF}") { comments { id comment replyToId correctsId correctedById author { name } } } }`;
const BELL = '{ myNotifications(limit: 20) { kind items { kind ref title organisation } } }';

interface ThreadEntry {
  id: string;
  comment: string;
  replyToId: string | null;
  correctsId: string | null;
  correctedById: string | null;
}

describe('the discussion on an action, over real PostgreSQL', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let viewer: SignedInClient;
  let imanor: GraphqlClient;
  let semac: GraphqlClient;
  let dpcsmq: GraphqlClient;
  const comment = (client: GraphqlClient, input: Record<string, unknown>) => client.graphql(COMMENT, { input: { ref: REF, ...input } });
  const thread = async () => (await viewer.graphql<{ action: { comments: ThreadEntry[] } }>(THREAD)).data!.action.comments;
  const byText = async (text: string) => (await thread()).find((c) => c.comment === text)!;

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, viewer, imanor, semac, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'semac@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
  });
  afterAll(() => testApp.close());

  it('lets a partner mention IMANOR: its editor sees it in the bell and replies to it', async () => {
    expect(codeOf(await comment(semac, { comment: 'Le projet de norme est prêt, @IMANOR peut-il le valider ?' }))).toBeUndefined();
    const bell = await imanor.graphql<{ myNotifications: { kind: string; items: { kind: string; ref: string; title: string; organisation: string }[] }[] }>(
      BELL,
    );
    expect(bell.data!.myNotifications[0]).toMatchObject({ kind: 'MENTION', items: [{ kind: 'MENTION', ref: REF, organisation: 'SEMAC' }] });
    expect(bell.data!.myNotifications[0].items[0].title).toBeTruthy();
    const question = await byText('Le projet de norme est prêt, @IMANOR peut-il le valider ?');
    expect(codeOf(await comment(imanor, { comment: 'Validé, merci @semac@pnq.local', replyToId: question.id }))).toBeUndefined();
    expect(await byText('Validé, merci @semac@pnq.local')).toMatchObject({ replyToId: question.id, correctsId: null });
    const semacBell = await semac.graphql<{ myNotifications: { kind: string; items: { organisation: string }[] }[] }>(BELL);
    expect(semacBell.data!.myNotifications[0]).toMatchObject({ kind: 'MENTION', items: [{ organisation: 'IMANOR' }] });
  });

  it('does not notify the author who mentions their own organisation, nor anyone for an unknown handle', async () => {
    const before = await queryDatabase<{ n: number }>(testApp.databaseUrl, `SELECT count(*)::int AS n FROM notification WHERE kind = 'MENTION'`);
    expect(codeOf(await comment(imanor, { comment: 'Note interne @IMANOR et @INCONNU' }))).toBeUndefined();
    const after = await queryDatabase<{ n: number }>(testApp.databaseUrl, `SELECT count(*)::int AS n FROM notification WHERE kind = 'MENTION'`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('keeps a corrected comment and marks it corrected by the new entry (append-only)', async () => {
    await comment(semac, { comment: 'Réunion le 12 mars' });
    const original = await byText('Réunion le 12 mars');
    expect(codeOf(await comment(semac, { comment: 'Réunion le 13 mars', correctsId: original.id }))).toBeUndefined();
    const correction = await byText('Réunion le 13 mars');
    expect(correction.correctsId).toBe(original.id);
    expect(await byText('Réunion le 12 mars')).toMatchObject({ correctedById: correction.id });
    expect(codeOf(await comment(semac, { comment: 'Réunion le 14 mars', correctsId: original.id }))).toBe('COMMENT_ALREADY_CORRECTED');
    expect(codeOf(await comment(imanor, { comment: 'Réunion le 15 mars', correctsId: correction.id }))).toBe('NOT_COMMENT_AUTHOR');
    expect(codeOf(await comment(semac, { comment: 'Les deux', correctsId: correction.id, replyToId: correction.id }))).toBe('BAD_USER_INPUT');
  });

  it('refuses an answer to a comment of another action or one that does not exist', async () => {
    await admin.graphql(COMMENT, { input: { ref: '3-1.1.1', comment: 'Ailleurs' } });
    const [elsewhere] = await queryDatabase<{ id: string }>(testApp.databaseUrl, `SELECT id::text AS id FROM action_comment WHERE comment = 'Ailleurs'`);
    expect(codeOf(await comment(semac, { comment: 'Réponse égarée', replyToId: elsewhere.id }))).toBe('COMMENT_NOT_FOUND');
    expect(codeOf(await comment(semac, { comment: 'Réponse égarée', replyToId: '999999' }))).toBe('COMMENT_NOT_FOUND');
    expect((await thread()).some((c) => c.comment === 'Réponse égarée')).toBe(false);
  });

  it('lets owners, partners and the secretariat write, and viewers and other organisations only read', async () => {
    expect(codeOf(await comment(admin, { comment: 'Le secrétariat suit' }))).toBeUndefined();
    expect(codeOf(await comment(viewer, { comment: 'Un membre du comité' }))).toBe('FORBIDDEN');
    expect(codeOf(await comment(dpcsmq, { comment: 'Une autre organisation' }))).toBe('FORBIDDEN');
    expect((await dpcsmq.graphql<{ action: { comments: unknown[] } }>(THREAD)).data!.action.comments.length).toBeGreaterThan(0);
  });

  it('keeps markup as the text it is: stored and returned as written, never interpreted', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script> **gras** [lien](javascript:alert(3))';
    expect(codeOf(await comment(semac, { comment: markup }))).toBeUndefined();
    expect((await byText(markup)).comment).toBe(markup);
  });

  it('repeats the mentions since the previous run in the daily digest mail', async () => {
    const run = await admin.graphql('mutation { runReminders(asOf: "2035-12-31") { status } }');
    expect(codeOf(run)).toBeUndefined();
    const mails = await queryDatabase<{ text: string }>(
      testApp.databaseUrl,
      `SELECT text_body AS text FROM mail_message WHERE recipient_email = 'imanor@pnq.local' AND mail_date = '2035-12-31'`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(REF);
    expect(mails[0].text).toContain('SEMAC');
  });

  it('puts the latest comment of each action by the date in the explorer’s Excel export', async () => {
    await comment(semac, { comment: 'Dernier mot de la discussion' });
    const response = await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2035-12-31&pillar=2`, viewer.cookie);
    const sheet = (await loadWorkbook(response.body)).getWorksheet('Actions')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = headers.indexOf('Dernier commentaire') + 1;
    expect(column).toBeGreaterThan(0);
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const row = rows.find((r) => r[1] === REF)!;
    expect(String(row[column])).toMatch(/^\d{4}-\d{2}-\d{2} — Dernier mot de la discussion$/);
    const early = await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2025-01-01&pillar=2`, viewer.cookie);
    const earlyRow = ((await loadWorkbook(early.body)).getWorksheet('Actions')!.getSheetValues().filter(Boolean) as unknown[][]).find((r) => r[1] === REF)!;
    expect(earlyRow[column] ?? '').toBe('');
  });

  it('shows each late action’s latest comment by the report’s date in the yearly report’s lists of actions late', async () => {
    const { data } = await viewer.graphql<{ actions: { id: string; ref: string }[] }>(
      '{ actions(asOf: "2025-12-31", filter: { healths: [OVERDUE] }, limit: 1) { id ref } }',
    );
    const late = data!.actions[0];
    const author = await queryDatabase<{ id: number }>(testApp.databaseUrl, `SELECT id FROM app_user WHERE email = 'admin@pnq.local'`);
    // Entered on explicit days (the report of 2025 reads what was written by 31 December 2025, not later).
    for (const [comment, enteredAt] of [
      ['Retard dû au décret en attente', '2025-11-15T10:00:00Z'],
      ['Écrit après la fin de l’année', '2026-01-10T10:00:00Z'],
    ]) {
      await queryDatabase(
        testApp.databaseUrl,
        `INSERT INTO action_comment (action_id, author_id, comment, entered_at) SELECT id, $2, $3, $4 FROM action WHERE ref = $1`,
        [late.ref, author[0].id, comment, enteredAt],
      );
    }
    const report = await download(`${testApp.baseUrl}/reports/annual?year=2025&format=docx`, viewer.cookie);
    expect(report.status).toBe(200);
    const { text } = await docxParts(report.body);
    expect(text).toContain('Dernier commentaire');
    expect(text).toContain('2025-11-15 — Retard dû au décret en attente');
    expect(text).not.toContain('Écrit après la fin de l’année');
  });
});
