import { healthOn, HEALTHS, normaliseForComparison, parseDeadline, ParsedDeadline, urgencyRank } from '@pnq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenActions, readPillarFiles } from './support/seed-source';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { ref version status progress } }`;
const update = (client: GraphqlClient, input: Record<string, unknown>) =>
  client.graphql<{ updateActionStatus: { ref: string; version: number; status: string; progress: number } }>(UPDATE, { input });
const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('the tracking engine over real PostgreSQL', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let viewer: GraphqlClient;
  let imanor: GraphqlClient; // owns 1-2.1.1, partner of 3-1.1.1
  let dpcsmq: GraphqlClient; // owns 3-1.1.1
  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, viewer, imanor, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
  });
  afterAll(() => testApp.close());

  describe('rights', () => {
    it('gives an anonymous caller nothing', async () => {
      const response = await testApp.graphql('{ pillars { number } }');
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.data).toBeNull();
      expect(codeOf(await update(testApp, { ref: '1-2.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'x', expectedVersion: 0 }))).toBe('UNAUTHENTICATED');
    });

    it('lets an editor update an action its organisation owns, and appends it to the history', async () => {
      const response = await update(imanor, {
        ref: '1-2.1.1',
        status: 'IN_PROGRESS',
        progress: 40,
        comment: 'Projet de stratégie soumis au comité',
        effectiveDate: '2025-06-30',
        evidenceUrls: ['https://www.imanor.gov.ma/strategie'],
        expectedVersion: 0,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateActionStatus).toEqual({ ref: '1-2.1.1', version: 1, status: 'IN_PROGRESS', progress: 40 });
      const { data } = await viewer.graphql<{ action: { history: Record<string, unknown>[] } }>(
        '{ action(ref: "1-2.1.1") { history { version status progress comment effectiveDate evidenceUrls author { name organisation { key } } } } }',
      );
      expect(data!.action.history).toEqual([
        {
          version: 1,
          status: 'IN_PROGRESS',
          progress: 40,
          comment: 'Projet de stratégie soumis au comité',
          effectiveDate: '2025-06-30',
          evidenceUrls: ['https://www.imanor.gov.ma/strategie'],
          author: { name: 'Éditeur IMANOR (démo)', organisation: { key: 'imanor' } },
        },
      ]);
    });

    it('refuses an editor on an action its organisation only partners, and a viewer anywhere, writing nothing', async () => {
      const asPartner = await update(imanor, { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', expectedVersion: 0 });
      expect(codeOf(asPartner)).toBe('FORBIDDEN');
      expect(codeOf(await update(viewer, { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', expectedVersion: 0 }))).toBe('FORBIDDEN');
      const rows = await queryDatabase(testApp.databaseUrl, `SELECT 1 FROM action_status_update u JOIN action a ON a.id = u.action_id WHERE a.ref = '3-1.1.1'`);
      expect(rows).toHaveLength(0);
    });

    it('tells each user whether they may update an action', async () => {
      const query = '{ a: action(ref: "3-1.1.1") { viewerCanUpdate } }';
      expect((await dpcsmq.graphql<{ a: { viewerCanUpdate: boolean } }>(query)).data!.a.viewerCanUpdate).toBe(true);
      expect((await imanor.graphql<{ a: { viewerCanUpdate: boolean } }>(query)).data!.a.viewerCanUpdate).toBe(false);
      expect((await admin.graphql<{ a: { viewerCanUpdate: boolean } }>(query)).data!.a.viewerCanUpdate).toBe(true);
    });
  });

  describe('validation', () => {
    it.each([
      [{ status: 'COMPLETED', progress: 80, comment: 'Fini' }, 'INVALID_PROGRESS'],
      [{ status: 'IN_PROGRESS', progress: 140, comment: 'Trop' }, 'INVALID_PROGRESS'],
      [{ status: 'BLOCKED', progress: 20, comment: '  ' }, 'REASON_REQUIRED'],
      [{ status: 'IN_PROGRESS', progress: 20, comment: '' }, 'COMMENT_REQUIRED'],
      [{ status: 'IN_PROGRESS', progress: 20, comment: 'Futur', effectiveDate: '2999-01-01' }, 'INVALID_EFFECTIVE_DATE'],
      [{ status: 'IN_PROGRESS', progress: 20, comment: 'Date', effectiveDate: '2025-02-30' }, 'BAD_USER_INPUT'],
      [{ status: 'IN_PROGRESS', progress: 20, comment: 'Lien', evidenceUrls: ['javascript:alert(1)'] }, 'BAD_USER_INPUT'],
      [{ status: 'IN_PROGRESS', progress: 20, comment: 'Champ', colour: 'red' }, 'BAD_USER_INPUT'],
      [{ status: 'DONE', progress: 20, comment: 'Statut' }, 'BAD_USER_INPUT'],
    ])('refuses %j with %s and records nothing', async (fields, code) => {
      const response = await update(dpcsmq, { ref: '3-1.1.1', expectedVersion: 0, ...fields });
      expect(codeOf(response)).toBe(code);
      expect(response.errors![0].message.length).toBeGreaterThan(10);
      const [{ version }] = await queryDatabase<{ version: number }>(testApp.databaseUrl, `SELECT version FROM action WHERE ref = '3-1.1.1'`);
      expect(version).toBe(0);
    });

    it('answers an unknown action with ACTION_NOT_FOUND', async () => {
      expect(codeOf(await update(admin, { ref: '9-9.9.9', status: 'IN_PROGRESS', progress: 1, comment: 'x', expectedVersion: 0 }))).toBe('ACTION_NOT_FOUND');
    });
  });

  describe('concurrent edits', () => {
    it('accepts exactly one of two clients racing on the same version; the other gets VERSION_CONFLICT and nothing of it is written', async () => {
      const racers = await Promise.all([testApp.signIn('dpcsmq@pnq.local'), testApp.signIn('admin@pnq.local')]);
      const results = await Promise.all(
        racers.map((client, i) =>
          update(client, { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10 + i, comment: `Client ${i}`, effectiveDate: '2025-03-01', expectedVersion: 0 }),
        ),
      );
      const accepted = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(accepted).toHaveLength(1);
      expect(refused.map(codeOf)).toEqual(['VERSION_CONFLICT']);
      expect(refused[0].errors![0].extensions).toMatchObject({ expectedVersion: 0, currentVersion: 1 });
      const history = await queryDatabase<{ version: number; comment: string }>(
        testApp.databaseUrl,
        `SELECT u.version, u.comment FROM action_status_update u JOIN action a ON a.id = u.action_id WHERE a.ref = '3-1.1.1' ORDER BY u.version`,
      );
      expect(history).toEqual([{ version: 1, comment: accepted[0] === results[0] ? 'Client 0' : 'Client 1' }]);
    });

    it('lets the refused client retry on the version it now sees', async () => {
      const retry = await update(dpcsmq, {
        ref: '3-1.1.1',
        status: 'IN_PROGRESS',
        progress: 30,
        comment: 'Après relecture',
        effectiveDate: '2025-09-01',
        expectedVersion: 1,
      });
      expect(retry.data?.updateActionStatus.version).toBe(2);
    });
  });

  describe('history and dates', () => {
    it('keeps history append-only: the database refuses to edit or delete an update', async () => {
      await expect(queryDatabase(testApp.databaseUrl, `UPDATE action_status_update SET progress = 99`)).rejects.toThrow(/append-only/);
      await expect(queryDatabase(testApp.databaseUrl, `DELETE FROM action_status_update`)).rejects.toThrow(/append-only/);
      await expect(queryDatabase(testApp.databaseUrl, `DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    });

    it('gives the state as of a past date, ignoring later updates, and a back-dated correction as a new entry', async () => {
      await update(dpcsmq, {
        ref: '3-1.1.1',
        status: 'BLOCKED',
        progress: 20,
        comment: 'Correction : bloqué en juin (textes en attente)',
        effectiveDate: '2025-06-15',
        expectedVersion: 2,
      });
      const query = `{ a: action(ref: "3-1.1.1") {
        feb: status(asOf: "2025-02-01") pFeb: progress(asOf: "2025-02-01")
        mar: status(asOf: "2025-03-01") jul: status(asOf: "2025-07-01") pJul: progress(asOf: "2025-07-01")
        oct: status(asOf: "2025-10-01") pOct: progress(asOf: "2025-10-01") version history { version } } }`;
      const { data } = await viewer.graphql<{ a: Record<string, unknown> }>(query);
      expect(data!.a).toMatchObject({ feb: 'NOT_STARTED', pFeb: 0, mar: 'IN_PROGRESS', jul: 'BLOCKED', pJul: 20, oct: 'IN_PROGRESS', pOct: 30, version: 3 });
      expect((data!.a.history as { version: number }[]).map((h) => h.version)).toEqual([2, 3, 1]);
    });

    it('computes health with its reason on any date', async () => {
      const { data } = await viewer.graphql<{ a: Record<string, { health: string; reason: string; days: number | null }> }>(`{ a: action(ref: "1-2.1.1") {
        before: healthDetail(asOf: "2024-12-31") { health reason days }
        after: healthDetail(asOf: "2025-01-31") { health reason days dueDate } } }`);
      expect(data!.a.before).toMatchObject({ health: 'AT_RISK', reason: 'BEHIND_SCHEDULE', days: 0 });
      expect(data!.a.after).toMatchObject({ health: 'OVERDUE', reason: 'PAST_DUE_DATE', days: 31, dueDate: '2024-12-31' });
    });
  });

  describe('audit log', () => {
    it('records every update with who, what, before and after, readable by admins only', async () => {
      const { data } = await admin.graphql<{ auditEvents: Record<string, unknown>[] }>(
        '{ auditEvents(entity: "action", entityKey: "3-1.1.1", limit: 10) { operation actorEmail entityKey before after } }',
      );
      expect(data!.auditEvents).toHaveLength(3);
      expect(data!.auditEvents[0]).toMatchObject({
        operation: 'updateActionStatus',
        actorEmail: 'dpcsmq@pnq.local',
        before: { version: 2, status: 'IN_PROGRESS', progress: 30 },
        after: { version: 3, status: 'BLOCKED', progress: 20, effectiveDate: '2025-06-15' },
      });
      expect(codeOf(await dpcsmq.graphql('{ auditEvents(limit: 5) { id } }'))).toBe('FORBIDDEN');
    });
  });

  describe('sessions', () => {
    it('signs out: the cookie stops working', async () => {
      const client = await testApp.signIn('viewer@pnq.local');
      expect((await client.graphql<{ me: { email: string } }>('{ me { email role } }')).data!.me).toEqual({ email: 'viewer@pnq.local', role: 'VIEWER' });
      await client.graphql('mutation { logout }');
      expect((await client.graphql('{ me { email } }')).data!.me).toBeNull();
      expect(codeOf(await client.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
    });

    it('keeps sessions in PostgreSQL: a second API instance on the same database accepts the cookie', async () => {
      const client = await testApp.signIn('imanor@pnq.local');
      const other = await startTestApp({ databaseUrl: testApp.databaseUrl });
      try {
        const response = await fetch(`${other.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookie },
          body: JSON.stringify({ query: '{ me { email } }' }),
        });
        const body = (await response.json()) as { data: { me: { email: string } } };
        expect(body.data.me.email).toBe('imanor@pnq.local');
      } finally {
        await other.close();
      }
    });

    it('refuses a wrong password, then throttles the address after repeated failures', async () => {
      const attempt = (password: string) =>
        testApp.graphql('mutation ($p: String!) { login(email: "cgem@pnq.local", password: $p) { user { email } } }', { p: password });
      expect(codeOf(await attempt('wrong'))).toBe('INVALID_CREDENTIALS');
      for (let i = 0; i < 4; i++) await attempt('wrong');
      const throttled = await attempt('pnq-demo-2035');
      expect(codeOf(throttled)).toBe('LOGIN_THROTTLED');
      expect(throttled.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    });
  });
});

describe('the dashboard on the untouched seed', () => {
  let testApp: TestApp;
  let viewer: GraphqlClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
  });
  afterAll(() => testApp.close());

  /** Health of every action on a date computed straight from the seed files (nothing reported yet). */
  function expectedFromFiles(asOf: string) {
    const counts = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<string, number>;
    const byPillar: Record<number, number> = {};
    for (const pillar of readPillarFiles()) {
      for (const axis of pillar.axes) {
        for (const project of axis.projects) {
          let previous: ParsedDeadline | null = null;
          for (const action of project.actions) {
            const deadline: ParsedDeadline =
              action.deadline && normaliseForComparison(action.deadline) === 'idem' && previous ? previous : parseDeadline(action.deadline);
            previous = deadline;
            const { health } = healthOn({ deadline, state: { status: 'NOT_STARTED', progress: 0, lastUpdateDate: null } }, asOf);
            counts[health]++;
            if (health === 'OVERDUE') byPillar[pillar.pillar] = (byPillar[pillar.pillar] ?? 0) + 1;
          }
        }
      }
    }
    return { counts, byPillar };
  }

  it.each(['2025-01-01', '2026-01-01', '2027-01-01'])('has totals as of %s equal to the counts computed from the seed files', async (asOf) => {
    const { data, errors } = await viewer.graphql<{
      dashboard: {
        totals: Record<string, number>;
        byPillar: { number: number; overdue: number; progress: number }[];
        byOrganisation: { key: string; overdue: number; atRisk: number; completed: number }[];
      };
    }>(
      `query ($asOf: CalendarDate!) { dashboard(asOf: $asOf) { asOf
        totals { actions completed overdue atRisk onTrack stale unscheduled progress notStarted }
        byPillar { number progress overdue } byOrganisation { key overdue atRisk completed } } }`,
      { asOf },
    );
    expect(errors).toBeUndefined();
    const expected = expectedFromFiles(asOf);
    expect(data!.dashboard.totals).toEqual({
      actions: flattenActions(readPillarFiles()).length,
      completed: 0,
      notStarted: 333,
      overdue: expected.counts.OVERDUE,
      atRisk: expected.counts.AT_RISK,
      onTrack: expected.counts.ON_TRACK,
      stale: expected.counts.STALE,
      unscheduled: expected.counts.UNSCHEDULED,
      progress: 0,
    });
    expect(data!.dashboard.byPillar.map((p) => [p.number, p.overdue])).toEqual([1, 2, 3, 4, 5].map((n) => [n, expected.byPillar[n] ?? 0]));
    const organisations = data!.dashboard.byOrganisation;
    for (let i = 1; i < organisations.length; i++) expect(organisations[i - 1].overdue).toBeGreaterThanOrEqual(organisations[i].overdue);
    console.info(
      `overdue as of ${asOf}: ${expected.counts.OVERDUE} (by pillar ${JSON.stringify(expected.byPillar)}), at risk ${expected.counts.AT_RISK}, stale ${expected.counts.STALE}, unscheduled ${expected.counts.UNSCHEDULED}`,
    );
  });

  it('lists an editor’s own actions most urgent first, and another organisation’s on request', async () => {
    const imanor = await testApp.signIn('imanor@pnq.local');
    const { data, errors } = await imanor.graphql<{
      myActions: { ref: string; owners: { key: string }[]; healthDetail: { health: string; days: number | null; dueDate: string | null } }[];
      organisation: { ownedActionCount: number };
    }>(
      '{ myActions(asOf: "2026-01-01") { ref owners { key } healthDetail(asOf: "2026-01-01") { health days dueDate } } organisation(key: "imanor") { ownedActionCount } }',
    );
    expect(errors).toBeUndefined();
    const list = data!.myActions;
    expect(list).toHaveLength(data!.organisation.ownedActionCount);
    expect(list.every((a) => a.owners.some((o) => o.key === 'imanor'))).toBe(true);
    const ranks = list.map((a) => urgencyRank(a.healthDetail as Parameters<typeof urgencyRank>[0]));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(list[0].healthDetail.health).toBe('OVERDUE');
    const overdueDays = list.filter((a) => a.healthDetail.health === 'OVERDUE').map((a) => a.healthDetail.days!);
    expect(overdueDays).toEqual([...overdueDays].sort((x, y) => y - x));

    expect((await viewer.graphql<{ myActions: unknown[] }>('{ myActions { ref } }')).data!.myActions).toEqual([]);
    const semac = await viewer.graphql<{ myActions: { ref: string }[] }>('{ myActions(organisationKey: "semac") { ref } }');
    expect(semac.data!.myActions.length).toBeGreaterThan(5);
    expect(codeOf(await viewer.graphql('{ myActions(organisationKey: "nope") { ref } }'))).toBe('ORGANISATION_NOT_FOUND');
  });

  it('narrows the explorer by combined filters, each checked against the seed files', async () => {
    const query = 'query ($f: ActionFilterInput) { actions(asOf: "2026-01-01", filter: $f) { ref } }';
    const refs = async (f: Record<string, unknown>) =>
      ((await viewer.graphql<{ actions: { ref: string }[] }>(query, { f })).data!.actions ?? []).map((a) => a.ref);
    const files = flattenActions(readPillarFiles());
    expect(await refs({})).toHaveLength(333);
    expect(await refs({ pillars: [3] })).toEqual(files.filter((a) => a.pillar === 3).map((a) => a.ref));
    expect(await refs({ axis: '1.2' })).toEqual(files.filter((a) => a.ref.startsWith('1-2.')).map((a) => a.ref));
    expect(await refs({ healths: ['OVERDUE'] })).toHaveLength(expectedFromFiles('2026-01-01').counts.OVERDUE);
    const dpcsmqInPillar3 = await refs({ pillars: [3], owner: 'dpcsmq' });
    expect(dpcsmqInPillar3.length).toBeGreaterThan(0);
    expect(dpcsmqInPillar3.every((ref) => ref.startsWith('3-'))).toBe(true);
    expect(dpcsmqInPillar3.length).toBeLessThan((await refs({ owner: 'dpcsmq' })).length + 1);
    const due2025 = files.filter((a) => {
      const d = parseDeadline(a.action.deadline);
      return (d.kind === 'RANGE' ? d.endYear : d.year) === 2025 && ['YEAR', 'RANGE', 'FROM_YEAR', 'ANNUAL'].includes(d.kind);
    });
    expect((await refs({ deadlineYear: 2025 })).length).toBe(due2025.length);
    expect(await refs({ text: 'strategie NATIONALE de normalisation' })).toContain('1-2.1.1');
    expect(await refs({ owner: 'nobody-here' })).toEqual([]);
    const bad = await viewer.graphql(query, { f: { statuses: ['FINISHED'] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});
