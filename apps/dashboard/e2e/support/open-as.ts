import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { signIn } from './sign-in';

/** A fresh browser context signed in as the account, on the path once the overview has shown. */
export async function openAs(browser: Browser, email: string, path: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, inject('baseUrl'), email);
  await page.getByTestId('kpi-actions').waitFor();
  await page.goto(`${inject('baseUrl')}${path}`);
  return { context, page };
}

/** Sends a GraphQL operation with the page's session (what the dashboard itself would send). */
export async function pageGraphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()).data as T;
    },
    { query, variables },
  );
}
