import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

interface Listed {
  ref: string;
  owners: { key: string }[];
  partners: { key: string }[];
  project: { axis: { number: number; pillar: { number: number } } };
}

/**
 * The explorer's filters on place and parties run in SQL; this checks them against the whole list
 * filtered here, field by field, so the two paths cannot drift apart.
 */
describe('explorer filters narrowed in SQL agree with the whole plan filtered by hand', () => {
  let testApp: TestApp;
  let viewer: GraphqlClient;
  let all: Listed[];
  const FIELDS = 'ref owners { key } partners { key } project { axis { number pillar { number } } }';
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    all = (await viewer.graphql<{ actions: Listed[] }>(`{ actions(asOf: "2026-06-30") { ${FIELDS} } }`)).data!.actions;
  });
  afterAll(() => testApp.close());

  it.each<[string, Record<string, unknown>, (a: Listed) => boolean]>([
    ['pillars 2 and 4', { pillars: [2, 4] }, (a) => [2, 4].includes(a.project.axis.pillar.number)],
    ['axis 3.2', { axis: '3.2' }, (a) => a.project.axis.pillar.number === 3 && a.project.axis.number === 2],
    ['owner IMANOR', { owner: 'imanor' }, (a) => a.owners.some((o) => o.key === 'imanor')],
    ['partner IMANOR', { partner: 'imanor' }, (a) => a.partners.some((o) => o.key === 'imanor')],
    ['owner IMANOR in pillar 1', { owner: 'imanor', pillars: [1] }, (a) => a.owners.some((o) => o.key === 'imanor') && a.project.axis.pillar.number === 1],
    ['an unknown owner', { owner: 'nobody' }, () => false],
  ])('%s', async (_name, filter, keep) => {
    const { data, errors } = await viewer.graphql<{ actions: Listed[] }>(
      `query ($f: ActionFilterInput) { actions(asOf: "2026-06-30", filter: $f) { ${FIELDS} } }`,
      { f: filter },
    );
    expect(errors).toBeUndefined();
    const expected = all.filter(keep).map((a) => a.ref);
    expect(data!.actions.map((a) => a.ref)).toEqual(expected);
    if (Object.keys(filter).length && filter.owner !== 'nobody') expect(expected.length).toBeGreaterThan(0);
  });

  it('pages the list: limit and offset walk the same order', async () => {
    const page = async (offset: number) =>
      (await viewer.graphql<{ actions: { ref: string }[] }>(`{ actions(asOf: "2026-06-30", limit: 100, offset: ${offset}) { ref } }`)).data!.actions.map(
        (a) => a.ref,
      );
    const pages = [...(await page(0)), ...(await page(100)), ...(await page(200)), ...(await page(300))];
    expect(pages).toEqual(all.map((a) => a.ref));
  });
});
