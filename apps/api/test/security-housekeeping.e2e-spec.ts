import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HousekeepingScheduler } from '../src/modules/housekeeping/housekeeping.scheduler';
import { HousekeepingService } from '../src/modules/housekeeping/housekeeping.service';
import { SnapshotService } from '../src/modules/snapshot/snapshot.service';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const auditCount = async (databaseUrl: string) => (await queryDatabase<{ n: number }>(databaseUrl, 'SELECT count(*)::int AS n FROM audit_event'))[0].n;

describe('the audit log records changes, not no-ops', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let semac: SignedInClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    semac = await testApp.signIn('semac@pnq.local');
  });
  afterAll(() => testApp.close());

  it.each([
    ['saving one’s preferences unchanged', () => semac.graphql('mutation { updateMyPreferences(input: { language: "fr", mailOptOut: false }) { language } }')],
    ['saving no preference at all', () => semac.graphql('mutation { updateMyPreferences(input: {}) { language } }')],
    ['an account saved as it is', () => admin.graphql('mutation { updateUser(input: { email: "viewer@pnq.local", role: VIEWER, active: true }) { email } }')],
    [
      'an account saved with its own name',
      () => admin.graphql('mutation { updateUser(input: { email: "viewer@pnq.local", name: "Membre du comité de pilotage (démo)" }) { email } }'),
    ],
    ['an organisation saved as it is', () => admin.graphql('mutation { updateOrganisation(input: { key: "imanor", acronym: "IMANOR" }) { key } }')],
    ['an action definition saved as it is', () => admin.graphql('mutation { updateActionDefinition(input: { ref: "1-2.1.1", weight: 1 }) { ref } }')],
  ])('records nothing for %s', async (_name, send) => {
    const before = await auditCount(testApp.databaseUrl);
    const response = await send();
    expect(response.errors).toBeUndefined();
    expect(await auditCount(testApp.databaseUrl)).toBe(before);
  });

  it('still records a real change of preferences or of an account', async () => {
    const before = await auditCount(testApp.databaseUrl);
    expect((await semac.graphql('mutation { updateMyPreferences(input: { mailOptOut: true }) { mailOptOut } }')).errors).toBeUndefined();
    expect((await admin.graphql('mutation { updateUser(input: { email: "viewer@pnq.local", language: "en" }) { email } }')).errors).toBeUndefined();
    expect(await auditCount(testApp.databaseUrl)).toBe(before + 2);
  });
});

describe('the plan caches are invalidated by plan changes only', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('keeps the cached snapshot across sign-ins, sign-outs, preferences and account changes, and drops it on a status update', async () => {
    const snapshots = testApp.app.get(SnapshotService);
    const first = await snapshots.wholePlan('2026-06-30');

    const viewer = await testApp.signIn('viewer@pnq.local');
    const admin = await testApp.signIn('admin@pnq.local');
    await viewer.graphql('mutation { updateMyPreferences(input: { language: "ar" }) { language } }');
    await admin.graphql('mutation { updateUser(input: { email: "cgem@pnq.local", language: "en" }) { email } }');
    await admin.graphql('mutation ($i: CreateUserInput!) { createUser(input: $i) { email } }', {
      i: { email: 'nouveau@pnq.local', name: 'Nouveau', role: 'VIEWER', password: 'un-long-mot-de-passe' },
    });
    await viewer.graphql('mutation { logout }');
    const afterAccounts = await snapshots.wholePlan('2026-06-30');
    expect(afterAccounts.revision).toBe(first.revision);
    expect(afterAccounts.snapshot).toBe(first.snapshot); // the very same cached value, not recomputed

    const imanor = await testApp.signIn('imanor@pnq.local');
    const update = await imanor.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: { ref: '1-2.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Démarré', effectiveDate: '2026-01-15', expectedVersion: 0 },
    });
    expect(update.errors).toBeUndefined();
    const afterUpdate = await snapshots.wholePlan('2026-06-30');
    expect(afterUpdate.revision).not.toBe(first.revision);
    expect(afterUpdate.snapshot.find((action) => action.ref === '1-2.1.1')!.state.progress).toBe(10);
  });
});

describe('expired sessions and old sign-in attempts are purged on a schedule, once across instances', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp({ config: { purgeAfterDays: 30 } });
    second = await startTestApp({ databaseUrl: first.databaseUrl, config: { purgeAfterDays: 30 } });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const db = (sql: string, params: unknown[] = []) => queryDatabase<Record<string, unknown>>(first.databaseUrl, sql, params);
  const TOKENS = `('expired-long-ago', 'revoked-long-ago', 'expired-yesterday', 'revoked-yesterday', 'live')`;
  const arrange = async () => {
    await db(`DELETE FROM user_session WHERE token_hash IN ${TOKENS}`);
    await db(`DELETE FROM login_attempt WHERE email IN ('old@x.ma', 'recent@x.ma')`);
    await db(
      `INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at, expires_at, revoked_at)
       SELECT v.token, u.id, now() - make_interval(days => v.age), now() - make_interval(days => v.age), now() + make_interval(days => v.expires), v.revoked
         FROM app_user u, (VALUES ('expired-long-ago', 40, -31, NULL::timestamptz), ('revoked-long-ago', 40, 5, now() - interval '31 days'),
                                  ('expired-yesterday', 2, -1, NULL), ('revoked-yesterday', 2, 5, now() - interval '1 day'), ('live', 0, 1, NULL))
              AS v(token, age, expires, revoked)
        WHERE u.email = 'viewer@pnq.local'`,
    );
    await db(`INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ('old@x.ma', '192.0.2.1', false, now() - interval '31 days'),
                ('old@x.ma', '192.0.2.1', true, now() - interval '31 days'), ('recent@x.ma', '192.0.2.1', false, now() - interval '1 day')`);
  };
  const remaining = async () => ({
    sessions: (await db(`SELECT token_hash FROM user_session WHERE token_hash IN ${TOKENS} ORDER BY 1`)).map((row) => row.token_hash),
    attempts: (await db(`SELECT email FROM login_attempt WHERE email IN ('old@x.ma', 'recent@x.ma') ORDER BY 1`)).map((row) => row.email),
  });

  it('deletes sessions ended and attempts made more than PNQ_PURGE_AFTER_DAYS ago, in one instance only, then waits for the next period', async () => {
    await arrange();
    const runs = await Promise.all([first.app.get(HousekeepingService).run(), second.app.get(HousekeepingService).run()]);
    const [ran, other] = runs[0].status === 'RAN' ? runs : [runs[1], runs[0]];
    expect(ran.status).toBe('RAN');
    expect(['LOCKED', 'NOT_DUE']).toContain(other.status);
    expect(ran).toMatchObject({ sessionsDeleted: 2, attemptsDeleted: 2 });
    expect(await remaining()).toEqual({ sessions: ['expired-yesterday', 'live', 'revoked-yesterday'], attempts: ['recent@x.ma'] });

    expect((await first.app.get(HousekeepingService).run()).status).toBe('NOT_DUE');
    expect((await second.app.get(HousekeepingService).run()).status).toBe('NOT_DUE');
    await db(`UPDATE housekeeping_run SET last_run_at = last_run_at - interval '2 hours'`);
    expect((await second.app.get(HousekeepingService).run()).status).toBe('RAN');
  });

  it('runs from the server’s scheduler: each tick asks, and one instance purges', async () => {
    await db(`UPDATE housekeeping_run SET last_run_at = last_run_at - interval '2 hours'`);
    await arrange();
    await Promise.all([first.app.get(HousekeepingScheduler).tick(), second.app.get(HousekeepingScheduler).tick()]);
    expect(await remaining()).toEqual({ sessions: ['expired-yesterday', 'live', 'revoked-yesterday'], attempts: ['recent@x.ma'] });
  });
});
