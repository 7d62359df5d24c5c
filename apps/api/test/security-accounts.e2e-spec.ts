import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApi, startApiProcess } from './support/api-process';
import { capturingLogger, codeOf, healthIsOk, LOGIN, probeGraphql } from './support/http-probe';
import { configFromEnv, DEMO_PASSWORD, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { inviteAccount } from './support/accounts';
import { createTestDatabase, queryDatabase } from './support/test-database';

const ENV_ADMIN = 'secretariat@industrie.gov.ma';
const ENV_ADMIN_PASSWORD = 'lanterne-orage-cedre-2035';
const DEMO_EMAILS = ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'semac@pnq.local'];

/** The environment of a production deployment, as main.ts would read it. */
const productionEnv = (extra: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  PNQ_ADMIN_EMAIL: ENV_ADMIN,
  PNQ_ADMIN_PASSWORD: ENV_ADMIN_PASSWORD,
  PNQ_REMINDERS_ENABLED: 'false',
  ...extra,
});

const loginAs = (baseUrl: string, email: string, password: string) =>
  probeGraphql<{ login: { user: { email: string; role: string } } }>(baseUrl, LOGIN, { e: email, p: password });

/** `npm start`'s default (NODE_ENV unset → development): demo accounts are created. */
async function startInDevelopment(): Promise<TestApp> {
  return startTestApp({ fullConfig: configFromEnv({ PNQ_REMINDERS_ENABLED: 'false' }) });
}

describe('a database first run in development, restarted in production (demo accounts)', () => {
  let databaseUrl: string;
  let demoCookies: SignedInClient[];
  let production: TestApp;
  let bootLog: string;
  beforeAll(async () => {
    const development = await startInDevelopment();
    databaseUrl = development.databaseUrl;
    demoCookies = [await development.signIn('admin@pnq.local'), await development.signIn('imanor@pnq.local')];
    expect((await demoCookies[0].graphql<{ me: { role: string } }>('{ me { role } }')).data!.me.role).toBe('ADMIN');
    await development.close();

    const { logger, lines } = capturingLogger('info');
    production = await startTestApp({ databaseUrl, fullConfig: configFromEnv(productionEnv()), logger });
    bootLog = lines.join('');
  });
  afterAll(() => production?.close());

  it.each(DEMO_EMAILS)('refuses the demo password of %s with INVALID_CREDENTIALS, opening no session', async (email) => {
    const sessionsBefore = await queryDatabase<{ n: number }>(databaseUrl, 'SELECT count(*)::int AS n FROM user_session');
    const response = await loginAs(production.baseUrl, email, DEMO_PASSWORD);
    expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
    expect(response.data).toBeNull();
    expect(response.setCookies.filter((cookie) => /^pnq_session=[^;]/.test(cookie))).toEqual([]);
    expect(await queryDatabase(databaseUrl, 'SELECT count(*)::int AS n FROM user_session')).toEqual(sessionsBefore);
    expect(await healthIsOk(production.baseUrl)).toBe(true);
  });

  it('creates the first real admin from PNQ_ADMIN_EMAIL / PNQ_ADMIN_PASSWORD, who can sign in as ADMIN', async () => {
    const response = await loginAs(production.baseUrl, ENV_ADMIN, ENV_ADMIN_PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.login.user).toEqual({ email: ENV_ADMIN, role: 'ADMIN' });
  });

  it('ends the sessions the demo accounts opened in development: their old cookies no longer work', async () => {
    for (const { cookie } of demoCookies) {
      expect((await probeGraphql<{ me: null }>(production.baseUrl, '{ me { email } }', {}, { cookie })).data!.me).toBeNull();
      expect(codeOf(await probeGraphql(production.baseUrl, '{ pillars { number } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
    }
    const live = await queryDatabase(
      databaseUrl,
      `SELECT s.token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.is_demo AND s.revoked_at IS NULL`,
    );
    expect(live).toEqual([]);
    const active = await queryDatabase(databaseUrl, `SELECT email FROM app_user WHERE is_demo AND active`);
    expect(active).toEqual([]);
  });

  it('says in the boot log what it did: demo accounts disabled, their sessions ended, the first admin created', () => {
    expect(bootLog).toMatch(/demo accounts? disabled/i);
    expect(bootLog).toMatch(/sessions? ended/i);
    expect(bootLog).toContain(`First admin account created for ${ENV_ADMIN}`);
  });

  it('keeps a demo account unusable in production even when it is switched back on', async () => {
    const admin = await production.signIn(ENV_ADMIN, ENV_ADMIN_PASSWORD);
    const reactivated = await admin.graphql('mutation { updateUser(input: { email: "viewer@pnq.local", active: true }) { active } }');
    expect(reactivated.errors).toBeUndefined();
    expect(codeOf(await loginAs(production.baseUrl, 'viewer@pnq.local', DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
  });
});

describe('a production restart when the seed is not loaded at boot and a real admin already exists', () => {
  it('still disables the demo accounts, and does not create the PNQ_ADMIN_EMAIL admin (an active real admin exists), saying so', async () => {
    const development = await startInDevelopment();
    const demoAdmin = await development.signIn('admin@pnq.local');
    await inviteAccount(
      development.baseUrl,
      development.databaseUrl,
      demoAdmin,
      { email: 'dg@industrie.gov.ma', name: 'Direction générale', role: 'ADMIN' },
      'un-autre-mot-de-passe',
    );
    await development.close();

    const { logger, lines } = capturingLogger('info');
    const production = await startTestApp({
      databaseUrl: development.databaseUrl,
      fullConfig: configFromEnv(productionEnv({ PNQ_SEED_ON_BOOT: 'false' })),
      logger,
    });
    try {
      expect(codeOf(await loginAs(production.baseUrl, 'admin@pnq.local', DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await probeGraphql(production.baseUrl, '{ pillars { number } }', {}, { cookie: demoAdmin.cookie }))).toBe('UNAUTHENTICATED');
      expect((await loginAs(production.baseUrl, 'dg@industrie.gov.ma', 'un-autre-mot-de-passe')).data!.login.user.role).toBe('ADMIN');
      expect(await queryDatabase(development.databaseUrl, 'SELECT email FROM app_user WHERE email = $1', [ENV_ADMIN])).toEqual([]);
      const log = lines.join('');
      expect(log).toMatch(/demo accounts? disabled/i);
      expect(log).toMatch(/active admin .*exists/i);
    } finally {
      await production.close();
    }
  });
});

describe('the built server, started as a deployment would start it', () => {
  it('on a database first run in development, refuses the demo password once restarted in production, and says which mode it runs in', async () => {
    buildApi();
    const databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
    const common = { DATABASE_URL: databaseUrl, PNQ_REMINDERS_ENABLED: 'false', PNQ_HOUSEKEEPING_ENABLED: 'false' };
    const development = await startApiProcess({ ...common, NODE_ENV: 'development' });
    try {
      expect((await loginAs(development.baseUrl, 'admin@pnq.local', DEMO_PASSWORD)).data!.login.user.role).toBe('ADMIN');
      expect(development.output()).toContain('Mode: development (demo accounts on');
    } finally {
      await development.stop();
    }
    const production = await startApiProcess({ ...common, NODE_ENV: 'production', PNQ_ADMIN_EMAIL: ENV_ADMIN, PNQ_ADMIN_PASSWORD: ENV_ADMIN_PASSWORD });
    try {
      expect(codeOf(await loginAs(production.baseUrl, 'admin@pnq.local', DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
      expect((await loginAs(production.baseUrl, ENV_ADMIN, ENV_ADMIN_PASSWORD)).data!.login.user.role).toBe('ADMIN');
      expect(production.output()).toContain('Mode: production (no demo accounts');
      expect(production.output()).toMatch(/demo accounts disabled/);
    } finally {
      await production.stop();
    }
  }, 300_000);
});
