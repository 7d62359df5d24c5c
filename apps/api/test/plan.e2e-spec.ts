import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

describe('the plan over GraphQL', () => {
  let testApp: TestApp;
  let viewer: GraphqlClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
  });
  afterAll(() => testApp.close());

  it('lists the five pillars in document order, from PostgreSQL', async () => {
    const response = await viewer.graphql<{ pillars: { number: number; name: string }[] }>('{ pillars { number name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.pillars).toEqual([
      { number: 1, name: 'Normalisation et réglementation technique' },
      { number: 2, name: 'Certification' },
      { number: 3, name: 'Métrologie' },
      { number: 4, name: 'Accréditation' },
      { number: 5, name: 'Promotion de la qualité' },
    ]);
  });

  it('answers an unknown action reference with the ACTION_NOT_FOUND code and a readable message', async () => {
    const response = await viewer.graphql('{ action(ref: "9-9.9.9") { ref } }');
    expect(response.errors?.[0].extensions?.code).toBe('ACTION_NOT_FOUND');
    expect(response.errors?.[0].message).toContain('9-9.9.9');
  });

  it('refuses a query with an unknown field before running it', async () => {
    const response = await viewer.graphql('{ pillars { number colour } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
