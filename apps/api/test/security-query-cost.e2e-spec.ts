import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryLimitsRule } from '../src/common/query-limits';
import { rowCountsOfEveryTable } from './support/row-counts';
import { REPO_ROOT, SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * Queries that stay within the shape limits (depth 12, 50 aliases, 1,500 fields) yet would make the server build
 * millions of objects: each is refused by its estimated cost before any resolver runs (issue 14, item 2).
 */

/** `count` aliased copies of one selection: `a0: …, a1: …`. */
const copies = (count: number, selection: string) => Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join('\n');

const ACTION = 'ref title weight version';
const ORGANISATION = 'key name acronym aliases { text }';
const AUTHOR = `author { name organisation { ${ORGANISATION} } }`;

/** Each hostile query, as sent by a viewer (or an admin for the mutation). Every one is within QUERY_LIMITS. */
const HOSTILE: [string, string][] = [
  [
    'the reported cycle pillars → axes → projects → actions → project → axis → pillar → …, 6 aliased copies',
    `{ ${copies(6, `pillars { number axes { number projects { ref actions { ${ACTION} project { ref axis { number pillar { number axes { number projects { ref actions { ${ACTION} project { ref } } } } } } } } } } }`)} }`,
  ],
  [
    'the same cycle at 50 copies (the alias limit)',
    `{ ${copies(50, 'pillars { axes { projects { actions { project { axis { pillar { axes { projects { actions { project { ref } } } } } } } } } } }')} }`,
  ],
  [
    'the cycle action → project → actions → project → … from the full list of actions',
    `{ ${copies(3, `actions { ${ACTION} project { actions { ${ACTION} project { actions { ${ACTION} project { actions { ref } } } } } } }`)} }`,
  ],
  [
    'the cycle through owners, partners and participants’ organisations',
    `{ ${copies(
      8,
      `actions { ref owners { ${ORGANISATION} } partners { ${ORGANISATION} } participants { printedName organisation { ${ORGANISATION} } } project { actions { owners { ${ORGANISATION} } partners { ${ORGANISATION} } } } }`,
    )} }`,
  ],
  [
    'the cycle through indicators, their values and their authors',
    `{ ${copies(10, `actions(limit: 1000) { ref indicators { label values { value comment ${AUTHOR} } } project { actions { indicators { values { ${AUTHOR} } } } } }`)} }`,
  ],
  [
    'the cycle through history, comments and their authors',
    `{ ${copies(10, `actions { history { comment evidenceUrls ${AUTHOR} } comments { comment ${AUTHOR} } project { axis { projects { actions { history { ${AUTHOR} } } } } } }`)} }`,
  ],
  ['every organisation with its aliases, 50 times', `{ ${copies(50, `organisations { ${ORGANISATION} ownedActionCount partnerActionCount }`)} }`],
  [
    'dashboard rows computed for 50 different dates',
    `{ ${Array.from(
      { length: 50 },
      (_, i) =>
        `d${i}: dashboard(asOf: "${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15") { totals { actions progress } byOrganisation { key name progress overdue atRisk } overdueActions { ref title owners daysLate } byPillar { number indicators { onTrack } } }`,
    ).join(' ')} }`,
  ],
  [
    'an organisation’s actions, every page size at the cap, with their whole history',
    `{ ${copies(10, `myActions(organisationKey: "imanor", limit: 1000) { ref history { status progress comment ${AUTHOR} } project { actions { ref history { comment } } } }`)} }`,
  ],
  [
    'a page size given by a variable (counted at its maximum)',
    `query ($n: Int!) { ${copies(20, `actions(limit: $n) { ref history { comment ${AUTHOR} } comments { ${AUTHOR} } }`)} }`,
  ],
  [
    'the cycle hidden in nested fragments',
    `{ ${copies(6, 'pillars { ...P }')} }
     fragment P on Pillar { axes { projects { ...J } } }
     fragment J on Project { actions { project { axis { pillar { axes { projects { ...K } } } } } } }
     fragment K on Project { actions { ${ACTION} project { ref } } }`,
  ],
];

describe('query cost: a viewer cannot freeze the API with one query', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let admin: SignedInClient;
  let before: Record<string, number>;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    admin = await testApp.signIn('admin@pnq.local');
    before = await rowCountsOfEveryTable(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  it.each(HOSTILE)('refuses %s with QUERY_TOO_COSTLY, the estimate and the limit in the message, /health answering', async (_name, query) => {
    const [response, health] = await Promise.all([viewer.graphql(query, { n: 1000 }), fetch(`${testApp.baseUrl}/health`)]);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(response.data).toBeUndefined(); // refused before anything ran
    const { cost, maxCost } = response.errors![0].extensions as { cost: number; maxCost: number };
    expect(cost).toBeGreaterThan(maxCost);
    expect(response.errors![0].message).toContain(maxCost.toLocaleString('en-US'));
    expect(health.status).toBe(200);
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);
  });

  it('keeps every hostile query within the shape limits (depth, aliases, fields): only their cost refuses them', () => {
    const schema = buildSchema(readFileSync(join(REPO_ROOT, 'libs/graphql-schema/schema.graphql'), 'utf8'));
    for (const [name, query] of HOSTILE) expect(validate(schema, parse(query), [queryLimitsRule]), name).toEqual([]);
  });

  it('refuses a mutation whose answer would be too costly before the mutation runs: nothing is written', async () => {
    const response = await admin.graphql(
      `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { ref ${copies(40, `project { axis { pillar { axes { projects { actions { project { axis { projects { actions { ${ACTION} } } } } } } } } } }`)} } }`,
      { input: { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', expectedVersion: 0 } },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
  });

  it('still answers the heavy queries the dashboard itself sends, and wrote nothing', async () => {
    const explorer = await viewer.graphql<{ actions: unknown[] }>(
      `{ actions { ref title status progress healthDetail { health reason days expectedProgress dueDate } deadline { raw } owners { key name acronym } }
         organisations { key name acronym ownedActionCount partnerActionCount } }`,
    );
    expect(explorer.errors).toBeUndefined();
    expect(explorer.data!.actions).toHaveLength(333);
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);
  });
});
