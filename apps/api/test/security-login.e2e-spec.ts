import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PasswordHasher } from '../src/modules/user/password-hasher';
import { codeOf, healthIsOk, LOGIN, probeGraphql } from './support/http-probe';
import { DEMO_PASSWORD, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Sign-in under attack. The app trusts X-Forwarded-For from a proxy on loopback (PNQ_TRUST_PROXY=loopback), so each
 * request below comes from the address it names, as behind a real reverse proxy.
 */
describe('sign-in throttling, by account and address', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { trustProxy: 'loopback' } });
  });
  afterAll(() => testApp.close());
  afterEach(() => vi.restoreAllMocks());

  const attempt = (email: string, password: string, address: string) =>
    probeGraphql<{ login: { user: { email: string } } }>(testApp.baseUrl, LOGIN, { e: email, p: password }, { 'x-forwarded-for': address });
  const attemptsFor = async (email: string) =>
    (await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM login_attempt WHERE email = $1', [email]))[0].n;
  const sessionsOf = async (email: string) =>
    (
      await queryDatabase<{ n: number }>(
        testApp.databaseUrl,
        'SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1',
        [email],
      )
    )[0].n;
  /** Failed attempts recorded as if made `secondsAgo` seconds ago (arranging the past, never waiting). */
  const pastFailures = (rows: { email: string; address: string; secondsAgo: number }[]) =>
    queryDatabase(
      testApp.databaseUrl,
      `INSERT INTO login_attempt (email, ip, succeeded, at)
       SELECT e, a, false, now() - make_interval(secs => s) FROM unnest($1::text[], $2::text[], $3::float8[]) AS f(e, a, s)`,
      [rows.map((r) => r.email), rows.map((r) => r.address), rows.map((r) => r.secondsAgo)],
    );
  const ageAttempts = (address: string, seconds: number) =>
    queryDatabase(testApp.databaseUrl, `UPDATE login_attempt SET at = at - make_interval(secs => $2) WHERE ip = $1`, [address, seconds]);
  const countVerifications = () => vi.spyOn(PasswordHasher.prototype, 'verify');

  it('checks at most 5 passwords when 18 attempts on one account arrive at once from one address', async () => {
    const verifications = countVerifications();
    const health = healthIsOk(testApp.baseUrl);
    const responses = await Promise.all(Array.from({ length: 18 }, () => attempt('cgem@pnq.local', 'pas-le-bon', '203.0.113.7')));
    const codes = responses.map(codeOf);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'LOGIN_THROTTLED')).toHaveLength(13);
    expect(verifications).toHaveBeenCalledTimes(5);
    expect(await attemptsFor('cgem@pnq.local')).toBe(5);
    expect(await health).toBe(true);
  });

  it('checks no more passwords than an address has left, when it tries many accounts at once', async () => {
    const address = '203.0.113.8';
    await pastFailures(Array.from({ length: 98 }, (_, i) => ({ email: `spray-${i}@example.org`, address, secondsAgo: 60 })));
    const verifications = countVerifications();
    const responses = await Promise.all(Array.from({ length: 18 }, (_, i) => attempt(`other-${i}@example.org`, 'x', address)));
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(2);
    expect(responses.map(codeOf).filter((code) => code === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(16);
    expect(await healthIsOk(testApp.baseUrl)).toBe(true);
  });

  it('lets the owner in from their own address after a stranger failed 5 times and more from another one', async () => {
    const [owner, stranger] = ['198.51.100.20', '203.0.113.66'];
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt('semac@pnq.local', `essai-${i}`, stranger))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt('semac@pnq.local', 'encore', stranger))).toBe('LOGIN_THROTTLED');
    const own = await attempt('semac@pnq.local', DEMO_PASSWORD, owner);
    expect(own.errors).toBeUndefined();
    expect(own.data!.login.user.email).toBe('semac@pnq.local');
  });

  it('makes an address wait longer after each further failure, with LOGIN_THROTTLED and retryAfterSeconds, writing nothing while it waits', async () => {
    const address = '203.0.113.99';
    const email = 'dpcsmq@pnq.local';
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt(email, `faux-${i}`, address))).toBe('INVALID_CREDENTIALS');
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const before = { attempts: await attemptsFor(email), sessions: await sessionsOf(email) };
      const throttled = await attempt(email, DEMO_PASSWORD, address); // even the right password waits
      expect(codeOf(throttled)).toBe('LOGIN_THROTTLED');
      expect(throttled.data).toBeNull();
      const wait = throttled.errors![0].extensions!.retryAfterSeconds as number;
      waits.push(wait);
      expect({ attempts: await attemptsFor(email), sessions: await sessionsOf(email) }).toEqual(before);
      await ageAttempts(address, wait + 1); // the wait is over
      expect(codeOf(await attempt(email, `faux-encore-${round}`, address))).toBe('INVALID_CREDENTIALS');
    }
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(waits[2]).toBeGreaterThan(waits[1]);
    expect(await healthIsOk(testApp.baseUrl)).toBe(true);
  });

  it('throttles an address that fails on many accounts (a password spray), not the accounts elsewhere', async () => {
    const address = '203.0.113.150';
    await pastFailures(Array.from({ length: 100 }, (_, i) => ({ email: `inconnu-${i}@example.org`, address, secondsAgo: 120 })));
    expect(codeOf(await attempt('mic@pnq.local', DEMO_PASSWORD, address))).toBe('LOGIN_THROTTLED');
    expect((await attempt('mic@pnq.local', DEMO_PASSWORD, '198.51.100.21')).data!.login.user.email).toBe('mic@pnq.local');
  });

  it('under a distributed attack on one account, refuses new addresses but keeps the owner’s usual address open', async () => {
    const email = 'lpee-lnm@pnq.local';
    const usual = '198.51.100.22';
    expect((await attempt(email, DEMO_PASSWORD, usual)).errors).toBeUndefined(); // the owner signed in from here before
    await pastFailures(Array.from({ length: 50 }, (_, i) => ({ email, address: `192.0.2.${i + 1}`, secondsAgo: 300 })));
    expect(codeOf(await attempt(email, DEMO_PASSWORD, '192.0.2.200'))).toBe('LOGIN_THROTTLED');
    expect((await attempt(email, DEMO_PASSWORD, usual)).data!.login.user.email).toBe(email);
  });

  it('spends the same password check whether the account exists, is deactivated, or not', async () => {
    const admin = await testApp.signIn('admin@pnq.local');
    await admin.graphql('mutation ($i: CreateUserInput!) { createUser(input: $i) { email } }', {
      i: { email: 'ancien@pnq.local', name: 'Ancien agent', role: 'VIEWER', password: 'un-mot-de-passe-ancien' },
    });
    await admin.graphql('mutation { updateUser(input: { email: "ancien@pnq.local", active: false }) { active } }');

    const cases: [string, string, string][] = [
      ['an unknown e-mail', 'personne@nulle-part.ma', 'peu-importe'],
      ['a deactivated account, right password', 'ancien@pnq.local', 'un-mot-de-passe-ancien'],
      ['an existing account, wrong password', 'viewer@pnq.local', 'pas-le-bon'],
    ];
    const parametersOf = (hash: string) => hash.split('$').slice(0, 4).join('$'); // $argon2id$v=19$m=…,t=…,p=…
    const [real] = await queryDatabase<{ hash: string }>(testApp.databaseUrl, `SELECT password_hash AS hash FROM app_user WHERE email = 'viewer@pnq.local'`);
    for (const [index, [name, email, password]] of cases.entries()) {
      const verifications = countVerifications();
      const response = await attempt(email, password, `198.51.100.${100 + index}`);
      expect(codeOf(response), name).toBe('INVALID_CREDENTIALS');
      expect(verifications, name).toHaveBeenCalledTimes(1);
      const [hash] = verifications.mock.calls[0];
      expect(parametersOf(hash), name).toBe(parametersOf(real.hash)); // the same work as a real account's hash
      verifications.mockRestore();
    }
  });
});

describe('one sign-in per request', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const traces = async () =>
    (
      await queryDatabase<{ sessions: number; audit: number; attempts: number }>(
        testApp.databaseUrl,
        `SELECT (SELECT count(*)::int FROM user_session) AS sessions, (SELECT count(*)::int FROM audit_event) AS audit,
                (SELECT count(*)::int FROM login_attempt) AS attempts`,
      )
    )[0];
  const login = (alias: string) => `${alias}: login(email: "viewer@pnq.local", password: "${DEMO_PASSWORD}") { expiresAt }`;

  it.each([
    ['50 aliased logins', `mutation { ${Array.from({ length: 50 }, (_, i) => login(`l${i}`)).join(' ')} }`],
    ['two aliased logins', `mutation { ${login('a')} ${login('b')} }`],
    ['logins spread through fragments', `mutation { ...A ...B } fragment A on Mutation { ${login('a')} } fragment B on Mutation { ${login('b')} }`],
    ['logins in inline fragments', `mutation { ... on Mutation { ${login('a')} } ... on Mutation { ${login('b')} } }`],
    ['a login beside a logout and another login', `mutation { ${login('a')} logout ${login('b')} }`],
  ])('refuses %s with TOO_MANY_LOGINS before anything runs, writing nothing', async (_name, query) => {
    const before = await traces();
    const response = await probeGraphql(testApp.baseUrl, query);
    expect(codeOf(response)).toBe('TOO_MANY_LOGINS');
    expect(response.data).toBeUndefined();
    expect(response.setCookies).toEqual([]);
    expect(await traces()).toEqual(before);
    expect(await healthIsOk(testApp.baseUrl)).toBe(true);
  });

  it('still signs in with one login per request', async () => {
    const response = await probeGraphql<{ login: { expiresAt: string } }>(testApp.baseUrl, `mutation { ${login('only')} }`);
    expect(response.errors).toBeUndefined();
  });
});
