import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

/** Sends a GraphQL request with the page's own session cookie. */
async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    { query, variables },
  );
}

describe('a past "as of" date on an action page', () => {
  let browser: Browser;
  let page: Page;
  let ref: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    // One of IMANOR's actions no other test updates (the last never-updated one), moved to 20 % in January 2026.
    const { myActions } = await graphql<{ myActions: { ref: string; version: number }[] }>(page, 'query { myActions(asOf: "2026-01-01") { ref version } }', {});
    ref = myActions.filter((a) => a.version === 0).at(-1)!.ref;
    await graphql(page, 'mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }', {
      input: { ref, status: 'IN_PROGRESS', progress: 20, comment: 'Lancement des travaux', effectiveDate: '2026-01-15', expectedVersion: 0 },
    });
  });
  afterAll(() => browser?.close());

  it('shows the state on that date, but the update form starts from the state today', async () => {
    await page.goto(`${inject('baseUrl')}/actions/${ref}?asOf=2025-12-31`);
    await page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();
    expect(await page.getByTestId('action-status').textContent()).toBe('Non démarrée');
    expect(await page.getByLabel('Statut').inputValue()).toBe('IN_PROGRESS');
    expect(await page.getByLabel('Avancement (%)').inputValue()).toBe('20');
  });

  it('marks the history entries dated after the chosen date, and only those', async () => {
    await page.goto(`${inject('baseUrl')}/actions/${ref}?asOf=2025-12-31`);
    const entry = page.getByTestId('history').locator('li').filter({ hasText: 'Lancement des travaux' });
    await entry.waitFor();
    expect(await entry.getByTestId('after-as-of').textContent()).toContain('Après le 31 déc. 2025');
    await page.goto(`${inject('baseUrl')}/actions/${ref}?asOf=2026-02-01`);
    await page.getByTestId('history').waitFor();
    expect(await page.getByTestId('after-as-of').count()).toBe(0);
  });
});
