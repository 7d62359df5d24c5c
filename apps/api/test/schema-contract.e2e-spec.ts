import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = '# The API↔dashboard contract. Written by the API (npm run schema:write); do not edit by hand.\n\n';

describe('the committed GraphQL schema', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { seedOnBoot: false } });
  });
  afterAll(() => testApp.close());

  it('is exactly the schema the running API serves (run `npm run schema:write` when this fails)', async () => {
    const { schema } = testApp.app.get(GraphQLSchemaHost);
    const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    await expect(printed).toMatchFileSnapshot('../../../libs/graphql-schema/schema.graphql');
  });
});
