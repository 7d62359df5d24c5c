import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, healthIsOk, LOGIN, probeGet, probeGraphql, sessionCookieOf } from './support/http-probe';
import { DEMO_PASSWORD, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const ME = '{ me { email } }';
/** A cookie that clears pnq_session (empty value, expired). */
const isClearing = (cookie: string | undefined) => cookie !== undefined && /^pnq_session=;/.test(cookie) && /Expires=Thu, 01 Jan 1970/i.test(cookie);
const maxAgeOf = (cookie: string) => Number(/Max-Age=(\d+)/i.exec(cookie)?.[1] ?? NaN);

describe('malformed, duplicated and oversized session cookies', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let imanor: SignedInClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    imanor = await testApp.signIn('imanor@pnq.local');
  });
  afterAll(() => testApp.close());

  const malformed: [string, () => string][] = [
    ['a lone percent sign', () => 'pnq_session=%'],
    ['a truncated escape', () => 'pnq_session=abc%E0%A4%A'],
    ['a non-hexadecimal escape', () => 'pnq_session=%ZZ%ZZ'],
    ['an overlong UTF-8 escape', () => 'pnq_session=%C0%80'],
    ['a lone surrogate escape', () => 'pnq_session=%ED%A0%80'],
    ['a very long value (8 KB)', () => `pnq_session=${'A'.repeat(8192)}`],
    ['a value of the wrong shape', () => 'pnq_session={"admin":true}'],
    ['no value at all', () => 'pnq_session'],
    ['the valid cookie of one user and another value', () => `${viewer.cookie}; pnq_session=%`],
    ['another value, then the valid cookie', () => `pnq_session=%25; ${viewer.cookie}`],
    ['the valid cookies of two users at once', () => `${viewer.cookie}; ${imanor.cookie}`],
  ];

  it.each(malformed)('ignores %s: nobody is signed in, the cookie is cleared, and nothing answers 500', async (_name, cookieOf) => {
    const cookie = cookieOf();
    const me = await probeGraphql<{ me: null }>(testApp.baseUrl, ME, {}, { cookie });
    expect(me.status).toBe(200);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toBeNull();
    expect(isClearing(sessionCookieOf(me.setCookies))).toBe(true);

    const guarded = await probeGraphql(testApp.baseUrl, '{ pillars { number } }', {}, { cookie });
    expect(codeOf(guarded)).toBe('UNAUTHENTICATED');

    for (const path of ['/exports/actions.xlsx', '/reports/annual?year=2025&format=pdf']) {
      const rest = await probeGet(testApp.baseUrl, path, { cookie });
      expect(rest.status).toBe(401);
      expect(JSON.parse(rest.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const health = await probeGet(testApp.baseUrl, '/health', { cookie });
    expect(health.status).toBe(200);

    const logout = await probeGraphql<{ logout: boolean }>(testApp.baseUrl, 'mutation { logout }', {}, { cookie });
    expect(logout.data).toEqual({ logout: true });
    expect(isClearing(sessionCookieOf(logout.setCookies))).toBe(true);

    const login = await probeGraphql<{ login: { user: { email: string } } }>(testApp.baseUrl, LOGIN, { e: 'cgem@pnq.local', p: DEMO_PASSWORD }, { cookie });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.email).toBe('cgem@pnq.local');
    expect(sessionCookieOf(login.setCookies)).toMatch(/^pnq_session=[A-Za-z0-9_-]{43};/);
  });

  it('leaves the valid sessions alone: the same cookie twice still signs in, and an undecodable cookie of another name is ignored', async () => {
    for (const cookie of [`${viewer.cookie}; ${viewer.cookie}`, `other=%; ${viewer.cookie}`, `${viewer.cookie}; theme=%E0%A4%A`]) {
      const me = await probeGraphql<{ me: { email: string } }>(testApp.baseUrl, ME, {}, { cookie });
      expect(me.data!.me).toEqual({ email: 'viewer@pnq.local' });
    }
    expect(await healthIsOk(testApp.baseUrl)).toBe(true);
  });

  it('refuses a Cookie header larger than the server accepts without answering 500', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`, { headers: { cookie: `pnq_session=${'A'.repeat(20_000)}` } });
    await response.arrayBuffer();
    expect(response.status).toBe(431);
    expect(await healthIsOk(testApp.baseUrl)).toBe(true);
  });
});

describe('session lifetime: sliding expiry, refreshed cookie, absolute lifetime', () => {
  let testApp: TestApp;
  const SESSION_HOURS = 12;
  const MAX_HOURS = 24 * 7;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { sessionHours: SESSION_HOURS, sessionMaxHours: MAX_HOURS } });
  });
  afterAll(() => testApp.close());

  const setRow = (client: SignedInClient, assignments: string) =>
    queryDatabase(testApp.databaseUrl, `UPDATE user_session SET ${assignments} WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [
      client.cookie.split('=')[1],
    ]);
  const rowOf = async (client: SignedInClient) =>
    (
      await queryDatabase<{ expiresIn: number; lifetimeLeft: number }>(
        testApp.databaseUrl,
        `SELECT extract(epoch FROM expires_at - now())::float8 AS "expiresIn", extract(epoch FROM created_at + make_interval(hours => $2) - expires_at)::float8 AS "lifetimeLeft"
           FROM user_session WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [client.cookie.split('=')[1], MAX_HOURS],
      )
    )[0];
  const meWith = (client: SignedInClient) => probeGraphql<{ me: { email: string } | null }>(testApp.baseUrl, ME, {}, { cookie: client.cookie });

  it('sets the cookie at login to end when the session does', async () => {
    const login = await probeGraphql<{ login: { expiresAt: string } }>(testApp.baseUrl, LOGIN, { e: 'viewer@pnq.local', p: DEMO_PASSWORD });
    const cookie = sessionCookieOf(login.setCookies)!;
    const secondsLeft = (Date.parse(login.data!.login.expiresAt) - Date.now()) / 1000;
    expect(Math.abs(maxAgeOf(cookie) - secondsLeft)).toBeLessThan(60);
  });

  it('slides the expiry with use and sends the refreshed cookie, at most once a minute', async () => {
    const client = await testApp.signIn('viewer@pnq.local');
    expect(sessionCookieOf((await meWith(client)).setCookies)).toBeUndefined(); // just signed in: nothing to refresh

    await setRow(client, `last_seen_at = now() - interval '2 minutes', expires_at = now() + interval '5 minutes'`);
    const used = await meWith(client);
    expect(used.data!.me).toEqual({ email: 'viewer@pnq.local' });
    const refreshed = sessionCookieOf(used.setCookies);
    expect(refreshed?.split(';')[0]).toBe(client.cookie); // the same session, its cookie renewed
    expect(refreshed).toMatch(/HttpOnly/i);
    expect(refreshed).toMatch(/SameSite=Lax/i);
    expect(refreshed).toMatch(/Path=\//);
    expect(maxAgeOf(refreshed!)).toBeGreaterThan(SESSION_HOURS * 3600 - 120);
    expect(maxAgeOf(refreshed!)).toBeLessThanOrEqual(SESSION_HOURS * 3600);
    expect((await rowOf(client)).expiresIn).toBeGreaterThan(SESSION_HOURS * 3600 - 120);

    expect(sessionCookieOf((await meWith(client)).setCookies)).toBeUndefined(); // used again within the minute
  });

  it('ends a session at its absolute lifetime however active it is, and never slides past it', async () => {
    const nearTheEnd = await testApp.signIn('viewer@pnq.local');
    await setRow(nearTheEnd, `created_at = now() - make_interval(hours => ${MAX_HOURS}) + interval '30 minutes', last_seen_at = now() - interval '2 minutes'`);
    const used = await meWith(nearTheEnd);
    expect(used.data!.me).toEqual({ email: 'viewer@pnq.local' });
    expect((await rowOf(nearTheEnd)).lifetimeLeft).toBeGreaterThanOrEqual(0);
    expect(maxAgeOf(sessionCookieOf(used.setCookies)!)).toBeLessThanOrEqual(30 * 60);

    const tooOld = await testApp.signIn('viewer@pnq.local');
    await setRow(tooOld, `created_at = now() - make_interval(hours => ${MAX_HOURS}) - interval '1 minute', expires_at = now() + interval '1 hour'`);
    expect((await meWith(tooOld)).data!.me).toBeNull();
    expect(codeOf(await probeGraphql(testApp.baseUrl, '{ pillars { number } }', {}, { cookie: tooOld.cookie }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await probeGraphql(testApp.baseUrl, 'mutation { updateMyPreferences(input: { language: "en" }) { language } }', {}, { cookie: tooOld.cookie })),
    ).toBe('UNAUTHENTICATED');
  });
});
