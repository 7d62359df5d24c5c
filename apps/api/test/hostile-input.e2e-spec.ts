import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/common/query-limits';
import { GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { ref version } }`;
const validUpdate = (fields: Record<string, unknown> = {}) => ({
  input: { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 10, comment: 'Essai', expectedVersion: 0, ...fields },
});
const nest = (levels: number): string =>
  levels <= 0 ? 'number' : `axes { projects { actions { project { axis { pillar { ${nest(levels - 6)} } } } } } }`;

/** What a hostile or broken request may write: nothing. */
const WRITABLE_TABLES = ['action_status_update', 'action_comment', 'audit_event', 'organisation', 'app_user', 'action'];
async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const [row] = await queryDatabase<Record<string, number>>(
    databaseUrl,
    `SELECT ${WRITABLE_TABLES.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')},
            (SELECT sum(version)::int FROM action) AS versions`,
  );
  return row;
}

/** Posts a raw body (not necessarily JSON) with the session cookie. */
async function postRaw(baseUrl: string, cookie: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body });
  const text = await response.text();
  return { status: response.status, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

describe('hostile and malformed GraphQL', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let before: Record<string, number>;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    before = await rowCounts(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  const refused: [string, (client: GraphqlClient) => Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>, string][] = [
    ['fields nested 19 levels deep', (c) => c.graphql(`{ pillars { ${nest(18)} } }`), 'QUERY_TOO_DEEP'],
    ['a fragment cycle', (c) => c.graphql('{ plan { ...A } } fragment A on Plan { ...B } fragment B on Plan { ...A }'), 'GRAPHQL_VALIDATION_FAILED'],
    ['2,000 aliases of one field', (c) => c.graphql(`{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: plan { actionCount }`).join(' ')} }`), 'TOO_MANY_ALIASES'],
    ['20,000 aliases (past the token limit)', (c) => c.graphql(`{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`), 'GRAPHQL_PARSE_FAILED'],
    [
      'one fragment spread 300 times (thousands of fields once expanded)',
      (c) => c.graphql(`{ pillars { ${Array(300).fill('...P').join(' ')} } } fragment P on Pillar { number name axes { number title projects { ref title } } }`),
      'QUERY_TOO_LARGE',
    ],
    ['a list of 10,000 pillars in a filter', (c) => c.graphql('query ($p: [Int!]) { actions(filter: { pillars: $p }) { ref } }', { p: Array(10_000).fill(1) }), 'BAD_USER_INPUT'],
    ['a page larger than the cap', (c) => c.graphql('{ actions(limit: 100000) { ref } }'), 'BAD_USER_INPUT'],
    ['a negative offset', (c) => c.graphql('{ actions(offset: -5) { ref } }'), 'BAD_USER_INPUT'],
    ['100 evidence links', (c) => c.graphql(UPDATE, validUpdate({ evidenceUrls: Array(100).fill('https://example.org/x') })), 'BAD_USER_INPUT'],
    ['a 200,000-character comment', (c) => c.graphql(UPDATE, validUpdate({ comment: 'x'.repeat(200_000) })), 'BAD_USER_INPUT'],
    ['a progress given as text', (c) => c.graphql(UPDATE, validUpdate({ progress: 'fifty' })), 'BAD_USER_INPUT'],
    ['a version given as a float', (c) => c.graphql(UPDATE, validUpdate({ expectedVersion: 1.5 })), 'BAD_USER_INPUT'],
    ['a date that does not exist', (c) => c.graphql('query ($d: CalendarDate) { dashboard(asOf: $d) { asOf } }', { d: '2026-13-45' }), 'BAD_USER_INPUT'],
    ['an unknown status', (c) => c.graphql(UPDATE, validUpdate({ status: 'DROP TABLE' })), 'BAD_USER_INPUT'],
    ['an unknown input field', (c) => c.graphql(UPDATE, validUpdate({ isAdmin: true })), 'BAD_USER_INPUT'],
    ['an unknown output field', (c) => c.graphql('{ plan { passwordHash } }'), 'GRAPHQL_VALIDATION_FAILED'],
    ['SQL in a reference', (c) => c.graphql(UPDATE, validUpdate({ ref: "3-1.1.1'; DELETE FROM action; --" })), 'BAD_USER_INPUT'],
    ['SQL in an action lookup', (c) => c.graphql(`{ action(ref: "1' OR '1'='1") { ref } }`), 'ACTION_NOT_FOUND'],
    ['SQL in an organisation key', (c) => c.graphql(`{ myActions(organisationKey: "x' OR 1=1 --") { ref } }`), 'ORGANISATION_NOT_FOUND'],
    ['a query that is not GraphQL', (c) => c.graphql('DROP TABLE action;'), 'GRAPHQL_PARSE_FAILED'],
    ['an empty query', (c) => c.graphql(''), 'BAD_REQUEST'],
  ];

  it.each(refused)('refuses %s with a clear coded error', async (_name, send, code) => {
    const response = await send(admin);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors![0].message.length).toBeGreaterThan(10);
    expect(JSON.stringify(response.errors)).not.toMatch(/QueryFailedError|at \w+ \(|node_modules/); // no internals leaked
  });

  it('answers SQL in a search text with no match rather than an error, and logs in nobody with SQL in an email', async () => {
    const search = await admin.graphql<{ actions: unknown[] }>('query ($t: String) { actions(filter: { text: $t }) { ref } }', { t: "'; DROP TABLE action; --" });
    expect(search.errors).toBeUndefined();
    expect(search.data!.actions).toEqual([]);
    const login = (email: string) =>
      testApp.graphql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', { e: email, p: "' OR ''='" });
    expect((await login("x' OR 1=1 --")).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await login('admin@pnq.local')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a body past the size limit with 413 PAYLOAD_TOO_LARGE before parsing it', async () => {
    const body = JSON.stringify({ query: UPDATE, variables: validUpdate({ comment: 'x'.repeat(2 * 1024 * 1024) }) });
    const response = await postRaw(testApp.baseUrl, admin.cookie, body);
    expect(response.status).toBe(413);
    expect(response.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['truncated JSON', '{"query": "{ plan { title } "'],
    ['JSON that is a string', '"{ plan { title } }"'],
    ['a batch of operations', JSON.stringify([{ query: '{ plan { title } }' }, { query: '{ me { id } }' }])],
  ])('refuses %s with a 400 and a coded error', async (_name, body) => {
    const response = await postRaw(testApp.baseUrl, admin.cookie, body);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('keeps the limits above what the dashboard asks', () => {
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(7);
    expect(QUERY_LIMITS.maxFields).toBeGreaterThanOrEqual(200);
  });

  it('wrote nothing for any of the above, and still serves', async () => {
    expect(await rowCounts(testApp.databaseUrl)).toEqual(before);
    const health = await fetch(`${testApp.baseUrl}/health`);
    expect(health.status).toBe(200);
    const plan = await admin.graphql<{ plan: { actionCount: number } }>('{ plan { actionCount } }');
    expect(plan.data!.plan.actionCount).toBe(333);
  });

  it('stores markup in a comment as plain text, returned as the same characters (the dashboard renders it inert)', async () => {
    const markup = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const response = await admin.graphql<{ updateActionStatus: { version: number } }>(UPDATE, validUpdate({ comment: markup }));
    expect(response.errors).toBeUndefined();
    const { data } = await admin.graphql<{ action: { history: { comment: string }[] } }>('{ action(ref: "3-1.1.1") { history { comment } } }');
    expect(data!.action.history[0].comment).toBe(markup);
  });
});
