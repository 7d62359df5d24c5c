import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlResponse, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const codeOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;
const CREATE =
  'mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name hint scopes live lastUsedAt organisation { key } } } }';
const RECORD = 'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { version values { author { name organisation { key } } } } }';

/** Another system of an owner organisation, calling the API with its token: what it may do, and when it is refused. */
describe('API tokens for machine clients', () => {
  let app: TestApp;
  let imanor: SignedInClient;

  /** A GraphQL request as a machine sends it: the token in a header, no cookie. */
  const withToken = async <T = Record<string, unknown>>(secret: string, query: string, variables?: Record<string, unknown>, cookie?: string) => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as GraphqlResponse<T>), status: response.status };
  };

  async function indicatorOf(ref: string) {
    const [indicator] = await queryDatabase<{ id: number; kind: string; version: number }>(
      app.databaseUrl,
      `SELECT i.id, i.kind, i.version FROM indicator i JOIN action a ON a.id = i.action_id WHERE a.ref = $1 AND i.kind = 'QUANTITATIVE' ORDER BY i.id LIMIT 1`,
      [ref],
    );
    return indicator;
  }
  const valueInput = (indicator: { id: number; version: number }) => ({
    i: { indicatorId: indicator.id, date: '2025-06-30', value: 42, comment: 'Transmis par le SI', expectedVersion: indicator.version },
  });

  beforeAll(async () => {
    app = await startTestApp();
    imanor = await app.signIn('imanor@pnq.local');
  });
  afterAll(() => app?.close());

  it('lets an organisation’s editor create a token, shown once and stored hashed, that records a value of its own action under the token’s name', async () => {
    const created = await imanor.graphql<{ createApiToken: { secret: string; token: Record<string, unknown> } }>(CREATE, {
      i: { organisationKey: 'imanor', name: 'SI IMANOR — indicateurs', scopes: ['READ', 'RECORD_INDICATOR_VALUES'], expiresInDays: 30 },
    });
    expect(created.errors).toBeUndefined();
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^pnq_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: 'SI IMANOR — indicateurs',
      hint: `${secret.slice(0, 8)}…`,
      live: true,
      lastUsedAt: null,
      organisation: { key: 'imanor' },
    });
    expect(await queryDatabase(app.databaseUrl, 'SELECT 1 FROM api_token WHERE token_hash = $1', [secret])).toEqual([]);

    const [own] = await queryDatabase<{ ref: string }>(
      app.databaseUrl,
      `SELECT a.ref FROM action a JOIN action_organisation ao ON ao.action_id = a.id AND ao.role = 'OWNER' JOIN organisation o ON o.id = ao.organisation_id
        JOIN indicator i ON i.action_id = a.id AND i.kind = 'QUANTITATIVE' WHERE o.key = 'imanor' ORDER BY a.id LIMIT 1`,
    );
    const recorded = await withToken<{ recordIndicatorValue: { values: { author: unknown }[] } }>(secret, RECORD, valueInput(await indicatorOf(own.ref)));
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordIndicatorValue.values.at(-1)!.author).toEqual({ name: 'SI IMANOR — indicateurs', organisation: { key: 'imanor' } });
    const [audit] = await queryDatabase<{ operation: string; name: string }>(
      app.databaseUrl,
      `SELECT e.operation, u.name FROM audit_event e JOIN app_user u ON u.id = e.actor_id ORDER BY e.id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ operation: 'recordIndicatorValue', name: 'SI IMANOR — indicateurs' });
    const admin = await app.signIn('admin@pnq.local');
    const events = await admin.graphql<{ auditEvents: { operation: string; actorName: string }[] }>('{ auditEvents(limit: 5) { operation actorName } }');
    expect(events.data!.auditEvents).toContainEqual({ operation: 'recordIndicatorValue', actorName: 'SI IMANOR — indicateurs' });
    const listed = await imanor.graphql<{ apiTokens: { lastUsedAt: string | null }[] }>('{ apiTokens { lastUsedAt } }');
    expect(listed.data!.apiTokens[0].lastUsedAt).not.toBeNull();

    // Another organisation's action: the same rights as the organisation's editors.
    const [others] = await queryDatabase<{ ref: string }>(
      app.databaseUrl,
      `SELECT a.ref FROM action a JOIN indicator i ON i.action_id = a.id AND i.kind = 'QUANTITATIVE'
        WHERE NOT EXISTS (SELECT 1 FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id WHERE ao.action_id = a.id AND o.key = 'imanor')
        ORDER BY a.id LIMIT 1`,
    );
    expect(codeOf(await withToken(secret, RECORD, valueInput(await indicatorOf(others.ref))))).toBe('FORBIDDEN');
    // Reads with READ; nothing outside its scopes, nor anything for people.
    expect((await withToken<{ me: { name: string } }>(secret, '{ me { name } }')).data!.me.name).toBe('SI IMANOR — indicateurs');
    expect(
      codeOf(
        await withToken(
          secret,
          'mutation { updateActionStatus(input: { ref: "1-2.1.1", status: IN_PROGRESS, progress: 10, comment: "x", expectedVersion: 0 }) { version } }',
        ),
      ),
    ).toBe('API_TOKEN_SCOPE');
    expect(codeOf(await withToken(secret, CREATE, { i: { organisationKey: 'imanor', name: 'Un autre', scopes: ['READ'] } }))).toBe('API_TOKEN_SCOPE');
    expect(codeOf(await withToken(secret, 'mutation { signOutEverywhere }'))).toBe('API_TOKEN_SCOPE');
  });

  it('is refused once revoked, and once expired', async () => {
    const make = async (name: string) =>
      (
        await imanor.graphql<{ createApiToken: { secret: string; token: { id: string } } }>(CREATE, {
          i: { organisationKey: 'imanor', name, scopes: ['READ'] },
        })
      ).data!.createApiToken;
    const revoked = await make('SI à révoquer');
    expect(codeOf(await withToken(revoked.secret, '{ pillars { number } }'))).toBeUndefined();
    await imanor.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { live } }', { id: revoked.token.id });
    const refused = await withToken(revoked.secret, '{ pillars { number } }');
    expect(codeOf(refused)).toBe('API_TOKEN_INVALID');

    const expired = await make('SI expiré');
    await queryDatabase(app.databaseUrl, `UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.token.id]);
    expect(codeOf(await withToken(expired.secret, '{ pillars { number } }'))).toBe('API_TOKEN_INVALID');
    expect(codeOf(await withToken('pnq_not-a-token', '{ pillars { number } }'))).toBe('API_TOKEN_INVALID');
  });

  it('never lets a cookie ride along: a bad token is refused even with a valid session cookie', async () => {
    expect(codeOf(await withToken(`pnq_${'x'.repeat(43)}`, '{ pillars { number } }', undefined, imanor.cookie))).toBe('API_TOKEN_INVALID');
  });

  it('lets an editor manage only their organisation’s tokens; the secretariat all', async () => {
    expect(codeOf(await imanor.graphql(CREATE, { i: { organisationKey: 'semac', name: 'Intrus', scopes: ['READ'] } }))).toBe('FORBIDDEN');
    expect(codeOf(await imanor.graphql('query { apiTokens(organisationKey: "semac") { id } }'))).toBe('FORBIDDEN');
    const viewer = await app.signIn('viewer@pnq.local');
    expect(codeOf(await viewer.graphql('{ apiTokens { id } }'))).toBe('FORBIDDEN');
    const admin = await app.signIn('admin@pnq.local');
    expect((await admin.graphql<{ apiTokens: unknown[] }>('{ apiTokens { id } }')).data!.apiTokens.length).toBeGreaterThanOrEqual(3);
    const users = await admin.graphql<{ users: { email: string }[] }>('{ users { email } }');
    expect(users.data!.users.some((u) => u.email.endsWith('@tokens.pnq.invalid'))).toBe(false);
  });
});
