import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

describe('a screen whose code cannot be loaded', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  it('says so and offers a reload (offline, or files renamed by a redeploy), instead of a blank page', async () => {
    await page.route('**/assets/ExplorerPage-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Explorer', exact: true }).click();
    const failure = page.getByTestId('load-failed');
    await failure.waitFor();
    expect(await failure.getByRole('heading').textContent()).toBe('Cette page n’a pas pu être chargée');
    // The rest of the application still works: the navigation is there.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Le plan' }).isVisible()).toBe(true);

    await page.unroute('**/assets/ExplorerPage-*.js');
    await failure.getByRole('button', { name: 'Recharger la page' }).click();
    await page.getByTestId('explorer-count').waitFor();
    expect(page.url()).toContain('/explorer');
  });
});
