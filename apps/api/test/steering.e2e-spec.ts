import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

const RECORD_SESSION = `mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id body heldOn since previousSessionId attendingOrganisations { key } agenda } }`;
const RECORD_DECISION = `mutation ($i: RecordDecisionInput!) { recordSteeringDecision(input: $i) { id dueDate decidedOn responsibleOrganisation { key } revisionDecisions { requestId outcome } } }`;
const UPDATE_DECISION = `mutation ($i: UpdateDecisionStatusInput!) { updateDecisionStatus(input: $i) { id status progress version healthDetail { health } } }`;
const MY_DECISIONS = `query ($asOf: CalendarDate, $key: String) { myDecisions(asOf: $asOf, organisationKey: $key) { id text status version viewerCanUpdate healthDetail { health days dueDate } } }`;

interface Session {
  id: string;
  body: string;
  heldOn: string;
  since: string | null;
  previousSessionId: string | null;
  attendingOrganisations: { key: string }[];
  agenda: string[];
}
interface MyDecision {
  id: string;
  text: string;
  status: string;
  version: number;
  viewerCanUpdate: boolean;
  healthDetail: { health: string; days: number | null; dueDate: string | null } | null;
}

describe('steering sessions: sessions and their "since", decisions followed up like actions, decisions deciding revision requests', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let semac: SignedInClient;
  let viewer: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor, semac, viewer] = await Promise.all(
      ['admin@pnq.local', 'imanor@pnq.local', 'semac@pnq.local', 'viewer@pnq.local'].map((e) => testApp.signIn(e)),
    );
  });
  afterAll(() => testApp.close());

  const recordSession = async (client: GraphqlClient, input: Record<string, unknown>) =>
    client.graphql<{ recordSteeringSession: Session }>(RECORD_SESSION, {
      i: { place: 'Rabat, ministère de l’Industrie', agenda: [], attendingOrganisationKeys: [], ...input },
    });
  const myDecisions = async (client: GraphqlClient, asOf: string, key?: string) => {
    const response = await client.graphql<{ myDecisions: MyDecision[] }>(MY_DECISIONS, { asOf, key });
    expect(response.errors).toBeUndefined();
    return response.data!.myDecisions;
  };

  let plenary: Session;

  it('records a session whose "since" is the previous session of the same body, and only the secretariat may', async () => {
    const first = await recordSession(admin, { body: 'CSNCA_PLENARY', heldOn: '2026-06-10', agenda: ['Ouverture', 'Point d’avancement du PNQ'] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordSteeringSession).toMatchObject({ since: null, previousSessionId: null, agenda: ['Ouverture', 'Point d’avancement du PNQ'] });
    const committee = await recordSession(admin, { body: 'METROLOGY_COMMITTEE', heldOn: '2026-09-01' });
    expect(committee.data!.recordSteeringSession.since).toBeNull();
    const second = await recordSession(admin, {
      body: 'CSNCA_PLENARY',
      heldOn: '2026-11-20',
      agenda: ['Décisions de la séance précédente', 'Demandes de révision'],
      attendingOrganisationKeys: ['imanor', 'semac'],
    });
    expect(second.errors).toBeUndefined();
    plenary = second.data!.recordSteeringSession;
    expect(plenary).toMatchObject({ since: '2026-06-10', previousSessionId: first.data!.recordSteeringSession.id });
    expect(plenary.attendingOrganisations.map((o) => o.key).sort()).toEqual(['imanor', 'semac']);

    expect(codeOf(await recordSession(viewer, { body: 'CSNCA_PLENARY', heldOn: '2026-11-21' }))).toBe('FORBIDDEN');
    expect(codeOf(await recordSession(imanor, { body: 'CSNCA_PLENARY', heldOn: '2026-11-21' }))).toBe('FORBIDDEN');
    expect(codeOf(await recordSession(admin, { body: 'CSNCA_PLENARY', heldOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await recordSession(admin, { body: 'CSNCA_PLENARY', heldOn: '2026-11-21', place: ' ' }))).toBe('INVALID_SESSION');
    const sessions = await viewer.graphql<{ steeringSessions: { heldOn: string }[] }>('{ steeringSessions { heldOn } }');
    expect(sessions.data!.steeringSessions.map((s) => s.heldOn)).toEqual(['2026-11-20', '2026-09-01', '2026-06-10']);
  });

  it('follows a decision with a due date like an action: in its organisation’s "My actions", overdue after its due date, updated by its owner only', async () => {
    const recorded = await admin.graphql<{ recordSteeringDecision: { id: string } }>(RECORD_DECISION, {
      i: {
        sessionId: plenary.id,
        text: 'IMANOR présente au prochain comité un plan de rattrapage des normes en retard.',
        dueDate: '2026-11-30',
        responsibleOrganisationKey: 'imanor',
        actionRefs: ['1-5.3.1'],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordSteeringDecision.id;

    const onTime = (await myDecisions(imanor, '2026-11-25')).find((d) => d.id === id)!;
    expect(onTime).toMatchObject({ status: 'NOT_STARTED', viewerCanUpdate: true, healthDetail: { health: 'AT_RISK', dueDate: '2026-11-30' } });
    const late = (await myDecisions(imanor, '2026-12-03')).find((d) => d.id === id)!;
    expect(late.healthDetail).toEqual({ health: 'OVERDUE', days: 3, dueDate: '2026-11-30' });
    // Before it was taken, it is not followed up; another organisation does not see it in its list.
    expect((await myDecisions(imanor, '2026-11-19')).find((d) => d.id === id)!.healthDetail).toBeNull();
    expect((await myDecisions(semac, '2026-12-03')).map((d) => d.id)).not.toContain(id);

    // The daily digest of 1 December (the day after its due date) tells IMANOR's editors, once.
    const run = await admin.graphql('mutation ($asOf: CalendarDate!) { runReminders(asOf: $asOf) { status } }', { asOf: '2026-12-01' });
    expect(run.errors).toBeUndefined();
    const bell = await imanor.graphql<{ myNotifications: { items: { kind: string; title: string | null; days: number | null }[] }[] }>(
      '{ myNotifications(limit: 50) { items { kind title days } } }',
    );
    const decisionLines = bell.data!.myNotifications.flatMap((n) => n.items).filter((item) => item.kind.startsWith('DECISION_'));
    expect(decisionLines).toEqual([
      { kind: 'DECISION_OVERDUE', title: 'IMANOR présente au prochain comité un plan de rattrapage des normes en retard.', days: 1 },
    ]);

    const update = (client: GraphqlClient, expectedVersion: number) =>
      client.graphql<{ updateDecisionStatus: { status: string; version: number; healthDetail: { health: string } } }>(UPDATE_DECISION, {
        i: { decisionId: id, status: 'COMPLETED', progress: 100, comment: 'Plan de rattrapage présenté.', effectiveDate: '2026-12-01', expectedVersion },
      });
    expect(codeOf(await update(semac, 0))).toBe('FORBIDDEN');
    expect(codeOf(await update(viewer, 0))).toBe('FORBIDDEN');
    const done = await update(imanor, 0);
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateDecisionStatus).toMatchObject({ status: 'COMPLETED', version: 1 });
    expect(codeOf(await update(imanor, 0))).toBe('VERSION_CONFLICT');
    expect((await myDecisions(imanor, '2026-12-03')).find((d) => d.id === id)!.healthDetail!.health).toBe('DONE');
    // History is by effective date: as of 30 November it was not yet done.
    expect((await myDecisions(imanor, '2026-11-30')).find((d) => d.id === id)!.status).toBe('NOT_STARTED');
  });

  it('refuses a decision due before it was taken, or due without an organisation to follow it', async () => {
    const input = { sessionId: plenary.id, text: 'Un rappel', dueDate: '2026-11-01', responsibleOrganisationKey: 'imanor' };
    expect(codeOf(await admin.graphql(RECORD_DECISION, { i: input }))).toBe('INVALID_DECISION');
    expect(codeOf(await admin.graphql(RECORD_DECISION, { i: { ...input, dueDate: '2027-03-31', responsibleOrganisationKey: null } }))).toBe('INVALID_DECISION');
    expect(codeOf(await admin.graphql(RECORD_DECISION, { i: { ...input, sessionId: '999999' } }))).toBe('STEERING_SESSION_NOT_FOUND');
    expect(codeOf(await imanor.graphql(RECORD_DECISION, { i: { ...input, dueDate: '2027-03-31' } }))).toBe('FORBIDDEN');
  });

  it('says when the organisation that follows a decision up has no active editor: only the secretariat can then record its follow-up', async () => {
    const RECORD = 'mutation ($i: RecordDecisionInput!) { recordSteeringDecision(input: $i) { responsibleOrganisation { key } responsibleWithoutEditor } }';
    const decide = async (dueDate: string | null) => {
      const response = await admin.graphql<{ recordSteeringDecision: { responsibleOrganisation: { key: string }; responsibleWithoutEditor: boolean } }>(
        RECORD,
        { i: { sessionId: plenary.id, text: 'La DPCSMQ publie le bilan des contrôles.', dueDate, responsibleOrganisationKey: 'dpcsmq' } },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.recordSteeringDecision;
    };
    const setEditorActive = async (active: boolean) =>
      expect(
        (await admin.graphql('mutation ($i: UpdateUserInput!) { updateUser(input: $i) { active } }', { i: { email: 'dpcsmq@pnq.local', active } })).errors,
      ).toBeUndefined();

    expect(await decide('2027-06-30')).toEqual({ responsibleOrganisation: { key: 'dpcsmq' }, responsibleWithoutEditor: false });
    await setEditorActive(false);
    try {
      expect((await decide('2027-06-30')).responsibleWithoutEditor).toBe(true);
      expect((await decide(null)).responsibleWithoutEditor).toBe(false); // not followed up: there is nothing to record
    } finally {
      await setEditorActive(true);
    }
  });

  it('approves a pending revision request through a decision, citing the session: the plan in force changes from the decision’s date', async () => {
    const ref = '1-8.3.1'; // IMANOR, printed 2024
    const asked = await imanor.graphql<{ requestRevision: { id: string } }>('mutation ($i: RequestRevisionInput!) { requestRevision(input: $i) { id } }', {
      i: { ref, kind: 'DEADLINE', dueDate: '2028-12-31', justification: 'Dépend du décret d’application, attendu en 2027.', expectedDefinitionVersion: 0 },
    });
    expect(asked.errors).toBeUndefined();
    const requestId = asked.data!.requestRevision.id;
    const decided = await admin.graphql<{ recordSteeringDecision: { revisionDecisions: { requestId: string; outcome: string }[] } }>(RECORD_DECISION, {
      i: {
        sessionId: plenary.id,
        text: 'Le comité accorde la nouvelle échéance de 1-8.3.1.',
        actionRefs: [ref],
        revisionRequests: [{ requestId, outcome: 'APPROVED' }],
      },
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordSteeringDecision.revisionDecisions).toEqual([{ requestId, outcome: 'APPROVED' }]);

    const plan = await viewer.graphql<{
      action: { planInForce: { dueDate: string }; before: { dueDate: string }; revisions: { effectiveDate: string; decisionRef: string }[] };
    }>(
      'query ($ref: String!) { action(ref: $ref) { planInForce { dueDate } before: planInForce(asOf: "2026-11-19") { dueDate } revisions { effectiveDate decisionRef } } }',
      { ref },
    );
    expect(plan.data!.action.planInForce.dueDate).toBe('2028-12-31');
    expect(plan.data!.action.before.dueDate).toBe('2024-12-31');
    expect(plan.data!.action.revisions).toEqual([
      { effectiveDate: '2026-11-20', decisionRef: expect.stringContaining('CSNCA — séance plénière, séance du 2026-11-20') as string },
    ]);

    // Deciding it again is refused, and the whole decision with it (nothing recorded).
    const again = await admin.graphql(RECORD_DECISION, {
      i: { sessionId: plenary.id, text: 'Doublon', revisionRequests: [{ requestId, outcome: 'REJECTED' }] },
    });
    expect(codeOf(again)).toBe('REVISION_REQUEST_DECIDED');
    const texts = await viewer.graphql<{ steeringSession: { decisions: { text: string }[] } }>(
      'query ($id: ID!) { steeringSession(id: $id) { decisions { text } } }',
      {
        id: plenary.id,
      },
    );
    expect(texts.data!.steeringSession.decisions.map((d) => d.text)).not.toContain('Doublon');
  });

  it('lists the changes between two dates from the history: exactly the updates made in between, per pillar and organisation, with the revisions and indicator values', async () => {
    const UPDATE = 'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }';
    const done = await imanor.graphql(UPDATE, {
      i: { ref: '1-2.1.2', status: 'COMPLETED', progress: 100, comment: 'Norme adoptée.', effectiveDate: '2026-03-01', expectedVersion: 0 },
    });
    expect(done.errors).toBeUndefined();
    const moved = await imanor.graphql(UPDATE, {
      i: { ref: '1-5.1.1', status: 'IN_PROGRESS', progress: 40, comment: 'Étude lancée.', effectiveDate: '2026-04-15', expectedVersion: 0 },
    });
    expect(moved.errors).toBeUndefined();
    type Changes = {
      planChanges: {
        actions: { ref: string; kinds: string[]; fromStatus: string; toStatus: string; toProgress: number; owners: string[] }[];
        total: { completed: number; newlyOverdue: number; newlyAtRisk: number; statusMoved: number; progressMoved: number };
        byPillar: { key: string; completed: number; progressMoved: number }[];
        byOrganisation: { key: string; completed: number; statusMoved: number }[];
        revisionsApproved: { ref: string; effectiveDate: string }[];
      };
    };
    const QUERY = `query ($from: CalendarDate!, $to: CalendarDate) { planChanges(from: $from, to: $to) {
      actions { ref kinds fromStatus toStatus toProgress owners }
      total { completed newlyOverdue newlyAtRisk statusMoved progressMoved }
      byPillar { key completed progressMoved } byOrganisation { key completed statusMoved } revisionsApproved { ref effectiveDate } } }`;
    const response = await viewer.graphql<Changes>(QUERY, { from: '2025-12-31', to: '2026-06-30' });
    expect(response.errors).toBeUndefined();
    const changes = response.data!.planChanges;
    const recorded = changes.actions.filter((a) => a.kinds.some((k) => ['COMPLETED', 'STATUS_MOVED', 'PROGRESS_MOVED'].includes(k)));
    expect(recorded.map((a) => a.ref).sort()).toEqual(['1-2.1.2', '1-5.1.1']);
    expect(recorded.find((a) => a.ref === '1-2.1.2')).toMatchObject({
      kinds: expect.arrayContaining(['COMPLETED', 'STATUS_MOVED', 'PROGRESS_MOVED']) as string[],
      toStatus: 'COMPLETED',
      owners: ['IMANOR'],
    });
    expect(recorded.find((a) => a.ref === '1-5.1.1')).toMatchObject({ fromStatus: 'NOT_STARTED', toStatus: 'IN_PROGRESS', toProgress: 40 });
    // The figures agree with the list they count.
    const count = (kind: string) => changes.actions.filter((a) => a.kinds.includes(kind)).length;
    expect(changes.total).toEqual({
      completed: 1,
      newlyOverdue: count('NEWLY_OVERDUE'),
      newlyAtRisk: count('NEWLY_AT_RISK'),
      statusMoved: 2,
      progressMoved: 2,
    });
    expect(changes.byPillar.find((p) => p.key === '1')).toMatchObject({ completed: 1, progressMoved: 2 });
    expect(changes.byOrganisation.find((o) => o.key === 'imanor')).toMatchObject({ completed: 1, statusMoved: 2 });
    expect(changes.revisionsApproved).toEqual([]);
    // Later: the revision the committee approved on 20 November is in; the first date itself is excluded.
    const later = await viewer.graphql<Changes>(QUERY, { from: '2026-06-30', to: '2026-12-01' });
    expect(later.data!.planChanges.revisionsApproved).toEqual([{ ref: '1-8.3.1', effectiveDate: '2026-11-20' }]);
    expect(later.data!.planChanges.actions.map((a) => a.ref)).not.toContain('1-2.1.2');
    expect(codeOf(await viewer.graphql(QUERY, { from: '2026-06-30', to: '2026-06-30' }))).toBe('BAD_USER_INPUT');
  });
});
