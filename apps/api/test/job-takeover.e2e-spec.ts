import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiProcess, buildApi, startApiProcess } from './support/api-process';
import { download } from './support/documents';
import { signIn } from './support/test-app';
import { createTestDatabase, queryDatabase } from './support/test-database';

/**
 * A job survives the instance that took it (issue 16): the API process building a report is killed (SIGKILL) in
 * the middle; another process on the same database takes the job over once the claim runs out, and completes it.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Claims last 2 s without a heartbeat here (30 s by default), so the takeover comes quickly. */
const ENV = { PNQ_JOB_LEASE_SECONDS: '2' };
/** Budgets for a loaded machine (nothing asserts on time): the job taken, then taken over and built again. */
const TAKEN_WITHIN_POLLS = 2400; // × 25 ms
const DONE_WITHIN_POLLS = 1800; // × 100 ms

interface JobRow {
  state: string;
  claimed_by: string | null;
  attempts: number;
}

describe('a job survives the instance that took it being killed', () => {
  let databaseUrl: string;
  const processes: ApiProcess[] = [];
  beforeAll(async () => {
    buildApi();
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'jobtakeover');
  });
  afterAll(async () => {
    for (const api of processes) await api.stop('SIGKILL');
  });

  it('is completed by another instance after the one building it is killed mid-way', async () => {
    const first = await startApiProcess({ DATABASE_URL: databaseUrl, ...ENV });
    processes.push(first);
    const viewer = await signIn(first.baseUrl, 'viewer@pnq.local');

    // A report is queued through the first instance, which takes it at once (the only instance).
    let job: JobRow | undefined;
    let id = '';
    for (let round = 0; round < 3 && !job; round++) {
      const asked = await viewer.graphql<{ requestAnnualReport: { id: string } }>(
        'mutation { requestAnnualReport(input: { year: 2025, format: PDF }) { id } }',
      );
      expect(asked.errors).toBeUndefined();
      id = asked.data!.requestAnnualReport.id;
      for (let poll = 0; poll < TAKEN_WITHIN_POLLS; poll++) {
        const [row] = await queryDatabase<JobRow>(databaseUrl, 'SELECT state, claimed_by, attempts FROM job WHERE id = $1', [id]);
        if (row.state === 'RUNNING') {
          first.process.kill('SIGSTOP'); // frozen as it is, then checked: still building when it dies
          const [frozen] = await queryDatabase<JobRow>(databaseUrl, 'SELECT state, claimed_by, attempts FROM job WHERE id = $1', [id]);
          if (frozen.state === 'RUNNING') job = frozen;
          else first.process.kill('SIGCONT'); // finished in between: try again with another job
          break;
        }
        await sleep(25);
      }
    }
    expect(job).toMatchObject({ state: 'RUNNING', attempts: 1 });
    await first.stop('SIGKILL');

    // Another process on the same database (or the same one restarted: a new instance) takes the job over.
    const second = await startApiProcess({ DATABASE_URL: databaseUrl, ...ENV });
    processes.push(second);
    let row: JobRow | undefined;
    for (let poll = 0; poll < DONE_WITHIN_POLLS && row?.state !== 'DONE' && row?.state !== 'FAILED'; poll++) {
      [row] = await queryDatabase<JobRow>(databaseUrl, 'SELECT state, claimed_by, attempts FROM job WHERE id = $1', [id]);
      await sleep(100);
    }
    expect(row).toMatchObject({ state: 'DONE', attempts: 2 });

    const again = await signIn(second.baseUrl, 'viewer@pnq.local');
    const file = await download(`${second.baseUrl}/jobs/${id}/file`, again.cookie);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
  }, 600_000);
});
