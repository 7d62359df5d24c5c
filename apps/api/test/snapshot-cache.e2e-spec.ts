import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

const TOTALS = '{ dashboard(asOf: "2026-06-30") { totals { completed inProgress } } }';
type Totals = { dashboard: { totals: { completed: number; inProgress: number } } };

/** Each instance caches the whole-plan snapshot per date; a change made through ANY instance must show at once. */
describe('the cached snapshot behind the roll-ups, with two instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let readerOnFirst: GraphqlClient;
  let writerOnSecond: GraphqlClient;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ databaseUrl: first.databaseUrl });
    readerOnFirst = await first.signIn('viewer@pnq.local');
    writerOnSecond = await second.signIn('admin@pnq.local');
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('shows an update made on the other instance in the next overview, twice in a row', async () => {
    const before = (await readerOnFirst.graphql<Totals>(TOTALS)).data!.dashboard.totals;
    expect((await readerOnFirst.graphql<Totals>(TOTALS)).data!.dashboard.totals).toEqual(before); // served from the cache

    for (const [index, ref] of ['1-1.1.1', '1-1.1.2'].entries()) {
      const update = await writerOnSecond.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
        i: { ref, expectedVersion: 0, status: 'COMPLETED', progress: 100, comment: 'Achevé', effectiveDate: '2025-12-31' },
      });
      expect(update.errors).toBeUndefined();
      const after = (await readerOnFirst.graphql<Totals>(TOTALS)).data!.dashboard.totals;
      expect(after.completed).toBe(before.completed + index + 1);
    }
  });
});
