import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CliModule } from '../src/cli.module';
import { PinoNestLogger } from '../src/common/logger';
import { InvitationService } from '../src/modules/account/invitation.service';
import { HousekeepingScheduler } from '../src/modules/housekeeping/housekeeping.scheduler';
import { ReminderScheduler } from '../src/modules/reminder/reminder.scheduler';
import { JobQueueScheduler } from '../src/modules/job/job-queue.scheduler';
import { JobRunner } from '../src/modules/job/job.runner';
import { JobService } from '../src/modules/job/job.service';
import { ReportJobs } from '../src/modules/report/report.jobs';
import { readSeedBundle } from '../src/modules/seed/seed-files';
import { SeedOnBootService } from '../src/modules/seed/seed-on-boot.service';
import { SeedService } from '../src/modules/seed/seed.service';
import { isDatabasePoolTimer, PendingTimer, pendingTimersCreatedBy } from './support/pending-timers';
import { startTestApp, TestApp, testConfig } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

/** What a server would do at once on boot: seed, create the demo accounts, and run today's reminders (due since 00:00). */
const BACKGROUND_JOBS_ON = { seedOnBoot: true, demoAccounts: true, remindersEnabled: true, remindersTime: '00:00', housekeepingEnabled: true };

const count = async (databaseUrl: string, table: 'seed_run' | 'app_user' | 'reminder_run' | 'action'): Promise<number> =>
  (await queryDatabase<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM ${table}`))[0].n;

/** What the background jobs would have written: seed runs, accounts, reminder runs. */
const jobTraces = async (databaseUrl: string) => ({
  seedRuns: await count(databaseUrl, 'seed_run'),
  accounts: await count(databaseUrl, 'app_user'),
  reminderRuns: await count(databaseUrl, 'reminder_run'),
});

const ownTimers = (timers: PendingTimer[]) => timers.filter((timer) => !isDatabasePoolTimer(timer)).map((timer) => timer.createdBy);

describe('the command-line context (npm run report, npm run seed, npm run invite) starts no background job', () => {
  const config = testConfig(BACKGROUND_JOBS_ON);
  let databaseUrl: string;
  let context: INestApplicationContext;
  let timers: PendingTimer[];

  beforeAll(async () => {
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'cli');
    // As src/report.ts and src/seed.ts build it.
    ({ result: context, timers } = await pendingTimersCreatedBy(() =>
      NestFactory.createApplicationContext(CliModule.forRoot(config, databaseUrl), { logger: new PinoNestLogger(pino({ level: 'warn' })) }),
    ));
  });
  afterAll(() => context?.close());

  it('migrates the database but seeds nothing, creates no account and runs no reminders, though the configuration asks a server to', async () => {
    expect(await jobTraces(databaseUrl)).toEqual({ seedRuns: 0, accounts: 0, reminderRuns: 0 });
  });

  it('registers neither the seed-on-boot service, the reminders scheduler, the housekeeping scheduler nor the job queue’s scheduler (a CLI runs only its own job)', () => {
    expect(() => context.get(SeedOnBootService, { strict: false })).toThrow(/SeedOnBootService/);
    expect(() => context.get(ReminderScheduler, { strict: false })).toThrow(/ReminderScheduler/);
    expect(() => context.get(HousekeepingScheduler, { strict: false })).toThrow(/HousekeepingScheduler/);
    expect(() => context.get(JobQueueScheduler, { strict: false })).toThrow(/JobQueueScheduler/);
  });

  it('leaves no timer running once created, other than the database pool’s', () => {
    expect(timers.some(isDatabasePoolTimer)).toBe(true); // the detector sees the timers the context does start
    expect(ownTimers(timers)).toEqual([]);
  });

  it('still does its job: applies the seed, then builds the yearly report as a PDF through its own job (as npm run report) — with no account and no reminders run', async () => {
    const summary = await context.get(SeedService).apply(readSeedBundle(config.seedDir));
    expect(summary.actions).toBe(333);
    expect(await count(databaseUrl, 'action')).toBe(333);

    const id = await context.get(ReportJobs).request(null, '2025-12-31', 'pdf');
    expect(await context.get(JobRunner).runToCompletion(id)).toMatchObject({ state: 'DONE' });
    const report = await context.get(JobService).file(null, id);
    expect(report.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(report.fileName).toBe('rapport-annuel-pnq-2025.pdf');

    expect(await jobTraces(databaseUrl)).toEqual({ seedRuns: 1, accounts: 0, reminderRuns: 0 });
  });

  it('invites the first admin (npm run invite): a working single-use link, printed and never mailed', async () => {
    const invitations = context.get(InvitationService);
    const { invitation, link } = await invitations.inviteFromCommandLine({
      email: 'DG@Industrie.gov.ma',
      name: 'Direction générale',
      role: 'ADMIN',
      language: 'fr',
    });
    expect(invitation).toMatchObject({ email: 'dg@industrie.gov.ma', role: 'ADMIN', invitedBy: null, expired: false });
    const token = /\/invitation#([A-Za-z0-9_-]{43})$/.exec(link)![1];
    expect(await invitations.preview(token)).toMatchObject({ email: 'dg@industrie.gov.ma', role: 'ADMIN' });
    expect(await queryDatabase(databaseUrl, 'SELECT 1 FROM mail_message')).toEqual([]);
    expect(await jobTraces(databaseUrl)).toMatchObject({ accounts: 0 }); // an account only once the person accepts
  });
});

describe('the server, by contrast, runs the background jobs with the same configuration', () => {
  let testApp: TestApp;
  let timers: PendingTimer[];
  beforeAll(async () => {
    ({ result: testApp, timers } = await pendingTimersCreatedBy(() => startTestApp({ config: BACKGROUND_JOBS_ON })));
  });
  afterAll(() => testApp?.close());

  it('registers the seed-on-boot service and the reminders and housekeeping schedulers, seeds at boot and creates the accounts', async () => {
    expect(testApp.app.get(SeedOnBootService, { strict: false })).toBeInstanceOf(SeedOnBootService);
    expect(testApp.app.get(ReminderScheduler, { strict: false })).toBeInstanceOf(ReminderScheduler);
    expect(testApp.app.get(HousekeepingScheduler, { strict: false })).toBeInstanceOf(HousekeepingScheduler);
    const traces = await jobTraces(testApp.databaseUrl);
    expect(traces.seedRuns).toBe(1);
    expect(traces.accounts).toBeGreaterThan(0);
  });

  it('leaves the reminders and housekeeping schedulers’ timers running', () => {
    const scheduled = (file: string) =>
      timers.filter((timer) => timer.createdBy.includes(file)).map((timer) => (timer.repeats ? 'every period' : 'first look'));
    // Every minute, and the first look 5 s after boot unless a loaded machine took longer than that to finish starting.
    expect(scheduled('reminder.scheduler').filter((timer) => timer === 'every period')).toHaveLength(1);
    expect(scheduled('reminder.scheduler').length).toBeLessThanOrEqual(2);
    expect(scheduled('housekeeping.scheduler').sort()).toEqual(['every period', 'first look']); // every 10 minutes; the first look after a minute
  });
});
