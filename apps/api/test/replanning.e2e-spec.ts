import { addDays } from '@pnq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download } from './support/documents';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

const REQUEST = `mutation ($input: RequestRevisionInput!) { requestRevision(input: $input) { id status definitionVersion } }`;
const APPROVE = `mutation ($input: DecideRevisionRequestInput!) { approveRevisionRequest(input: $input) { id status comment decidedBy { name } } }`;
const REJECT = `mutation ($input: DecideRevisionRequestInput!) { rejectRevisionRequest(input: $input) { id status comment } }`;
const REVISE = `mutation ($input: ReviseActionInput!) { reviseAction(input: $input) { ref } }`;
const LINK = `mutation ($input: DependencyInput!) { addActionDependency(input: $input) { ref predecessors { predecessor { ref } } } }`;
const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }`;

interface Planned {
  action: {
    ref: string;
    dueDate: string | null;
    deadline: { raw: string | null; year: number | null };
    healthDetail: { health: string; reason: string; dueDate: string | null; predecessorRef: string | null };
    planInForce: { dueDate: string | null; baselineDueDate: string | null; slippageDays: number | null; definitionVersion: number; revisionCount: number };
    revisions: { kind: string; dueDate: string | null; effectiveDate: string; justification: string; decidedBy: { name: string } | null }[];
  };
}
const PLANNED = `query ($ref: String!, $asOf: CalendarDate) { action(ref: $ref) { ref dueDate deadline { raw year }
  healthDetail(asOf: $asOf) { health reason dueDate predecessorRef }
  planInForce(asOf: $asOf) { dueDate baselineDueDate slippageDays definitionVersion revisionCount }
  revisions { kind dueDate effectiveDate justification decidedBy { name } } } }`;

async function planned(client: GraphqlClient, ref: string, asOf?: string): Promise<Planned['action']> {
  const response = await client.graphql<Planned>(PLANNED, { ref, asOf });
  expect(response.errors).toBeUndefined();
  return response.data!.action;
}

describe('re-planning: the plan as adopted, the plan in force, revision requests, dependencies', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let viewer: SignedInClient;
  let semac: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor, viewer, semac] = await Promise.all(
      ['admin@pnq.local', 'imanor@pnq.local', 'viewer@pnq.local', 'semac@pnq.local'].map((e) => testApp.signIn(e)),
    );
  });
  afterAll(() => testApp.close());

  const request = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.graphql<{ requestRevision: { id: string; status: string; definitionVersion: number } }>(REQUEST, { input });

  describe('an IMANOR editor asks for a new deadline on an overdue action and the secretariat approves it', () => {
    const ref = '1-5.3.1'; // IMANOR, printed deadline 2024: overdue since 1 January 2025
    let approvedOn: string;

    it('keeps the action overdue and unchanged while the request waits', async () => {
      const before = await planned(imanor, ref);
      expect(before.healthDetail).toMatchObject({ health: 'OVERDUE', dueDate: '2024-12-31' });
      expect(before.planInForce).toMatchObject({ dueDate: '2024-12-31', baselineDueDate: '2024-12-31', slippageDays: 0, definitionVersion: 0 });
      const response = await request(imanor, {
        ref,
        kind: 'DEADLINE',
        dueDate: '2034-12-31',
        justification: 'Le référentiel attend la publication du décret ; calendrier révisé avec le comité technique.',
        expectedDefinitionVersion: 0,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.requestRevision).toMatchObject({ status: 'PENDING', definitionVersion: 0 });
      expect((await planned(imanor, ref)).healthDetail.health).toBe('OVERDUE');
      // The secretariat hears of it in the bell.
      const bell = await admin.graphql<{ myNotifications: { items: { kind: string; ref: string | null; dueDate: string | null }[] }[] }>(
        '{ myNotifications(limit: 50) { items { kind ref dueDate } } }',
      );
      expect(bell.data!.myNotifications.flatMap((n) => n.items)).toContainEqual({ kind: 'REVISION_REQUESTED', ref, dueDate: '2034-12-31' });
    });

    it('after approval, is on track today and still overdue as of a date before the approval; the baseline is unchanged; the slippage is in days', async () => {
      const [pending] = (await admin.graphql<{ revisionRequests: { id: string; action: { ref: string } }[] }>('{ revisionRequests { id action { ref } } }'))
        .data!.revisionRequests;
      expect(pending.action.ref).toBe(ref);
      const approved = await admin.graphql<{ approveRevisionRequest: { status: string; decidedBy: { name: string } } }>(APPROVE, {
        input: { id: pending.id, comment: 'Accordé : nouvelle échéance validée par le secrétariat.' },
      });
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.approveRevisionRequest.status).toBe('APPROVED');

      const now = await planned(imanor, ref);
      approvedOn = now.revisions[0].effectiveDate;
      expect(now.healthDetail).toMatchObject({ health: 'ON_TRACK', dueDate: '2034-12-31' });
      expect(now.planInForce).toMatchObject({
        dueDate: '2034-12-31',
        baselineDueDate: '2024-12-31',
        slippageDays: 3652,
        definitionVersion: 1,
        revisionCount: 1,
      });
      // The baseline (the adopted plan) is what was printed.
      expect(now.deadline).toEqual({ raw: '2024', year: 2024 });
      expect(now.dueDate).toBe('2024-12-31');
      expect(now.revisions).toEqual([
        {
          kind: 'DEADLINE',
          dueDate: '2034-12-31',
          effectiveDate: approvedOn,
          justification: 'Le référentiel attend la publication du décret ; calendrier révisé avec le comité technique.',
          decidedBy: { name: expect.any(String) as string },
        },
      ]);
      const dayBefore = await planned(imanor, ref, addDays(approvedOn, -1));
      expect(dayBefore.healthDetail).toMatchObject({ health: 'OVERDUE', dueDate: '2024-12-31' });
      expect(dayBefore.planInForce).toMatchObject({ dueDate: '2024-12-31', slippageDays: 0, revisionCount: 0, definitionVersion: 1 });
      const [row] = await queryDatabase<{ deadline_year: number; deadline_raw: string }>(
        testApp.databaseUrl,
        `SELECT deadline_year, deadline_raw FROM action WHERE ref = '${ref}'`,
      );
      expect(row).toEqual({ deadline_year: 2024, deadline_raw: '2024' });
      // The requester's organisation hears of the decision.
      const bell = await imanor.graphql<{ myNotifications: { items: { kind: string; ref: string | null }[] }[] }>(
        '{ myNotifications(limit: 50) { items { kind ref } } }',
      );
      expect(bell.data!.myNotifications.flatMap((n) => n.items)).toContainEqual({ kind: 'REVISION_APPROVED', ref });
    });

    it('counts the action on track in the overview today, and overdue in the overview of the day before', async () => {
      const query = `query ($asOf: CalendarDate) { dashboard(asOf: $asOf) { overdueActions(limit: 100) { ref } } }`;
      const today = await admin.graphql<{ dashboard: { overdueActions: { ref: string }[] } }>(query, { asOf: approvedOn });
      const before = await admin.graphql<{ dashboard: { overdueActions: { ref: string }[] } }>(query, { asOf: addDays(approvedOn, -1) });
      expect(today.data!.dashboard.overdueActions.map((a) => a.ref)).not.toContain(ref);
      expect(before.data!.dashboard.overdueActions.map((a) => a.ref)).toContain(ref);
    });
    it('puts the request and the decision in the next day’s digests: the secretariat’s and the owner’s, bell and mail', async () => {
      const run = await admin.graphql(`mutation ($asOf: CalendarDate!) { runReminders(asOf: $asOf) { status } }`, { asOf: addDays(approvedOn, 1) });
      expect(run.errors).toBeUndefined();
      const digestOf = async (client: GraphqlClient) => {
        const { data } = await client.graphql<{ myNotifications: { kind: string; runDate: string; items: { kind: string; ref: string | null }[] }[] }>(
          '{ myNotifications(limit: 50) { kind runDate items { kind ref } } }',
        );
        return data!.myNotifications.filter((n) => n.runDate === addDays(approvedOn, 1)).flatMap((n) => n.items.map((i) => `${n.kind} ${i.kind} ${i.ref}`));
      };
      expect(await digestOf(imanor)).toContain(`DIGEST REVISION_APPROVED ${ref}`);
      expect(await digestOf(admin)).toContain(`SECRETARIAT_DIGEST REVISION_REQUESTED ${ref}`);
      const outbox = await admin.graphql<{ mailOutbox: { messages: { recipientEmail: string; mailDate: string; text: string }[] } }>(
        '{ mailOutbox(limit: 100) { messages { recipientEmail mailDate text } } }',
      );
      const mail = outbox.data!.mailOutbox.messages.find((m) => m.recipientEmail === 'imanor@pnq.local' && m.mailDate === addDays(approvedOn, 1));
      expect(mail?.text).toContain('Révisions approuvées');
      expect(mail?.text).toContain(ref);
    });
  });

  it('a rejected request changes nothing', async () => {
    const ref = '1-8.3.1'; // IMANOR, 2024
    const before = await planned(imanor, ref);
    const asked = await request(imanor, {
      ref,
      kind: 'DEADLINE',
      dueDate: '2035-06-30',
      justification: 'Retard du marché public.',
      expectedDefinitionVersion: 0,
    });
    const rejected = await admin.graphql<{ rejectRevisionRequest: { status: string; comment: string } }>(REJECT, {
      input: { id: asked.data!.requestRevision.id, comment: 'Refusé : le comité maintient l’échéance.' },
    });
    expect(rejected.data!.rejectRevisionRequest).toMatchObject({ status: 'REJECTED', comment: 'Refusé : le comité maintient l’échéance.' });
    expect(await planned(imanor, ref)).toEqual(before);
    const [{ count }] = await queryDatabase<{ count: number }>(
      testApp.databaseUrl,
      `SELECT count(*)::int AS count FROM action_revision r JOIN action a ON a.id = r.action_id WHERE a.ref = '${ref}'`,
    );
    expect(count).toBe(0);
    // Decided once: a second decision is refused.
    expect(codeOf(await admin.graphql(APPROVE, { input: { id: asked.data!.requestRevision.id, comment: 'Finalement oui' } }))).toBe('REVISION_REQUEST_DECIDED');
  });

  it('a request on an action changed since conflicts, loudly, and nothing changes', async () => {
    const ref = '1-2.1.2'; // IMANOR, 2025
    const asked = await request(imanor, {
      ref,
      kind: 'DEADLINE',
      dueDate: '2035-06-30',
      justification: 'Attente du financement.',
      expectedDefinitionVersion: 0,
    });
    expect(asked.errors).toBeUndefined();
    // Meanwhile the secretariat revises the action directly.
    const revised = await admin.graphql(REVISE, {
      input: {
        ref,
        kind: 'DEADLINE',
        dueDate: '2034-12-31',
        justification: 'Décision du comité de pilotage.',
        decisionRef: 'CSNCA 2026-11',
        expectedDefinitionVersion: 0,
      },
    });
    expect(revised.errors).toBeUndefined();
    const approve = await admin.graphql(APPROVE, { input: { id: asked.data!.requestRevision.id, comment: 'Accordé' } });
    expect(codeOf(approve)).toBe('REVISION_REQUEST_STALE');
    expect(approve.errors![0].message).toMatch(/changed since request/);
    const after = await planned(imanor, ref);
    expect(after.planInForce).toMatchObject({ dueDate: '2034-12-31', definitionVersion: 1 });
    // A new request made on what the editor saw before is refused too.
    expect(codeOf(await request(imanor, { ref, kind: 'DEADLINE', dueDate: '2035-06-30', justification: 'Encore', expectedDefinitionVersion: 0 }))).toBe(
      'VERSION_CONFLICT',
    );
  });

  it('refuses requests from others than the owners, and requests without a justification', async () => {
    const input = { ref: '1-5.1.1', kind: 'DEADLINE', dueDate: '2035-06-30', justification: 'x', expectedDefinitionVersion: 0 };
    expect(codeOf(await request(viewer, input))).toBe('FORBIDDEN');
    expect(codeOf(await request(semac, input))).toBe('FORBIDDEN');
    expect(codeOf(await request(imanor, { ...input, justification: '  ' }))).toBe('JUSTIFICATION_REQUIRED');
    expect(codeOf(await request(imanor, { ...input, dueDate: '2036-01-01' }))).toBe('INVALID_REVISION');
    expect(codeOf(await imanor.graphql(APPROVE, { input: { id: '1', comment: 'moi-même' } }))).toBe('FORBIDDEN');
  });

  describe('dependencies', () => {
    // 1-3.1.3 (IMANOR, 2028) waits for 1-2.2.3 (IMANOR, 2025).
    const dependent = '1-3.1.3';
    const predecessor = '1-2.2.3';

    it('reads the dependencies the plan prints from the seed, with their lines', async () => {
      const rows = await queryDatabase<{ dependent: string; predecessor: string; source_line: number }>(
        testApp.databaseUrl,
        `SELECT d.ref AS dependent, p.ref AS predecessor, l.source_line FROM action_dependency l
           JOIN action d ON d.id = l.dependent_id JOIN action p ON p.id = l.predecessor_id ORDER BY d.ref`,
      );
      expect(rows).toEqual([
        { dependent: '1-4.2.1', predecessor: '1-4.1.2', source_line: 3151 },
        { dependent: '2-2.1.2', predecessor: '2-2.1.1', source_line: 4922 },
        { dependent: '4-1.1.3', predecessor: '4-1.1.1', source_line: 7359 },
      ]);
    });

    it('turns a dependent at risk when its predecessor goes overdue, naming it, and back when the predecessor is done', async () => {
      const linked = await admin.graphql(LINK, { input: { dependentRef: dependent, predecessorRef: predecessor, note: 'Le référentiel suppose la norme' } });
      expect(linked.errors).toBeUndefined();
      expect((await planned(viewer, dependent, '2025-06-30')).healthDetail).toMatchObject({ health: 'ON_TRACK', predecessorRef: null });
      expect((await planned(viewer, dependent, '2026-01-01')).healthDetail).toMatchObject({
        health: 'AT_RISK',
        reason: 'PREDECESSOR_OVERDUE',
        predecessorRef: predecessor,
      });
      // The lists (found through the snapshot) say the same.
      const list = await viewer.graphql<{ actions: { ref: string; health: string }[] }>(
        `{ actions(filter: { pillars: [1] }, asOf: "2026-01-01") { ref health } }`,
      );
      expect(list.data!.actions.find((a) => a.ref === dependent)!.health).toBe('AT_RISK');
      const done = await imanor.graphql(UPDATE, {
        input: { ref: predecessor, status: 'COMPLETED', progress: 100, comment: 'Norme publiée', effectiveDate: '2026-02-01', expectedVersion: 0 },
      });
      expect(done.errors).toBeUndefined();
      expect((await planned(viewer, dependent, '2026-02-01')).healthDetail).toMatchObject({ health: 'ON_TRACK', predecessorRef: null });
      expect((await planned(viewer, dependent, '2026-01-31')).healthDetail.health).toBe('AT_RISK');
    });

    it('refuses a dependency cycle, saying the cycle', async () => {
      const cycle = await admin.graphql(LINK, { input: { dependentRef: predecessor, predecessorRef: dependent } });
      expect(codeOf(cycle)).toBe('DEPENDENCY_CYCLE');
      expect(cycle.errors![0].message).toContain(`${predecessor} → ${dependent} → ${predecessor}`);
      // Through the seeded link 2-2.1.2 → 2-2.1.1: 2-2.1.1 cannot wait for 2-2.1.2.
      expect(codeOf(await admin.graphql(LINK, { input: { dependentRef: '2-2.1.1', predecessorRef: '2-2.1.2' } }))).toBe('DEPENDENCY_CYCLE');
      expect(codeOf(await admin.graphql(LINK, { input: { dependentRef: '2-2.1.1', predecessorRef: '2-2.1.1' } }))).toBe('DEPENDENCY_CYCLE');
      expect(codeOf(await imanor.graphql(LINK, { input: { dependentRef: '1-5.1.1', predecessorRef: '1-5.1.2' } }))).toBe('FORBIDDEN');
    });
  });

  it('the 2025 yearly report lists the approved revisions of 2025 with the adopted and the new deadline', async () => {
    const ref = '1-10.2.3'; // IMANOR, 2025
    const asked = await request(imanor, {
      ref,
      kind: 'DEADLINE',
      dueDate: '2034-06-30',
      justification: 'Étude de marché reportée.',
      expectedDefinitionVersion: 0,
    });
    const approved = await admin.graphql(APPROVE, {
      input: {
        id: asked.data!.requestRevision.id,
        comment: 'Accordé par le comité',
        decisionRef: 'CSNCA, réunion du 20 novembre 2025',
        effectiveDate: '2025-11-20',
      },
    });
    expect(approved.errors).toBeUndefined();
    const report = await download(`${testApp.baseUrl}/reports/annual?year=2025&format=docx`, admin.cookie);
    expect(report.status).toBe(200);
    const { text } = await docxParts(report.body);
    expect(text).toContain('7. Révisions approuvées en 2025');
    // The section itself, not its line in the table of contents (which comes first).
    const section = text.slice(text.lastIndexOf('Révisions approuvées en 2025'), text.lastIndexOf('Annexe — Toutes les actions'));
    expect(section).toContain(ref);
    expect(section).toContain('31 décembre 2025');
    expect(section).toContain('30 juin 2034');
    expect(section).toContain('Étude de marché reportée.');
    expect(section).toContain('CSNCA, réunion du 20 novembre 2025');
    // Its line elsewhere in the report shows the deadline as printed and the one in force it is judged against.
    expect(text).toContain('2025 → 30 juin 2034');
    // An approval of 2026 is not a revision of 2025.
    expect(section).not.toContain('1-5.3.1');
    // The English edition words the section in English, the plan's own texts staying as written.
    const english = await docxParts((await download(`${testApp.baseUrl}/reports/annual?year=2025&format=docx&language=en`, admin.cookie)).body);
    const englishSection = english.text.slice(english.text.lastIndexOf('Revisions approved in 2025'), english.text.lastIndexOf('Annex'));
    expect(englishSection).toContain('New deadline — Due on 30 June 2034');
    expect(englishSection).toContain('Étude de marché reportée.');
    expect(englishSection).not.toContain('Échéance adoptée');
  });

  it('sets many deadlines at once, all or none, and schedules the actions the plan left without one', async () => {
    const refs = ['5-1.3.2', '5-1.5.2'];
    for (const ref of refs) expect((await planned(admin, ref)).healthDetail.health).toBe('UNSCHEDULED');
    const SET = `mutation ($input: SetDeadlinesInput!) { setDeadlines(input: $input) }`;
    const items = (dates: string[]) => refs.map((ref, index) => ({ ref, dueDate: dates[index], expectedDefinitionVersion: 0 }));
    const refused = await admin.graphql(SET, { input: { items: items(['2030-12-31', '2036-01-01']), justification: 'Échéances arrêtées en comité.' } });
    expect(codeOf(refused)).toBe('INVALID_REVISION');
    expect((await planned(admin, refs[0])).planInForce.definitionVersion).toBe(0);
    expect(codeOf(await imanor.graphql(SET, { input: { items: items(['2030-12-31', '2031-12-31']), justification: 'x' } }))).toBe('FORBIDDEN');
    const set = await admin.graphql<{ setDeadlines: number }>(SET, {
      input: { items: items(['2030-12-31', '2031-12-31']), justification: 'Échéances arrêtées en comité.' },
    });
    expect(set.data!.setDeadlines).toBe(2);
    const first = await planned(admin, refs[0]);
    expect(first.healthDetail).toMatchObject({ health: 'ON_TRACK', dueDate: '2030-12-31' });
    // A first deadline where the plan printed none: nothing to slip from.
    expect(first.planInForce).toMatchObject({ baselineDueDate: null, dueDate: '2030-12-31', slippageDays: null });
  });

  it('cancels an action from the date the secretariat decided, not before', async () => {
    const ref = '2-8.1.1'; // IMANOR, 2023
    const revised = await admin.graphql(REVISE, {
      input: { ref, kind: 'CANCELLATION', justification: 'Objet repris par 2-8.1.2.', effectiveDate: '2026-03-01', expectedDefinitionVersion: 0 },
    });
    expect(revised.errors).toBeUndefined();
    expect((await planned(viewer, ref, '2026-03-01')).healthDetail).toMatchObject({ health: 'CANCELLED', reason: 'CANCELLED_BY_REVISION' });
    expect((await planned(viewer, ref, '2026-02-28')).healthDetail.health).toBe('OVERDUE');
  });

  it('rolls the slippage up per pillar and per organisation', async () => {
    // By now pillar 1 has three IMANOR actions re-planned: 1-5.3.1 (+3652 days), 1-2.1.2 (+3287), 1-10.2.3 (+3103).
    const query = `{ dashboard { byPillar(limit: 10) { number slipped slippageDays meanSlippageDays }
      byOrganisation(limit: 100) { key slipped slippageDays } } }`;
    const { data } = await viewer.graphql<{
      dashboard: {
        byPillar: { number: number; slipped: number; slippageDays: number; meanSlippageDays: number | null }[];
        byOrganisation: { key: string; slipped: number; slippageDays: number }[];
      };
    }>(query);
    expect(data!.dashboard.byPillar.find((p) => p.number === 1)).toEqual({ number: 1, slipped: 3, slippageDays: 10042, meanSlippageDays: 3347 });
    expect(data!.dashboard.byPillar.find((p) => p.number === 3)).toMatchObject({ slipped: 0, slippageDays: 0, meanSlippageDays: null });
    expect(data!.dashboard.byOrganisation.find((o) => o.key === 'imanor')).toMatchObject({ slipped: 3, slippageDays: 10042 });
  });

  it('turns a proposed deadline of the update template into a revision request, through the same all-or-nothing import', async () => {
    const template = await download(`${testApp.baseUrl}/exports/template.xlsx`, imanor.cookie);
    expect(template.status).toBe(200);
    const fill = async (rows: Record<string, [string, string]>) => {
      const workbook = await loadWorkbook(template.body);
      const sheet = workbook.getWorksheet('Actions')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      sheet.eachRow((line, number) => {
        const proposal = rows[String(line.getCell(1).value)];
        if (number === 1 || !proposal) return;
        line.getCell(headers.indexOf('Échéance proposée')).value = proposal[0];
        line.getCell(headers.indexOf('Justification de l’échéance')).value = proposal[1];
      });
      return saveWorkbook(workbook);
    };
    const pendingOn = async (ref: string) =>
      (
        await queryDatabase<{ count: number }>(
          testApp.databaseUrl,
          `SELECT count(*)::int AS count FROM revision_request q JOIN action a ON a.id = q.action_id
            WHERE a.ref = $1 AND NOT EXISTS (SELECT 1 FROM revision_decision d WHERE d.request_id = q.id)`,
          [ref],
        )
      )[0].count;
    // One row without its justification: nothing is applied, the row says why.
    const halfDone = await fill({ '1-5.1.1': ['2033-12-31', 'Financement reporté au budget 2027.'], '1-6.1.1': ['2033-12-31', ''] });
    const refused = await postImport(testApp.baseUrl, imanor.cookie, halfDone, 'dry-run');
    const refusedResult = refused.body;
    expect(refusedResult.rows.find((r) => r.ref === '1-6.1.1')!.problems.map((p) => p.code)).toEqual(['JUSTIFICATION_REQUIRED']);
    expect(await pendingOn('1-5.1.1')).toBe(0);
    // Both rows justified: the dry run shows the request and writes nothing; the apply makes it a pending request.
    const file = await fill({ '1-5.1.1': ['2033-12-31', 'Financement reporté au budget 2027.'] });
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
    const checked = dryRun.body;
    expect(checked.rows.find((r) => r.ref === '1-5.1.1')).toMatchObject({
      proposedDeadline: { dueDate: '2033-12-31', justification: 'Financement reporté au budget 2027.' },
      problems: [],
    });
    expect(await pendingOn('1-5.1.1')).toBe(0);
    const applied = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', checked.fileHash);
    expect(applied.body.applied).toBe(true);
    expect(await pendingOn('1-5.1.1')).toBe(1);
    // Nothing changes in the plan in force before the secretariat approves it.
    expect((await planned(imanor, '1-5.1.1')).planInForce).toMatchObject({ dueDate: '2025-12-31', definitionVersion: 0 });
  });

  describe('owners in force: an approved change of owners moves rights, scorecards and "my actions"', () => {
    // Actions the other scenarios of this file revise, update or link.
    const used = new Set(['1-5.3.1', '1-8.3.1', '1-2.1.2', '1-10.2.3', '2-8.1.1', '1-5.1.1', '1-6.1.1', '1-3.1.3', '1-2.2.3', '5-1.3.2', '5-1.5.2']);
    type Mine = { myActions: { ref: string; version: number; owners: { key: string }[] }[] };
    const MINE = 'query ($key: String) { myActions(organisationKey: $key) { ref version owners { key } } }';
    const myRefs = async (client: GraphqlClient, key: string) => (await client.graphql<Mine>(MINE, { key })).data!.myActions.map((a) => a.ref);
    const scorecards = async () => {
      const response = await viewer.graphql<{ dashboard: { byOrganisation: { key: string; actions: number }[] } }>(
        '{ dashboard { byOrganisation(keys: ["imanor", "semac"]) { key actions } } }',
      );
      expect(response.errors).toBeUndefined();
      return Object.fromEntries(response.data!.dashboard.byOrganisation.map((o) => [o.key, o.actions]));
    };
    const update = (client: GraphqlClient, ref: string, expectedVersion: number) =>
      client.graphql<{ updateActionStatus: { version: number } }>(UPDATE, {
        input: { ref, status: 'IN_PROGRESS', progress: 20, comment: 'Reprise du dossier par le nouveau responsable.', expectedVersion },
      });

    it('after approving a move from IMANOR to SEMAC, SEMAC updates the action and IMANOR is refused; the scorecards and "my actions" follow', async () => {
      const imanorOnly = (await imanor.graphql<Mine>(MINE, { key: 'imanor' })).data!.myActions.filter(
        (a) => a.owners.map((o) => o.key).join() === 'imanor' && !used.has(a.ref),
      );
      const { ref, version } = imanorOnly[imanorOnly.length - 1];
      const owned = async () =>
        (await viewer.graphql<{ organisation: { ownedActionCount: number } }>('{ organisation(key: "semac") { ownedActionCount } }')).data!.organisation
          .ownedActionCount;
      const before = await scorecards();
      const ownedBefore = await owned();
      expect(await myRefs(semac, 'semac')).not.toContain(ref);
      expect(codeOf(await update(semac, ref, version))).toBe('FORBIDDEN');

      const asked = await request(imanor, {
        ref,
        kind: 'PARTIES',
        ownerKeys: ['semac'],
        justification: 'La mission est transférée à la SEMAC par la décision du comité de pilotage.',
        expectedDefinitionVersion: (await planned(imanor, ref)).planInForce.definitionVersion,
      });
      expect(asked.errors).toBeUndefined();
      const approved = await admin.graphql(APPROVE, { input: { id: asked.data!.requestRevision.id, comment: 'Transfert accordé.' } });
      expect(approved.errors).toBeUndefined();

      // Rights follow the owners in force: SEMAC may update it, IMANOR no longer.
      expect(codeOf(await update(imanor, ref, version))).toBe('FORBIDDEN');
      const updated = await update(semac, ref, version);
      expect(updated.errors).toBeUndefined();
      const seen = await semac.graphql<{ action: { viewerCanUpdate: boolean; owners: { key: string }[] } }>(
        'query ($ref: String!) { action(ref: $ref) { viewerCanUpdate owners { key } } }',
        { ref },
      );
      expect(seen.data!.action).toEqual({ viewerCanUpdate: true, owners: [{ key: 'semac' }] });

      // Per-organisation figures count it under its owner in force.
      expect(await scorecards()).toEqual({ imanor: before.imanor - 1, semac: before.semac + 1 });
      expect(await myRefs(semac, 'semac')).toContain(ref);
      expect(await myRefs(imanor, 'imanor')).not.toContain(ref);
      expect(await owned()).toBe(ownedBefore + 1);
      // The adopted owners stay as printed.
      const [adopted] = await queryDatabase<{ owners: string[] }>(
        testApp.databaseUrl,
        `SELECT array_agg(o.key) AS owners FROM action a JOIN action_organisation ao ON ao.action_id = a.id AND ao.role = 'OWNER'
           JOIN organisation o ON o.id = ao.organisation_id WHERE a.ref = $1`,
        [ref],
      );
      expect(adopted.owners).toEqual(['imanor']);
    });
  });
});
