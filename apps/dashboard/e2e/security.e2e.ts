import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

/**
 * The dashboard under the API's Content-Security-Policy: every screen works with no CSP violation,
 * and markup typed into a comment shows as text and never runs.
 */
describe('the dashboard under its security headers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('works on every screen with no CSP violation, and renders markup in a comment inert', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const baseUrl = inject('baseUrl');
    const response = await page.goto(`${baseUrl}/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, baseUrl, 'admin@pnq.local');
    await page.getByTestId('kpi-actions').waitFor();

    const markup = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
    const saved = await page.evaluate(async (comment) => {
      const post = async (query: string, variables: Record<string, unknown>) =>
        (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json();
      const { data } = await post('query ($r: String!) { action(ref: $r) { version } }', { r: '2-1.1.1' });
      const answer = await post('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
        i: { ref: '2-1.1.1', expectedVersion: data.action.version, status: 'IN_PROGRESS', progress: 15, comment },
      });
      return answer.errors ?? null;
    }, markup);
    expect(saved).toBeNull();

    for (const path of ['/plan', '/explorer', '/timeline', '/actions/2-1.1.1']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
    }
    await page.getByText(markup).first().waitFor(); // shown as the characters typed
    await screenshot(page, 'security-inert-markup');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });
});
