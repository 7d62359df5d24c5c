import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

/** The overview answers pages of its lists, with their totals, so that its answer keeps one size whatever the plan's (issue 16). */
describe('the overview’s lists are pages with their totals', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  const asOf = '2027-01-01';

  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
  });
  afterAll(() => testApp.close());

  interface Page {
    dashboard: {
      totals: { overdue: number };
      pillarCount: number;
      organisationCount: number;
      overdueActions: { ref: string; daysLate: number }[];
      byPillar: { number: number }[];
      byOrganisation: { key: string; overdue: number }[];
    };
  }
  const PAGE = `query ($asOf: CalendarDate!, $offset: Int!, $limit: Int!) { dashboard(asOf: $asOf) {
    totals { overdue } pillarCount organisationCount
    overdueActions(limit: $limit, offset: $offset) { ref daysLate }
    byPillar(limit: $limit, offset: $offset) { number }
    byOrganisation(limit: $limit, offset: $offset) { key overdue } } }`;
  const page = async (offset: number, limit: number) => {
    const { data, errors } = await viewer.graphql<Page>(PAGE, { asOf, offset, limit });
    expect(errors).toBeUndefined();
    return data!.dashboard;
  };

  it('answers at most the page asked for by default (10 overdue actions, 10 pillars, 20 organisations), with the totals', async () => {
    const { data, errors } = await viewer.graphql<Page>(
      `query ($asOf: CalendarDate!) { dashboard(asOf: $asOf) { totals { overdue } pillarCount organisationCount
        overdueActions { ref daysLate } byPillar { number } byOrganisation { key overdue } } }`,
      { asOf },
    );
    expect(errors).toBeUndefined();
    const dashboard = data!.dashboard;
    expect(dashboard.totals.overdue).toBeGreaterThan(10);
    expect(dashboard.overdueActions).toHaveLength(10);
    expect(dashboard.pillarCount).toBe(5);
    expect(dashboard.byPillar.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(dashboard.organisationCount).toBeGreaterThan(20);
    expect(dashboard.byOrganisation).toHaveLength(20);
  });

  it('pages through every overdue action and every organisation, most late first, without a gap or a repeat', async () => {
    const first = await page(0, 7);
    const overdue = [...first.overdueActions];
    const organisations = [...first.byOrganisation];
    for (let offset = 7; offset < Math.max(first.totals.overdue, first.organisationCount); offset += 7) {
      const next = await page(offset, 7);
      overdue.push(...next.overdueActions);
      organisations.push(...next.byOrganisation);
    }
    expect(overdue).toHaveLength(first.totals.overdue);
    expect(new Set(overdue.map((a) => a.ref)).size).toBe(overdue.length);
    expect(overdue.map((a) => a.daysLate)).toEqual([...overdue.map((a) => a.daysLate)].sort((a, b) => b - a));
    expect(organisations).toHaveLength(first.organisationCount);
    expect(new Set(organisations.map((o) => o.key)).size).toBe(organisations.length);
    expect(organisations.map((o) => o.overdue)).toEqual([...organisations.map((o) => o.overdue)].sort((a, b) => b - a));
  });

  it('gives one organisation’s roll-up by its key, wherever it ranks', async () => {
    const all = await page(0, 100);
    const last = all.byOrganisation.at(-1)!;
    const { data, errors } = await viewer.graphql<Page>(
      `query ($asOf: CalendarDate!, $key: String!) { dashboard(asOf: $asOf) { byOrganisation(keys: [$key]) { key overdue } } }`,
      {
        asOf,
        key: last.key,
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.dashboard.byOrganisation).toEqual([last]);
  });

  it.each([
    ['more than 100 rows', 101, 0],
    ['no row', 0, 0],
    ['a negative offset', 10, -1],
  ])('refuses a page of %s with BAD_USER_INPUT', async (_, limit, offset) => {
    const { errors } = await viewer.graphql(`query ($limit: Int!, $offset: Int!) { dashboard { overdueActions(limit: $limit, offset: $offset) { ref } } }`, {
      limit,
      offset,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
