import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/modules/health/health.service';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /health', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { seedOnBoot: false } });
  });
  afterAll(() => testApp.close());

  it('reports the database up, with no pending migration', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as HealthReport;
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up', migrationsPending: false } });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports 503 with the reason once the database connection is gone', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = testApp.app.get(DataSource);
    await dataSource.destroy();
    const response = await fetch(`${testApp.baseUrl}/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as HealthReport;
    expect(body.status).toBe('error');
    expect(body.database.status).toBe('down');
    expect(body.database.error).toEqual(expect.any(String));
    await dataSource.initialize();
  });
});
