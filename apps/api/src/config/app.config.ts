import { join, resolve } from 'node:path';
import { parseTimeOfDay } from '@pnq/domain';
import { EvidenceS3Config, loadEvidenceS3 } from './evidence-storage.config';
import { loadLocalPasswords, loadOidc, OidcConfig } from './oidc.config';

export type NodeEnv = 'development' | 'production' | 'test';

/** Who may run GraphQL introspection (`__schema`, `__type`): nobody, admins only, or everyone. */
export const INTROSPECTION_MODES = ['off', 'admins', 'everyone'] as const;
export type IntrospectionMode = (typeof INTROSPECTION_MODES)[number];

/** Everything the API reads from its environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** PORT was not set: when 3000 is taken (another PNQ Tracker), the next free port is used instead. */
  portIsDefault: boolean;
  /** Absent: an embedded PostgreSQL is started with its data in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  /** PNQ_EMBEDDED_PG_PORT was not set: when 54329 is taken (another PNQ Tracker), a free port is used for this start. */
  embeddedPostgresPortIsDefault: boolean;
  /** The built dashboard served at `/`; absent folder means API only. */
  dashboardDir: string;
  seedDir: string;
  seedOnBoot: boolean;
  logLevel: string;
  /** Demo accounts (admin@pnq.local, viewer@pnq.local, one editor per owner body) outside production. */
  demoAccounts: boolean;
  /** First admin in production, created when no active admin exists. */
  adminEmail: string | null;
  adminPassword: string | null;
  /** A session ends after this many hours without use (it slides with use)… */
  sessionHours: number;
  /** …and in any case this many hours after sign-in (absolute lifetime). */
  sessionMaxHours: number;
  /** Mark cookies Secure (behind TLS); on by default in production. Also turns on HSTS and upgrade-insecure-requests. */
  secureCookies: boolean;
  /** Largest request body accepted, in bytes; larger ones get 413 PAYLOAD_TOO_LARGE before any parsing. */
  maxRequestBytes: number;
  /** SMTP server for reminder mails; null: mails are kept in the outbox admins read in the dashboard. */
  smtp: SmtpConfig | null;
  /** Sender of reminder mails ("PNQ Tracker <noreply@…>"). */
  mailFrom: string;
  /** Run the daily reminders job at `remindersTime` (HH:MM, Africa/Casablanca). */
  remindersEnabled: boolean;
  remindersTime: string;
  /** Base URL used in mail links (https://pnq.example.ma). */
  publicUrl: string;
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (throttling, logs): false (none, the default:
   * the address is the TCP peer's), a number of proxy hops, or addresses/subnets (`loopback`, `10.0.0.0/8`, …).
   */
  trustProxy: false | number | string;
  /** GraphQL introspection: off in production unless set; `admins` lets signed-in admins run it. */
  introspection: IntrospectionMode;
  /** Stack traces in GraphQL errors: only with NODE_ENV=development and PNQ_GRAPHQL_STACKTRACES=true. */
  graphqlStackTraces: boolean;
  /** Serve the dashboard's source maps (*.map): never in production. */
  serveSourceMaps: boolean;
  /** Purge expired sessions and old sign-in attempts in this process (hourly; once across instances). */
  housekeepingEnabled: boolean;
  /** Ended sessions and sign-in attempts are deleted this many days later. */
  purgeAfterDays: number;
  /** Single sign-on (OpenID Connect); null when PNQ_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /** E-mail + password sign-in, password resets and invitations accepted with a password; off only with single sign-on. */
  localPasswords: boolean;
  /** PNQ_PUBLIC_URL was not set: it follows the port the server ends up on. */
  publicUrlIsDefault: boolean;
  /** Long work off the request path: the job queue and worker threads (docs/architecture.md, "Long work off the request path"). */
  jobs: JobsConfig;
  /** Where the published public snapshots are written as static files and served from under /public (PNQ_PUBLIC_DIR, default <data dir>/public). */
  publicDir: string;
  /** Evidence files: where their contents are kept and how large they may be (docs/runbook.md, "Evidence files"). */
  evidence: EvidenceConfig;
}

export interface EvidenceConfig {
  /** Largest evidence file accepted, bytes (PNQ_EVIDENCE_MAX_FILE_MB, default 50). */
  maxFileBytes: number;
  /** What one organisation's evidence files may add up to, bytes (PNQ_EVIDENCE_ORGANISATION_QUOTA_MB, default 2048). */
  organisationQuotaBytes: number;
  /** Where new files' contents go: null, PostgreSQL (PNQ_EVIDENCE_STORAGE=postgres, the default); else an S3-compatible bucket. */
  s3: EvidenceS3Config | null;
}

export interface JobsConfig {
  /** Take jobs from the queue in this process (every server instance by default; a CLI runs only its own job). */
  runner: boolean;
  /** Jobs one instance runs at once, each in a worker thread; the others wait in the queue (in PostgreSQL). */
  concurrency: number;
  /** Seconds a claimed job stays this instance's without a heartbeat; then another instance takes it over. */
  leaseSeconds: number;
  /** Unfinished report jobs one person may have at once; one more is refused with TOO_MANY_REPORTS. */
  reportsPerUser: number;
  /** Unfinished jobs the queue holds at most (all people); one more is refused with TOO_MANY_REPORTS. */
  queueLimit: number;
  /** Hours a finished job's file stays available for download. */
  resultHours: number;
  /** Heap of a worker thread, MB: work that needs more fails with a code, the instance stays up. */
  workerMemoryMb: number;
  /** Longest a job's worker thread may run, seconds. */
  workerTimeoutSeconds: number;
  /** Worker threads an instance runs at once for requests (reading an upload, writing an export); more wait, then SERVER_BUSY. */
  requestWorkers: number;
  /** Longest reading an uploaded workbook may take, seconds (then WORKBOOK_TOO_LARGE). */
  importReadSeconds: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 0 and 65535 (got "${raw}").`);
  }
  return port;
}

function parsePositive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number (got "${raw}").`);
  return value;
}

/** The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${env.NODE_ENV}").`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// connection string.');
  }
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`);
  }
  if (env.PNQ_ADMIN_PASSWORD && env.PNQ_ADMIN_PASSWORD.length < 12) {
    throw new ConfigError('PNQ_ADMIN_PASSWORD must have at least 12 characters.');
  }
  const remindersTime = parseTimeOfDay(env.PNQ_REMINDERS_TIME ?? '07:00');
  if (!remindersTime) throw new ConfigError(`PNQ_REMINDERS_TIME must be HH:MM in 24 h, Casablanca time (got "${env.PNQ_REMINDERS_TIME}").`);
  const port = parsePort('PORT', env.PORT, 3000);
  const sessionHours = parsePositive('PNQ_SESSION_HOURS', env.PNQ_SESSION_HOURS, 12);
  const sessionMaxHours = parsePositive('PNQ_SESSION_MAX_HOURS', env.PNQ_SESSION_MAX_HOURS, 7 * 24);
  if (sessionMaxHours < sessionHours) {
    throw new ConfigError(`PNQ_SESSION_MAX_HOURS (${sessionMaxHours}) must be at least PNQ_SESSION_HOURS (${sessionHours}).`);
  }
  const publicUrl = (env.PNQ_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError(`PNQ_PUBLIC_URL must start with http:// or https:// (got "${env.PNQ_PUBLIC_URL}").`);
  const oidc = loadOidc(env, nodeEnv, publicUrl);
  return {
    nodeEnv,
    port,
    portIsDefault: !env.PORT,
    databaseUrl,
    dataDir: resolve(cwd, env.PNQ_DATA_DIR ?? '.data'),
    embeddedPostgresPort: parsePort('PNQ_EMBEDDED_PG_PORT', env.PNQ_EMBEDDED_PG_PORT, 54329),
    embeddedPostgresPortIsDefault: !env.PNQ_EMBEDDED_PG_PORT,
    dashboardDir: resolve(cwd, env.PNQ_DASHBOARD_DIR ?? 'dist/apps/dashboard'),
    seedDir: resolve(cwd, env.PNQ_SEED_DIR ?? 'seed'),
    seedOnBoot: env.PNQ_SEED_ON_BOOT !== 'false',
    logLevel,
    demoAccounts: nodeEnv !== 'production' && env.PNQ_DEMO_ACCOUNTS !== 'false',
    adminEmail: env.PNQ_ADMIN_EMAIL?.trim().toLowerCase() || null,
    adminPassword: env.PNQ_ADMIN_PASSWORD || null,
    sessionHours,
    sessionMaxHours,
    secureCookies: env.PNQ_SECURE_COOKIES ? env.PNQ_SECURE_COOKIES === 'true' : nodeEnv === 'production',
    smtp: loadSmtp(env),
    mailFrom: env.SMTP_FROM?.trim() || 'PNQ Tracker <noreply@pnq.local>',
    remindersEnabled: env.PNQ_REMINDERS_ENABLED ? env.PNQ_REMINDERS_ENABLED === 'true' : nodeEnv !== 'test',
    remindersTime,
    publicUrl,
    publicUrlIsDefault: !env.PNQ_PUBLIC_URL?.trim(),
    maxRequestBytes: Math.round(parsePositive('PNQ_MAX_REQUEST_KB', env.PNQ_MAX_REQUEST_KB, 1024) * 1024),
    trustProxy: parseTrustProxy(env.PNQ_TRUST_PROXY),
    introspection: parseIntrospection(env.PNQ_GRAPHQL_INTROSPECTION, nodeEnv),
    graphqlStackTraces: nodeEnv === 'development' && env.PNQ_GRAPHQL_STACKTRACES === 'true',
    serveSourceMaps: nodeEnv !== 'production',
    housekeepingEnabled: env.PNQ_HOUSEKEEPING_ENABLED ? env.PNQ_HOUSEKEEPING_ENABLED === 'true' : nodeEnv !== 'test',
    purgeAfterDays: parsePositive('PNQ_PURGE_AFTER_DAYS', env.PNQ_PURGE_AFTER_DAYS, 30),
    oidc,
    localPasswords: loadLocalPasswords(env, oidc),
    jobs: loadJobs(env),
    evidence: {
      maxFileBytes: Math.round(parsePositive('PNQ_EVIDENCE_MAX_FILE_MB', env.PNQ_EVIDENCE_MAX_FILE_MB, 50) * 1024 * 1024),
      organisationQuotaBytes: Math.round(parsePositive('PNQ_EVIDENCE_ORGANISATION_QUOTA_MB', env.PNQ_EVIDENCE_ORGANISATION_QUOTA_MB, 2048) * 1024 * 1024),
      s3: loadEvidenceS3(env),
    },
    publicDir: resolve(cwd, env.PNQ_PUBLIC_DIR ?? join(env.PNQ_DATA_DIR ?? '.data', 'public')),
  };
}

function loadJobs(env: NodeJS.ProcessEnv): JobsConfig {
  const whole = (name: string, fallback: number) => {
    const value = parsePositive(name, env[name], fallback);
    if (!Number.isInteger(value)) throw new ConfigError(`${name} must be a whole number (got "${env[name]}").`);
    return value;
  };
  return {
    runner: env.PNQ_JOB_RUNNER !== 'false',
    concurrency: whole('PNQ_JOB_CONCURRENCY', 1),
    leaseSeconds: parsePositive('PNQ_JOB_LEASE_SECONDS', env.PNQ_JOB_LEASE_SECONDS, 30),
    reportsPerUser: whole('PNQ_REPORTS_PER_USER', 2),
    queueLimit: whole('PNQ_JOB_QUEUE_LIMIT', 20),
    resultHours: parsePositive('PNQ_JOB_RESULT_HOURS', env.PNQ_JOB_RESULT_HOURS, 24),
    workerMemoryMb: whole('PNQ_WORKER_MEMORY_MB', 1536),
    workerTimeoutSeconds: parsePositive('PNQ_WORKER_TIMEOUT_SECONDS', env.PNQ_WORKER_TIMEOUT_SECONDS, 600),
    requestWorkers: whole('PNQ_REQUEST_WORKERS', 2),
    importReadSeconds: parsePositive('PNQ_IMPORT_READ_SECONDS', env.PNQ_IMPORT_READ_SECONDS, 60),
  };
}

/**
 * PNQ_TRUST_PROXY: unset or `false` trusts no proxy. `true` is refused: believing every X-Forwarded-For would let
 * anyone choose the address the sign-in throttle counts. Otherwise a hop count or Express's list of addresses/subnets.
 */
function parseTrustProxy(raw: string | undefined): false | number | string {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') {
    throw new ConfigError(
      'PNQ_TRUST_PROXY=true would believe any X-Forwarded-For: give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback, 10.0.0.0/8).',
    );
  }
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^[\w.:/,\s-]+$/.test(value)) throw new ConfigError(`PNQ_TRUST_PROXY must be a number of proxies or a list of addresses/subnets (got "${raw}").`);
  return value;
}

function parseIntrospection(raw: string | undefined, nodeEnv: NodeEnv): IntrospectionMode {
  const value = raw?.trim() || (nodeEnv === 'production' ? 'off' : 'everyone');
  if (!(INTROSPECTION_MODES as readonly string[]).includes(value)) {
    throw new ConfigError(`PNQ_GRAPHQL_INTROSPECTION must be one of ${INTROSPECTION_MODES.join(', ')} (got "${raw}").`);
  }
  if (value === 'everyone' && nodeEnv === 'production') {
    throw new ConfigError('PNQ_GRAPHQL_INTROSPECTION=everyone is refused in production: use admins (signed-in admins only) or off.');
  }
  return value as IntrospectionMode;
}

/** One line for the console and the log at start: the mode, and what it turns on or off. */
export function describeMode(config: AppConfig): string {
  const facts = [
    config.demoAccounts ? 'demo accounts on (password in the README)' : 'no demo accounts',
    `GraphQL introspection ${config.introspection === 'everyone' ? 'for everyone' : config.introspection === 'admins' ? 'for admins' : 'off'}`,
    config.graphqlStackTraces ? 'stack traces in GraphQL errors' : 'no stack traces in errors',
    config.serveSourceMaps ? 'dashboard source maps served' : 'no source maps served',
    config.secureCookies ? 'Secure cookies' : 'cookies without Secure (plain HTTP)',
    config.oidc ? `single sign-on with ${config.oidc.issuer}${config.localPasswords ? '' : ', no passwords'}` : 'no single sign-on',
  ];
  const advice = config.nodeEnv === 'production' ? '' : ' — for a deployment, set NODE_ENV=production';
  return `Mode: ${config.nodeEnv} (${facts.join(', ')})${advice}`;
}

function loadSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = env.SMTP_SECURE === 'true';
  const user = env.SMTP_USER?.trim() || null;
  const password = env.SMTP_PASSWORD || null;
  if ((user === null) !== (password === null)) throw new ConfigError('SMTP_USER and SMTP_PASSWORD go together: set both or neither.');
  return { host, port: parsePort('SMTP_PORT', env.SMTP_PORT, secure ? 465 : 587), secure, user, password };
}
