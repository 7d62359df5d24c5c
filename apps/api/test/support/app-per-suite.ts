import { afterAll, beforeAll } from 'vitest';
import { GraphqlClient, startTestApp, TestApp } from './test-app';

export interface SuiteApp {
  testApp: TestApp;
  /** Signed in as the account given to `appPerSuite`. */
  client: GraphqlClient;
}

/** Starts the application once for the enclosing describe block, signed in as `email`; read the fields inside tests. */
export function appPerSuite(email: string): SuiteApp {
  const suite = {} as SuiteApp;
  beforeAll(async () => {
    suite.testApp = await startTestApp();
    suite.client = await suite.testApp.signIn(email);
  });
  afterAll(() => suite.testApp.close());
  return suite;
}
