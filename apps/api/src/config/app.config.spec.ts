import { describe, expect, it } from 'vitest';
import { describeMode, loadConfig } from './app.config';

describe('loadConfig — reminders and mail', () => {
  it('keeps mails in the outbox and runs reminders at 07:00 by default', () => {
    const config = loadConfig({}, '/srv/pnq');
    expect(config).toMatchObject({ smtp: null, remindersEnabled: true, remindersTime: '07:00', publicUrl: 'http://localhost:3000' });
    expect(loadConfig({ NODE_ENV: 'test' }).remindersEnabled).toBe(false);
  });

  it('reads the SMTP server, port 587 by default and 465 when secure', () => {
    expect(loadConfig({ SMTP_HOST: 'smtp.gov.ma', SMTP_USER: 'pnq', SMTP_PASSWORD: 'secret', SMTP_FROM: 'PNQ <pnq@gov.ma>' })).toMatchObject({
      smtp: { host: 'smtp.gov.ma', port: 587, secure: false, user: 'pnq', password: 'secret' },
      mailFrom: 'PNQ <pnq@gov.ma>',
    });
    expect(loadConfig({ SMTP_HOST: 'smtp.gov.ma', SMTP_SECURE: 'true' }).smtp).toMatchObject({ port: 465, secure: true, user: null });
  });

  it.each([
    [{ PNQ_REMINDERS_TIME: '7h' }, /PNQ_REMINDERS_TIME must be HH:MM/],
    [{ SMTP_HOST: 'smtp.gov.ma', SMTP_USER: 'pnq' }, /SMTP_USER and SMTP_PASSWORD go together/],
    [{ SMTP_HOST: 'smtp.gov.ma', SMTP_PORT: '99999' }, /SMTP_PORT must be a port number/],
    [{ PNQ_PUBLIC_URL: 'pnq.gov.ma' }, /PNQ_PUBLIC_URL must start with http/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('drops the trailing slash of the public URL', () => {
    expect(loadConfig({ PNQ_PUBLIC_URL: 'https://pnq.gov.ma/' }).publicUrl).toBe('https://pnq.gov.ma');
  });
});

describe('loadConfig — security settings', () => {
  it('is closed by default in production: no introspection, no stack traces, no source maps, Secure cookies, no proxy believed', () => {
    const config = loadConfig({ NODE_ENV: 'production', PNQ_GRAPHQL_STACKTRACES: 'true' });
    expect(config).toMatchObject({
      introspection: 'off',
      graphqlStackTraces: false,
      serveSourceMaps: false,
      secureCookies: true,
      demoAccounts: false,
      trustProxy: false,
      housekeepingEnabled: true,
    });
  });

  it('keeps development open for developers, except stack traces, which must be asked for', () => {
    expect(loadConfig({})).toMatchObject({ introspection: 'everyone', graphqlStackTraces: false, serveSourceMaps: true });
    expect(loadConfig({ PNQ_GRAPHQL_STACKTRACES: 'true' }).graphqlStackTraces).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', PNQ_GRAPHQL_STACKTRACES: 'true' }).graphqlStackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).housekeepingEnabled).toBe(false);
  });

  it('lets production open introspection to admins only', () => {
    expect(loadConfig({ NODE_ENV: 'production', PNQ_GRAPHQL_INTROSPECTION: 'admins' }).introspection).toBe('admins');
    expect(loadConfig({ PNQ_GRAPHQL_INTROSPECTION: 'off' }).introspection).toBe('off');
  });

  it('reads session lifetimes: 12 h without use, 7 days at most', () => {
    expect(loadConfig({})).toMatchObject({ sessionHours: 12, sessionMaxHours: 168, purgeAfterDays: 30 });
    expect(loadConfig({ PNQ_SESSION_HOURS: '2', PNQ_SESSION_MAX_HOURS: '8', PNQ_PURGE_AFTER_DAYS: '7' })).toMatchObject({
      sessionHours: 2,
      sessionMaxHours: 8,
      purgeAfterDays: 7,
    });
  });

  it.each([
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.4', '10.0.0.0/8, 192.168.1.4'],
    ['false', false],
  ])('trusts PNQ_TRUST_PROXY=%s as %j', (raw, expected) => {
    expect(loadConfig({ PNQ_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ NODE_ENV: 'production', PNQ_GRAPHQL_INTROSPECTION: 'everyone' }, /refused in production/],
    [{ PNQ_GRAPHQL_INTROSPECTION: 'yes' }, /PNQ_GRAPHQL_INTROSPECTION must be one of off, admins, everyone/],
    [{ PNQ_TRUST_PROXY: 'true' }, /PNQ_TRUST_PROXY=true would believe any X-Forwarded-For/],
    [{ PNQ_TRUST_PROXY: 'everyone; rm -rf' }, /PNQ_TRUST_PROXY must be/],
    [{ PNQ_SESSION_HOURS: '24', PNQ_SESSION_MAX_HOURS: '12' }, /PNQ_SESSION_MAX_HOURS \(12\) must be at least PNQ_SESSION_HOURS \(24\)/],
    [{ PNQ_PURGE_AFTER_DAYS: '0' }, /PNQ_PURGE_AFTER_DAYS must be a positive number/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('describeMode — what `npm start` says it runs', () => {
  it('names development and what it turns on, and says how to deploy', () => {
    const line = describeMode(loadConfig({}));
    expect(line).toMatch(/^Mode: development \(/);
    expect(line).toContain('demo accounts on');
    expect(line).toContain('GraphQL introspection for everyone');
    expect(line).toContain('no stack traces in errors');
    expect(line).toContain('set NODE_ENV=production');
  });

  it('names production and what it keeps closed', () => {
    const line = describeMode(loadConfig({ NODE_ENV: 'production' }));
    expect(line).toMatch(/^Mode: production \(/);
    expect(line).toContain('no demo accounts');
    expect(line).toContain('GraphQL introspection off');
    expect(line).toContain('no source maps served');
    expect(line).not.toContain('set NODE_ENV');
  });
});

describe('loadConfig — where evidence files are kept', () => {
  const S3 = {
    PNQ_EVIDENCE_STORAGE: 's3',
    PNQ_S3_BUCKET: 'pnq-preuves',
    PNQ_S3_REGION: 'ma-rabat-1',
    PNQ_S3_ACCESS_KEY_ID: 'pnq',
    PNQ_S3_SECRET_ACCESS_KEY: 'secret',
  };

  it.each<[string, Record<string, string>, object | null]>([
    ['PostgreSQL by default', {}, null],
    ['PostgreSQL when asked', { PNQ_EVIDENCE_STORAGE: 'postgres', PNQ_S3_BUCKET: 'ignored' }, null],
    ['AWS S3 itself: no endpoint, bucket as a host name', S3, { endpoint: null, bucket: 'pnq-preuves', region: 'ma-rabat-1', forcePathStyle: false }],
    [
      'a server on premises: its endpoint, the bucket in the path',
      { ...S3, PNQ_S3_ENDPOINT: 'https://s3.pnq.gov.ma/' },
      { endpoint: 'https://s3.pnq.gov.ma', forcePathStyle: true },
    ],
    ['path style turned off explicitly', { ...S3, PNQ_S3_ENDPOINT: 'https://s3.pnq.gov.ma', PNQ_S3_FORCE_PATH_STYLE: 'false' }, { forcePathStyle: false }],
  ])('%s', (_case, env, expected) => {
    const { s3 } = loadConfig(env).evidence;
    if (expected === null) expect(s3).toBeNull();
    else expect(s3).toMatchObject(expected);
  });

  it.each([
    [{ PNQ_EVIDENCE_STORAGE: 'disk' }, 'PNQ_EVIDENCE_STORAGE must be postgres or s3'],
    [{ PNQ_EVIDENCE_STORAGE: 's3' }, 'PNQ_EVIDENCE_STORAGE=s3 needs PNQ_S3_BUCKET, PNQ_S3_REGION, PNQ_S3_ACCESS_KEY_ID, PNQ_S3_SECRET_ACCESS_KEY'],
    [{ ...S3, PNQ_S3_SECRET_ACCESS_KEY: ' ' }, 'PNQ_EVIDENCE_STORAGE=s3 needs PNQ_S3_SECRET_ACCESS_KEY'],
    [{ ...S3, PNQ_S3_ENDPOINT: 's3.pnq.gov.ma' }, 'PNQ_S3_ENDPOINT must be an http:// or https:// URL'],
    [{ ...S3, PNQ_S3_FORCE_PATH_STYLE: 'yes' }, 'PNQ_S3_FORCE_PATH_STYLE must be true or false'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
