import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { SignedInClient, startTestApp, TestApp, testConfig } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Yearly reports are long work done off the request path (issues 14.5 and 16): queued as jobs, built in a worker
 * thread by whichever instance claims them, within limits per person and per instance, downloaded when ready.
 */
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface Job {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  stage: string | null;
  queuedBefore: number | null;
  fileName: string | null;
  sha256: string | null;
  downloadUrl: string | null;
  error: { code: string; message: string } | null;
}
const JOB_FIELDS = 'id state progress stage queuedBefore fileName sha256 downloadUrl error { code message }';

async function waitForJob(client: SignedInClient, id: string, seen: Job[] = []): Promise<Job> {
  for (;;) {
    const { data, errors } = await client.graphql<{ job: Job }>(`query ($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`, { id });
    expect(errors).toBeUndefined();
    seen.push(data!.job);
    if (data!.job.state === 'DONE' || data!.job.state === 'FAILED') return data!.job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function requestReport(client: SignedInClient, input: string): Promise<{ job?: Job; code?: string }> {
  const { data, errors } = await client.graphql<{ requestAnnualReport: Job }>(`mutation { requestAnnualReport(input: ${input}) { ${JOB_FIELDS} } }`);
  return { job: data?.requestAnnualReport, code: errors?.[0]?.extensions?.code };
}

describe('yearly reports as jobs', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let admin: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    admin = await testApp.signIn('admin@pnq.local');
  });
  afterAll(() => testApp.close());

  it('refuses beyond two reports per person with TOO_MANY_REPORTS, runs one at a time per instance, and keeps /health and queries answering meanwhile (issue 14.5)', async () => {
    const url = `${testApp.baseUrl}/reports/annual?year=2025&format=pdf`;
    const running: number[] = [];
    let jobsDone = false;
    const sample = (async () => {
      const answers: { health: number; query: boolean; unfinished: number }[] = [];
      while (!jobsDone) {
        const [{ n }] = await queryDatabase<{ n: number }>(testApp.databaseUrl, `SELECT count(*)::int AS n FROM job WHERE state = 'RUNNING'`);
        running.push(n);
        const [{ unfinished }] = await queryDatabase<{ unfinished: number }>(
          testApp.databaseUrl,
          `SELECT count(*)::int AS unfinished FROM job WHERE state IN ('QUEUED','RUNNING')`,
        );
        if (unfinished > 0) {
          const health = (await fetch(`${testApp.baseUrl}/health`)).status;
          const query = await viewer.graphql<{ pillars: unknown[] }>('{ pillars { number } }');
          // Still unfinished once both answered: they were served while the reports were being built.
          const [{ still }] = await queryDatabase<{ still: number }>(
            testApp.databaseUrl,
            `SELECT count(*)::int AS still FROM job WHERE state IN ('QUEUED','RUNNING')`,
          );
          if (still > 0) answers.push({ health, query: query.data?.pillars.length === 5, unfinished: still });
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return answers;
    })();

    const responses = await Promise.all(Array.from({ length: 8 }, () => fetch(url, { headers: { cookie: viewer.cookie } })));
    jobsDone = true;
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429, 429, 429]);
    const answersWhileBuilding = await sample;
    for (const refused of responses.filter((r) => r.status === 429)) {
      expect(((await refused.json()) as { code: string }).code).toBe('TOO_MANY_REPORTS');
    }
    for (const accepted of responses.filter((r) => r.status === 200))
      expect(
        Buffer.from(await accepted.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    const [{ queued }] = await queryDatabase<{ queued: number }>(testApp.databaseUrl, `SELECT count(*)::int AS queued FROM job`);
    expect(queued).toBe(2); // the refused ones queued nothing
    expect(Math.max(...running)).toBe(1); // PNQ_JOB_CONCURRENCY = 1: one report built at a time on this instance
    expect(answersWhileBuilding.length).toBeGreaterThan(0);
    expect(answersWhileBuilding.every((a) => a.health === 200 && a.query)).toBe(true);
  });

  it('asks for a report, follows its progress and downloads it; another person cannot see it, an admin can', async () => {
    const { job, code } = await requestReport(viewer, '{ asOf: "2025-06-30", format: DOCX }');
    expect(code).toBeUndefined();
    expect(['QUEUED', 'RUNNING']).toContain(job!.state);
    const seen: Job[] = [];
    const done = await waitForJob(viewer, job!.id, seen);
    expect(done).toMatchObject({
      state: 'DONE',
      progress: 100,
      fileName: 'rapport-annuel-pnq-2025-06-30.docx',
      downloadUrl: `/jobs/${job!.id}/file`,
      error: null,
    });
    expect(seen.some((j) => j.state === 'RUNNING' && j.stage !== null)).toBe(true);
    const file = await download(`${testApp.baseUrl}${done.downloadUrl}`, viewer.cookie);
    expect(file.status).toBe(200);
    expect(file.disposition).toContain('rapport-annuel-pnq-2025-06-30.docx');
    expect(sha256(file.body)).toBe(done.sha256);

    const editor = await testApp.signIn('imanor@pnq.local');
    const other = await editor.graphql(`query ($id: ID!) { job(id: $id) { id } }`, { id: job!.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('JOB_NOT_FOUND');
    expect((await download(`${testApp.baseUrl}${done.downloadUrl}`, editor.cookie)).status).toBe(404);
    expect((await download(`${testApp.baseUrl}${done.downloadUrl}`, admin.cookie)).status).toBe(200);
  });

  it('builds the same DOCX byte for byte from the same data and date', async () => {
    const builds = [];
    for (let i = 0; i < 2; i++) {
      const { job } = await requestReport(viewer, '{ year: 2024, format: DOCX }');
      const done = await waitForJob(viewer, job!.id);
      builds.push((await download(`${testApp.baseUrl}${done.downloadUrl}`, viewer.cookie)).body);
    }
    expect(builds[0].length).toBeGreaterThan(10_000);
    expect(sha256(builds[1])).toBe(sha256(builds[0]));
  });

  describe('official editions', () => {
    it('marks a past year final once: both formats stored with their hash, date and author, downloaded byte-identical twice', async () => {
      const { data, errors } = await admin.graphql<{ finaliseAnnualReport: Job }>(`mutation { finaliseAnnualReport(year: 2024) { ${JOB_FIELDS} } }`);
      expect(errors).toBeUndefined();
      expect(await waitForJob(admin, data!.finaliseAnnualReport.id)).toMatchObject({ state: 'DONE', error: null });

      const editions = await viewer.graphql<{
        reportEditions: {
          year: number;
          asOf: string;
          finalisedBy: string;
          finalisedAt: string;
          files: { format: string; sha256: string; size: number; downloadUrl: string }[];
        }[];
      }>('{ reportEditions { year asOf finalisedBy finalisedAt files { format sha256 size downloadUrl } } }');
      expect(editions.errors).toBeUndefined();
      const [edition] = editions.data!.reportEditions;
      expect(edition).toMatchObject({ year: 2024, asOf: '2024-12-31', finalisedBy: expect.any(String) as string });
      expect(edition.files.map((f) => f.format).sort()).toEqual(['docx', 'pdf']);
      for (const file of edition.files) {
        const first = await download(`${testApp.baseUrl}${file.downloadUrl}`, viewer.cookie);
        const second = await download(`${testApp.baseUrl}${file.downloadUrl}`, viewer.cookie);
        expect(first.status).toBe(200);
        expect(first.body.length).toBe(file.size);
        expect(sha256(first.body)).toBe(file.sha256);
        expect(second.body.equals(first.body)).toBe(true);
      }
      const [audit] = await queryDatabase<{ n: number }>(
        testApp.databaseUrl,
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'finaliseAnnualReport'`,
      );
      expect(audit.n).toBe(1);
    });

    it('refuses to replace a final edition, to mark an unfinished year final, and to change a stored edition', async () => {
      const again = await admin.graphql('mutation { finaliseAnnualReport(year: 2024) { id } }');
      expect(again.errors?.[0]?.extensions?.code).toBe('REPORT_EDITION_EXISTS');
      const thisYear = await admin.graphql('mutation { finaliseAnnualReport(year: 2035) { id } }');
      expect(thisYear.errors?.[0]?.extensions?.code).toBe('REPORT_YEAR_NOT_CLOSED');
      await expect(queryDatabase(testApp.databaseUrl, `UPDATE report_edition SET sha256 = repeat('0', 64)`)).rejects.toThrow(/append-only/);
      await expect(queryDatabase(testApp.databaseUrl, `DELETE FROM report_edition`)).rejects.toThrow(/append-only/);
      expect((await download(`${testApp.baseUrl}/reports/editions/2023/pdf`, viewer.cookie)).status).toBe(404);
    });
  });
});

describe('a report too large for a worker thread’s memory', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { jobs: { ...testConfig().jobs, workerMemoryMb: 24 } } });
  });
  afterAll(() => testApp.close());

  it('fails alone with REPORT_TOO_LARGE while the instance keeps serving', async () => {
    const viewer = await testApp.signIn('viewer@pnq.local');
    const { job } = await requestReport(viewer, '{ year: 2025, format: PDF }');
    const done = await waitForJob(viewer, job!.id);
    expect(done).toMatchObject({ state: 'FAILED', error: { code: 'REPORT_TOO_LARGE' } });
    expect((await download(`${testApp.baseUrl}/jobs/${job!.id}/file`, viewer.cookie)).status).toBe(413);
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);
  });
});
