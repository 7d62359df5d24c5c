import { INestApplication } from '@nestjs/common';
import { resolve } from 'node:path';
import pino, { Logger } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app.config';
import { createTestDatabase } from './test-database';

export const REPO_ROOT = resolve(__dirname, '../../../..');

export const DEMO_PASSWORD = 'pnq-demo-2035';

export interface GraphqlClient {
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
}

export interface SignedInClient extends GraphqlClient {
  cookie: string;
}

export interface TestApp extends GraphqlClient {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  /** Signs in over HTTP (the login mutation) and returns a client that sends the session cookie. */
  signIn(email: string, password?: string): Promise<SignedInClient>;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return configFromEnv({ NODE_ENV: 'test' }, overrides);
}

/** The configuration a process with this environment would load (seed and dashboard from the repository), then the overrides. */
export function configFromEnv(env: Record<string, string>, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig(env, REPO_ROOT),
    seedDir: resolve(REPO_ROOT, 'seed'),
    dashboardDir: resolve(REPO_ROOT, 'dist/apps/dashboard'),
    ...overrides,
  };
}

/** Boots the real application on a fresh database and a random port, speaking HTTP. */
export async function startTestApp(
  options: { databaseUrl?: string; config?: Partial<AppConfig>; fullConfig?: AppConfig; logger?: Logger; port?: number } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(inject('adminDatabaseUrl')));
  const config = options.fullConfig ?? testConfig(options.config);
  const app = await createApp({ config, databaseUrl, logger: options.logger ?? pino({ level: 'warn' }) });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    databaseUrl,
    graphql: (query, variables) => postGraphql(baseUrl, query, variables),
    signIn: (email, password = DEMO_PASSWORD) => signIn(baseUrl, email, password),
    close: () => app.close(),
  };
}

export async function postGraphql<T>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<GraphqlResponse<T> & { setCookie: string | null }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<SignedInClient> {
  const response = await postGraphql(baseUrl, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', {
    e: email,
    p: password,
  });
  if (response.errors || !response.setCookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(response.errors)}`);
  const cookie = response.setCookie.split(';')[0];
  return { cookie, graphql: (query, variables) => postGraphql(baseUrl, query, variables, cookie) };
}
