import { calendarDateInCasablanca } from '@pnq/domain';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
import { GraphqlClient, REPO_ROOT, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const RUN = `mutation ($asOf: CalendarDate!) { runReminders(asOf: $asOf) { runDate status notifications mails sent failed } }`;
const PUBLIC_URL = 'https://pnq.test';
const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

interface Run {
  runDate: string;
  status: 'RAN' | 'ALREADY_RAN' | 'LOCKED';
  notifications: number;
  mails: number;
  sent: number | null;
  failed: number | null;
}

async function runReminders(admin: GraphqlClient, asOf: string): Promise<Run> {
  const response = await admin.graphql<{ runReminders: Run }>(RUN, { asOf });
  expect(response.errors).toBeUndefined();
  return response.data!.runReminders;
}

/** Refs listed in a digest's text (one "- <ref> — …" line per item). */
const refsIn = (text: string) => [...text.matchAll(/^- (\d-[\d.]+) — /gm)].map((m) => m[1]);

describe('reminders over a real SMTP server', () => {
  let smtp: SmtpSink;
  let testApp: TestApp;
  let admin: GraphqlClient;
  let imanor: GraphqlClient;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await startTestApp({
      config: {
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: null, password: null },
        mailFrom: 'PNQ <pnq@test.local>',
        publicUrl: PUBLIC_URL,
      },
    });
    [admin, imanor] = await Promise.all([testApp.signIn('admin@pnq.local'), testApp.signIn('imanor@pnq.local')]);
  });
  afterAll(async () => {
    await testApp?.close();
    await smtp?.close();
  });

  it('refuses the job, the outbox and campaigns to anyone but an admin', async () => {
    expect(codeOf(await imanor.graphql(RUN, { asOf: '2026-01-15' }))).toBe('FORBIDDEN');
    expect(codeOf(await imanor.graphql('{ mailOutbox { total } }'))).toBe('FORBIDDEN');
    expect(codeOf(await imanor.graphql('{ campaigns { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await testApp.graphql(RUN, { asOf: '2026-01-15' }))).toBe('UNAUTHENTICATED');
    expect(smtp.received).toHaveLength(0);
  });

  it('on 2026-01-15 sends each owner organisation’s editors one digest with links, and the secretariat its escalations', async () => {
    const run = await runReminders(admin, '2026-01-15');
    expect(run).toMatchObject({ runDate: '2026-01-15', status: 'RAN', failed: 0 });
    expect(run.mails).toBeGreaterThan(10);
    expect(run.sent).toBe(run.mails);
    expect(smtp.received).toHaveLength(run.mails);
    // one mail per person
    expect(new Set(smtp.received.map((m) => m.to)).size).toBe(smtp.received.length);

    const [digest] = smtp.to('imanor@pnq.local');
    expect(digest.subject).toMatch(/^PNQ — \d+ actions d’IMANOR à suivre \(15\/01\/2026\)$/);
    expect(digest.language).toBe('fr');
    expect(digest.text).toContain('Voici le point au 15/01/2026 sur les actions du PNQ dont IMANOR est responsable.');
    expect(digest.text).toMatch(/^En retard \(\d+\)$/m);
    expect(digest.text).toContain('- 1-2.1.1 — ');
    expect(digest.text).toContain('échéance 31/12/2024, en retard de 380 jours');
    expect(digest.text).toContain(`${PUBLIC_URL}/actions/1-2.1.1`);
    expect(digest.text).toContain(`${PUBLIC_URL}/my-actions`);
    expect(digest.text).toMatch(/^Sans mise à jour pour la période \(\d+\)$/m);
    expect(digest.html).toContain(`<a href="${PUBLIC_URL}/actions/1-2.1.1">`);
    expect(digest.html).toContain('lang="fr"');
    // not a 2027 action, not due within 30 days
    expect(refsIn(digest.text)).not.toContain('1-3.1.2');

    const [secretariat] = smtp.to('admin@pnq.local');
    expect(secretariat.subject).toBe('PNQ — point du secrétariat au 15/01/2026');
    expect(secretariat.text).toMatch(/^En retard de plus de 90 jours \(\d+\)$/m);
    expect(secretariat.text).toContain('- 1-2.1.1 — ');
    expect(secretariat.text).toMatch(/^Organisations sans éditeur actif \(\d+\)$/m);
    expect(secretariat.text).toMatch(/^Synthèse de la semaine — sans mise à jour \(1\)$/m);
    expect(smtp.to('viewer@pnq.local')).toHaveLength(0);

    const rendered = resolve(REPO_ROOT, 'test-artifacts/reminders');
    mkdirSync(rendered, { recursive: true });
    writeFileSync(resolve(rendered, 'imanor-2026-01-15.txt'), `Subject: ${digest.subject}\n\n${digest.text}`);
    writeFileSync(resolve(rendered, 'secretariat-2026-01-15.txt'), `Subject: ${secretariat.subject}\n\n${secretariat.text}`);
    writeFileSync(resolve(rendered, 'run-2026-01-15.json'), JSON.stringify({ run, recipients: smtp.received.map((m) => `${m.to}: ${m.subject}`) }, null, 2));
  });

  it('sends nothing new when the same date runs again', async () => {
    const before = smtp.received.length;
    const again = await runReminders(admin, '2026-01-15');
    expect(again.status).toBe('ALREADY_RAN');
    expect(smtp.received).toHaveLength(before);
  });

  it('shows the same items in the bell, and marks them read', async () => {
    const { data } = await imanor.graphql<{
      myNotifications: { id: string; kind: string; read: boolean; items: { kind: string; ref: string }[] }[];
      unreadNotificationCount: number;
    }>('{ myNotifications { id kind read items { kind ref } } unreadNotificationCount }');
    expect(data!.unreadNotificationCount).toBe(1);
    const [notification] = data!.myNotifications;
    expect(notification.kind).toBe('DIGEST');
    expect(notification.items.map((i) => i.ref).sort()).toEqual(refsIn(smtp.to('imanor@pnq.local')[0].text).sort());
    const marked = await imanor.graphql<{ markNotificationsRead: number }>('mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
      ids: [notification.id],
    });
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await imanor.graphql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data!.unreadNotificationCount).toBe(0);
    // someone else's notification cannot be marked
    const semac = await testApp.signIn('semac@pnq.local');
    expect(
      (await semac.graphql<{ markNotificationsRead: number }>('mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [notification.id] })).data!
        .markNotificationsRead,
    ).toBe(0);
  });

  it('follows the cadence for one action across simulated days: 30 and 7 days before, day 1, day 7, then every 30 days', async () => {
    // 1-2.2.4 (IMANOR, due 2026-12-31)
    const days: [string, boolean][] = [
      ['2026-11-30', false],
      ['2026-12-01', true],
      ['2026-12-02', false],
      ['2026-12-24', true],
      ['2026-12-31', false],
      ['2027-01-01', true],
      ['2027-01-02', false],
      ['2027-01-07', true],
      ['2027-02-05', false],
      ['2027-02-06', true],
    ];
    const seen: [string, boolean][] = [];
    for (const [day] of days) {
      const before = smtp.to('imanor@pnq.local').length;
      const run = await runReminders(admin, day);
      expect(run.status).toBe('RAN');
      const mails = smtp.to('imanor@pnq.local').slice(before);
      expect(mails.length).toBeLessThanOrEqual(1);
      seen.push([day, mails.some((m) => refsIn(m.text).includes('1-2.2.4'))]);
    }
    expect(seen).toEqual(days);
  });

  it('escalates an action to the secretariat past 90 days late, once, then every 30 days', async () => {
    // 1-2.2.4 is due 2026-12-31: day 91 is 2027-04-01
    const escalatedOn: string[] = [];
    for (const day of ['2027-03-31', '2027-04-01', '2027-04-02', '2027-05-01']) {
      const before = smtp.to('admin@pnq.local').length;
      await runReminders(admin, day);
      const mail = smtp.to('admin@pnq.local').slice(before)[0];
      const section = mail?.text.split(/^En retard de plus de 90 jours/m)[1]?.split(/\n\n/)[0] ?? '';
      if (section.includes('- 1-2.2.4 — ')) escalatedOn.push(day);
    }
    expect(escalatedOn).toEqual(['2027-04-01', '2027-05-01']);
  });

  it('logs a mail the SMTP server refused as FAILED, and delivers it at the next sending', async () => {
    smtp.refuseNext('imanor@pnq.local');
    const refused = await runReminders(admin, '2026-02-14'); // 30 days after 2026-01-15: the stale actions come back
    expect(refused.failed).toBe(1);
    const outbox = () =>
      admin.graphql<{ mailOutbox: { messages: { mailDate: string; status: string; error: string | null }[] } }>(
        '{ mailOutbox(recipient: "imanor@pnq.local", limit: 50) { messages { mailDate status error } } }',
      );
    const failed = (await outbox()).data!.mailOutbox.messages.find((m) => m.mailDate === '2026-02-14')!;
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/Mailbox full/);
    expect(smtp.to('imanor@pnq.local').filter((m) => m.subject.includes('(14/02/2026)'))).toHaveLength(0);

    await runReminders(admin, '2026-02-15');
    expect(smtp.to('imanor@pnq.local').filter((m) => m.subject.includes('(14/02/2026)'))).toHaveLength(1);
    expect((await outbox()).data!.mailOutbox.messages.find((m) => m.mailDate === '2026-02-14')!.status).toBe('SENT');
  });

  it('gives the secretariat a weekly summary on Monday with what was completed during the week', async () => {
    const done = await imanor.graphql(
      'mutation { updateActionStatus(input: { ref: "1-2.1.2", status: COMPLETED, progress: 100, comment: "Stratégies sectorielles adoptées", effectiveDate: "2026-03-05", expectedVersion: 0 }) { version } }',
    );
    expect(done.errors).toBeUndefined();
    const before = smtp.to('admin@pnq.local').length;
    await runReminders(admin, '2026-03-09'); // a Monday
    const [digest] = smtp.to('admin@pnq.local').slice(before);
    expect(digest.text).toMatch(/^Synthèse de la semaine — terminées \(1\)\n- 1-2\.1\.2 — /m);
    await runReminders(admin, '2026-03-10'); // Tuesday: no summary again that week
    const tuesday = smtp.to('admin@pnq.local').slice(before + 1);
    expect(tuesday.every((m) => !m.text.includes('Synthèse de la semaine'))).toBe(true);
  });

  it('runs once when two runs for the same date start together', async () => {
    const before = smtp.received.length;
    const runs = await Promise.all([runReminders(admin, '2026-03-02'), runReminders(admin, '2026-03-02')]);
    const ran = runs.filter((r) => r.status === 'RAN');
    expect(ran).toHaveLength(1);
    expect(runs.map((r) => r.status).sort()).toEqual(expect.arrayContaining(['RAN']));
    expect(smtp.received.length - before).toBe(ran[0].mails);
    const [{ count }] = await queryDatabase<{ count: number }>(
      testApp.databaseUrl,
      `SELECT count(*)::int AS count FROM reminder_run WHERE run_date = '2026-03-02'`,
    );
    expect(count).toBe(1);
  });

  it('keeps to the language and opt-out of each recipient, but never drops overdue notices', async () => {
    const semac = await testApp.signIn('semac@pnq.local');
    expect(codeOf(await semac.graphql('mutation { updateMyPreferences(input: { language: "de" }) { language } }'))).toBe('BAD_USER_INPUT');
    const saved = await semac.graphql<{ updateMyPreferences: { language: string; mailOptOut: boolean } }>(
      'mutation { updateMyPreferences(input: { language: "en", mailOptOut: true }) { language mailOptOut } }',
    );
    expect(saved.data!.updateMyPreferences).toEqual({ language: 'en', mailOptOut: true });
    const before = smtp.to('semac@pnq.local').length;
    await runReminders(admin, '2027-06-01');
    const mails = smtp.to('semac@pnq.local').slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^PNQ — \d+ actions? of SEMAC to follow up \(01\/06\/2027\)$/);
    expect(mails[0].language).toBe('en');
    expect(mails[0].text).toMatch(/^Overdue \(\d+\)$/m);
    expect(mails[0].text).not.toMatch(/^(Due soon|No update for the period) \(/m);
    // the bell still shows everything
    const { data } = await semac.graphql<{ myNotifications: { items: { kind: string }[] }[] }>('{ myNotifications(limit: 1) { items { kind } } }');
    expect(data!.myNotifications[0].items.length).toBeGreaterThanOrEqual(refsIn(mails[0].text).length);
  });

  it('sends a dated call for updates to every editor and counts who has updated since', async () => {
    const past = await admin.graphql('mutation { createCampaign(input: { deadline: "2024-01-15" }) { id } }');
    expect(codeOf(past)).toBe('CAMPAIGN_DEADLINE_PAST');
    const before = smtp.received.length;
    const created = await admin.graphql<{ createCampaign: { id: string; recipients: number; organisationsUpdated: number } }>(
      'mutation { createCampaign(input: { deadline: "2035-01-15" }) { id recipients organisationsUpdated } }',
    );
    expect(created.errors).toBeUndefined();
    const [{ editors }] = await queryDatabase<{ editors: number }>(
      testApp.databaseUrl,
      `SELECT count(*)::int AS editors FROM app_user WHERE role = 'EDITOR' AND active`,
    );
    expect(created.data!.createCampaign).toMatchObject({ recipients: editors, organisationsUpdated: 0 });
    const calls = smtp.received.slice(before);
    expect(calls).toHaveLength(editors);
    expect(calls.find((m) => m.to === 'imanor@pnq.local')!.text).toContain('Merci de mettre à jour vos actions du PNQ avant le 15/01/2035');

    const update = await imanor.graphql(
      'mutation { updateActionStatus(input: { ref: "1-2.2.4", status: IN_PROGRESS, progress: 30, comment: "Suite à l’appel", expectedVersion: 0 }) { version } }',
    );
    expect(update.errors).toBeUndefined();
    const { data } = await admin.graphql<{
      campaign: { organisationsUpdated: number; organisations: { key: string; updatedActions: number; updatedBy: string[] }[] };
    }>('query ($id: ID!) { campaign(id: $id) { organisationsUpdated organisations { key updatedActions updatedBy } } }', {
      id: created.data!.createCampaign.id,
    });
    expect(data!.campaign.organisationsUpdated).toBe(1);
    expect(data!.campaign.organisations.find((o) => o.key === 'imanor')).toEqual({ key: 'imanor', updatedActions: 1, updatedBy: ['imanor@pnq.local'] });
  });

  it('keeps every log append-only', async () => {
    for (const table of ['mail_message', 'notification', 'reminder_announcement', 'reminder_run']) {
      await expect(queryDatabase(testApp.databaseUrl, `DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
    }
  });
});

describe('reminders without an SMTP server', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { publicUrl: PUBLIC_URL } });
  });
  afterAll(() => testApp?.close());

  it('keeps the mails in the outbox the admins read', async () => {
    const admin = await testApp.signIn('admin@pnq.local');
    const run = await runReminders(admin, '2026-01-15');
    expect(run).toMatchObject({ status: 'RAN', sent: 0, failed: 0 });
    const { data } = await admin.graphql<{
      mailOutbox: {
        smtpConfigured: boolean;
        total: number;
        messages: { recipientEmail: string; status: string; subject: string; text: string; html: string }[];
      };
    }>('{ mailOutbox(limit: 200) { smtpConfigured total messages { recipientEmail status subject text html } } }');
    expect(data!.mailOutbox.smtpConfigured).toBe(false);
    expect(data!.mailOutbox.total).toBe(run.mails);
    expect(new Set(data!.mailOutbox.messages.map((m) => m.status))).toEqual(new Set(['OUTBOX']));
    const imanor = data!.mailOutbox.messages.find((m) => m.recipientEmail === 'imanor@pnq.local')!;
    expect(imanor.text).toContain(`${PUBLIC_URL}/actions/1-2.1.1`);
    expect(imanor.html).toContain('<!doctype html>');
  });
});

describe('the daily timer, with two API instances on one database', () => {
  it('runs the reminders once for today, in Casablanca', async () => {
    const schedule = { remindersEnabled: true, remindersTime: '00:00' };
    const first = await startTestApp({ config: schedule });
    const second = await startTestApp({ databaseUrl: first.databaseUrl, config: schedule });
    try {
      const bothTicked = Date.now() + 6_000; // each instance looks 5 s after its boot, then every minute
      const runs = () =>
        queryDatabase<{ runDate: string; trigger: string }>(first.databaseUrl, `SELECT run_date::text AS "runDate", trigger FROM reminder_run`);
      await expect.poll(runs, { timeout: 30_000, interval: 500 }).toHaveLength(1);
      await new Promise((done) => setTimeout(done, Math.max(0, bothTicked - Date.now())));
      const today = calendarDateInCasablanca(new Date());
      expect(await runs()).toEqual([{ runDate: today, trigger: 'SCHEDULE' }]);
      const mails = await queryDatabase<{ count: number }>(
        first.databaseUrl,
        `SELECT count(*)::int AS count FROM mail_message WHERE recipient_email = 'imanor@pnq.local'`,
      );
      expect(mails[0].count).toBe(1);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
