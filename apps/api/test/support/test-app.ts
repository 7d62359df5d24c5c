import { INestApplication } from '@nestjs/common';
import { resolve } from 'node:path';
import pino from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app.config';
import { createTestDatabase } from './test-database';

export const REPO_ROOT = resolve(__dirname, '../../../..');

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({ NODE_ENV: 'test' }, REPO_ROOT),
    seedDir: resolve(REPO_ROOT, 'seed'),
    dashboardDir: resolve(REPO_ROOT, 'dist/apps/dashboard'),
    ...overrides,
  };
}

/** Boots the real application on a fresh database and a random port, speaking HTTP. */
export async function startTestApp(options: { databaseUrl?: string; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(inject('adminDatabaseUrl')));
  const app = await createApp({ config: testConfig(options.config), databaseUrl, logger: pino({ level: 'warn' }) });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    databaseUrl,
    graphql: (query, variables) => postGraphql(baseUrl, query, variables),
    close: () => app.close(),
  };
}

export async function postGraphql<T>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  return { ...body, status: response.status };
}
