import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, probeGet, probeGraphql } from './support/http-probe';
import { configFromEnv, GraphqlClient, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { inviteAccount } from './support/accounts';

const ADMIN = 'secretariat@industrie.gov.ma';
const ADMIN_PASSWORD = 'lanterne-orage-cedre-2035';
const production = (extra: Record<string, string> = {}) =>
  configFromEnv({ NODE_ENV: 'production', PNQ_ADMIN_EMAIL: ADMIN, PNQ_ADMIN_PASSWORD: ADMIN_PASSWORD, PNQ_REMINDERS_ENABLED: 'false', ...extra });

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; type: TypeRef }[] | null;
}
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const namedType = (type: TypeRef): string => (type.ofType ? namedType(type.ofType) : type.name!);

/** Every field of every object type whose (unwrapped) type is `typeName`, as "Type.field". */
async function fieldsReturning(client: GraphqlClient, typeName: string): Promise<string[]> {
  const { data } = await client.graphql<{ __schema: { types: IntrospectedType[] } }>(
    `{ __schema { types { name kind fields { name type { ${TYPE_REF} } } } } }`,
  );
  return data!.__schema.types
    .filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__'))
    .flatMap((type) => (type.fields ?? []).filter((field) => namedType(field.type) === typeName).map((field) => `${type.name}.${field.name}`))
    .sort();
}

describe('what a signed-in non-admin learns about other people', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let viewer: SignedInClient;
  let imanor: SignedInClient;
  let dpcsmq: SignedInClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, viewer, imanor, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
    // IMANOR leaves a trace everywhere an author is shown: a status update, a comment, an indicator value.
    const updated = await imanor.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: { ref: '1-2.1.1', status: 'IN_PROGRESS', progress: 20, comment: 'Lancé', effectiveDate: '2025-06-30', expectedVersion: 0 },
    });
    const commented = await imanor.graphql('mutation ($i: AddActionCommentInput!) { addActionComment(input: $i) { ref } }', {
      i: { ref: '3-1.1.1', comment: 'Avis transmis' },
    });
    const indicator = await imanor.graphql<{ action: { indicators: { id: string }[] } }>('{ action(ref: "5-1.2.1") { indicators { id } } }');
    const recorded = await imanor.graphql('mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { version } }', {
      i: { indicatorId: Number(indicator.data!.action.indicators[0].id), date: '2025-06-30', value: 150, comment: 'Bilan S1', expectedVersion: 0 },
    });
    expect([updated.errors, commented.errors, recorded.errors]).toEqual([undefined, undefined, undefined]);
  });
  afterAll(() => testApp.close());

  it('serves the User type (e-mail, role, active flag, language, mail opt-out) only to that user or to an admin', async () => {
    expect(await fieldsReturning(viewer, 'User')).toEqual([
      'LoginResult.user', // yourself
      'Mutation.updateMyPreferences', // yourself
      'Mutation.updateUser', // admins only
      'Query.me', // yourself
      'Query.users', // admins only
    ]);
    for (const client of [viewer, imanor]) {
      expect(codeOf(await client.graphql('{ users { email } }'))).toBe('FORBIDDEN');
      expect(codeOf(await client.graphql('mutation { updateUser(input: { email: "viewer@pnq.local", name: "X Y" }) { email role } }'))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await client.graphql('mutation ($i: InviteUserInput!) { inviteUser(input: $i) { email } }', {
            i: { email: 'x@pnq.local', name: 'X Y', role: 'VIEWER', language: 'fr' },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await client.graphql('{ auditEvents(limit: 5) { actorEmail } }'))).toBe('FORBIDDEN');
    }
    expect((await imanor.graphql<{ me: { email: string } }>('{ me { email } }')).data!.me.email).toBe('imanor@pnq.local');
    expect(
      (await imanor.graphql<{ updateMyPreferences: { email: string } }>('mutation { updateMyPreferences(input: {}) { email } }')).data!.updateMyPreferences
        .email,
    ).toBe('imanor@pnq.local');
    expect((await admin.graphql<{ users: unknown[] }>('{ users { email role active language mailOptOut } }')).data!.users.length).toBeGreaterThan(3);
  });

  it('names the author of an update, a comment or an indicator value by display name and organisation only', async () => {
    expect(await fieldsReturning(viewer, 'Author')).toEqual([
      'ActionComment.author',
      'ActionFinancing.author',
      'ActionRevision.decidedBy',
      'ApiToken.createdBy',
      'EvidenceFile.author',
      'EvidenceWithdrawal.withdrawnBy',
      'IndicatorValue.author',
      'RevisionRequest.decidedBy',
      'RevisionRequest.requestedBy',
      'StatusUpdate.author',
    ]);
    const { data } = await viewer.graphql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Author") { fields { name } } }');
    expect(data!.__type.fields.map((field) => field.name).sort()).toEqual(['name', 'organisation']);

    const imanorAuthor = { name: 'Éditeur IMANOR (démo)', organisation: { key: 'imanor' } };
    for (const client of [viewer, dpcsmq, admin]) {
      const authors = await client.graphql<{
        history: { history: { author: unknown }[] };
        comments: { comments: { author: unknown }[] };
        indicator: { indicators: { values: { author: unknown }[] }[] };
      }>(
        `{ history: action(ref: "1-2.1.1") { history { author { name organisation { key } } } }
           comments: action(ref: "3-1.1.1") { comments { author { name organisation { key } } } }
           indicator: action(ref: "5-1.2.1") { indicators { values { author { name organisation { key } } } } } }`,
      );
      expect(authors.errors).toBeUndefined();
      expect(authors.data!.history.history[0].author).toEqual(imanorAuthor);
      expect(authors.data!.comments.comments[0].author).toEqual(imanorAuthor);
      expect(authors.data!.indicator.indicators[0].values[0].author).toEqual(imanorAuthor);
    }
    for (const field of ['email', 'role', 'active', 'language', 'mailOptOut', 'id']) {
      const asked = await dpcsmq.graphql(`{ action(ref: "1-2.1.1") { history { author { ${field} } } } }`);
      expect(asked.data, field).toBeUndefined();
      expect(codeOf(asked), field).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('a production deployment does not describe itself', () => {
  let closed: TestApp;
  let forAdmins: TestApp;
  beforeAll(async () => {
    closed = await startTestApp({ fullConfig: production() });
    forAdmins = await startTestApp({ fullConfig: production({ PNQ_GRAPHQL_INTROSPECTION: 'admins' }) });
  });
  afterAll(async () => {
    await closed?.close();
    await forAdmins?.close();
  });

  const introspections: [string, string][] = [
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "User") { fields { name } } }'],
    ['__schema in a fragment', 'query { ...F } fragment F on Query { __schema { types { name } } }'],
    ['__type in an inline fragment beside a field', '{ me { email } ... on Query { __type(name: "Query") { name } } }'],
    ['an aliased __schema', '{ s: __schema { types { name } } }'],
    ['a skipped __schema', '{ __schema @include(if: false) { types { name } } }'],
  ];

  it.each(introspections)('refuses introspection (%s) to everyone by default, admins included, running nothing', async (_name, query) => {
    const admin = await closed.signIn(ADMIN, ADMIN_PASSWORD);
    for (const response of [await probeGraphql(closed.baseUrl, query), await admin.graphql(query)]) {
      expect(codeOf(response)).toBe('INTROSPECTION_DISABLED');
      expect(response.data ?? null).toBeNull();
    }
  });

  it('still answers __typename, which clients add to every selection', async () => {
    expect((await probeGraphql<{ __typename: string }>(closed.baseUrl, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it.each(introspections)('with PNQ_GRAPHQL_INTROSPECTION=admins, answers introspection (%s) to admins only', async (_name, query) => {
    const admin = await forAdmins.signIn(ADMIN, ADMIN_PASSWORD);
    const viewer = await inviteAccount(
      forAdmins.baseUrl,
      forAdmins.databaseUrl,
      admin,
      { email: `lecteur-${Math.random().toString(36).slice(2)}@gov.ma`, name: 'Lecteur', role: 'VIEWER' },
      'lanterne-orage-cedre-2035',
    );
    expect(codeOf(await probeGraphql(forAdmins.baseUrl, query))).toBe('UNAUTHENTICATED');
    expect(codeOf(await viewer.graphql(query))).toBe('FORBIDDEN');
    const answered = await admin.graphql(query);
    expect(answered.errors).toBeUndefined();
    expect(answered.data).toBeTruthy();
  });

  it('does not suggest field or type names in its error messages', async () => {
    for (const query of ['{ pilars { number } }', '{ pillars { numbr } }', '{ action(ref: "1-1.1.1") { histry { version } } }']) {
      const response = await probeGraphql(closed.baseUrl, query);
      expect(response.errors).toBeDefined();
      expect(JSON.stringify(response.errors)).not.toMatch(/did you mean/i);
    }
  });
});

describe('stack traces and source maps', () => {
  let dashboardDir: string;
  beforeAll(() => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'pnq-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>PNQ</title>');
    writeFileSync(join(dashboardDir, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
    writeFileSync(join(dashboardDir, 'assets', 'app.js.map'), '{"version":3,"sources":["../src/secret-source.tsx"],"mappings":""}');
  });
  afterAll(() => rmSync(dashboardDir, { recursive: true, force: true }));

  /** Starts the app as `npm start` does (NODE_ENV unset, so Apollo sees no NODE_ENV either), with this environment. */
  async function startWithout(env: Record<string, string>) {
    const saved = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      return await startTestApp({ fullConfig: configFromEnv({ PNQ_REMINDERS_ENABLED: 'false', ...env }, { dashboardDir }) });
    } finally {
      process.env.NODE_ENV = saved;
    }
  }
  const stackTraceOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.stacktrace;

  it('sends no stack trace in GraphQL errors in development unless asked, and never in production', async () => {
    const development = await startWithout({});
    const asked = await startWithout({ PNQ_GRAPHQL_STACKTRACES: 'true' });
    const inProduction = await startWithout({
      NODE_ENV: 'production',
      PNQ_ADMIN_EMAIL: ADMIN,
      PNQ_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PNQ_GRAPHQL_STACKTRACES: 'true',
    });
    try {
      for (const query of ['{ pillars { number } }', '{ pilars }', 'mutation { login(email: "x@y.ma", password: "z") { expiresAt } }', '{']) {
        expect(stackTraceOf(await probeGraphql(development.baseUrl, query)), query).toBeUndefined();
        expect(stackTraceOf(await probeGraphql(inProduction.baseUrl, query)), query).toBeUndefined();
      }
      expect(stackTraceOf(await probeGraphql(asked.baseUrl, '{ pillars { number } }'))).toEqual(expect.any(Array));
    } finally {
      await Promise.all([development.close(), asked.close(), inProduction.close()]);
    }
  });

  it('serves no source map in production, while development keeps them', async () => {
    const inProduction = await startTestApp({ fullConfig: { ...production(), dashboardDir } });
    const development = await startWithout({});
    try {
      for (const [path, accept] of [
        ['/assets/app.js.map', '*/*'],
        ['/assets/app.js.map', 'text/html'],
        ['/assets/app.js.map?v=1', '*/*'],
        ['/assets/app.js%2Emap', '*/*'],
        ['/assets/app.js%2emap', '*/*'],
      ]) {
        const refused = await probeGet(inProduction.baseUrl, path, { accept });
        expect(refused.status, path).toBe(404);
        expect(refused.text, path).not.toContain('secret-source');
      }
      expect((await probeGet(inProduction.baseUrl, '/assets/app.js')).status).toBe(200);
      const kept = await probeGet(development.baseUrl, '/assets/app.js.map');
      expect(kept.status).toBe(200);
      expect(kept.text).toContain('secret-source');
    } finally {
      await Promise.all([inProduction.close(), development.close()]);
    }
  });
});
