import { get } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signIn } from './support/sign-in';

/** What the first screen may cost in JavaScript, compressed (index script and the modules it preloads). */
const INITIAL_JS_BUDGET_BYTES = 250 * 1024;

/** Bytes on the wire for a response asked as a browser asks (it accepts br and gzip); node:http does not decode. */
function wireSize(url: string): Promise<{ bytes: number; encoding: string | null }> {
  return new Promise((done, fail) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done({ bytes, encoding: (response.headers['content-encoding'] as string | undefined) ?? null }));
    }).on('error', fail);
  });
}

describe('compressed answers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('a first visit (sign-in, then the overview) downloads compressed scripts, styles and data', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    let transferred = 0;
    session.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferred += event.encodedDataLength;
    });
    const uncompressed: string[] = [];
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      const size = Number(response.headers()['content-length'] ?? 2000);
      if (/javascript|css|json|html/.test(type) && size > 1024 && !response.headers()['content-encoding']) uncompressed.push(`${response.url()} (${type})`);
    });
    await signIn(page, inject('baseUrl'), 'admin@pnq.local');
    await page.getByTestId('kpi-actions').waitFor();
    await page.waitForLoadState('networkidle');
    console.info(`first visit, sign-in then overview: ${Math.round(transferred / 1024)} KB transferred`);
    expect(uncompressed).toEqual([]);
    await context.close();
  });

  it('keeps the initial JavaScript within its budget, compressed', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base, { headers: { accept: 'text/html' } })).text();
    const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const script of scripts) {
      const { bytes, encoding } = await wireSize(new URL(script, base).toString());
      expect(encoding, script).toMatch(/^(br|gzip)$/);
      total += bytes;
    }
    console.info(`initial JavaScript: ${Math.round(total / 1024)} KB compressed (budget ${INITIAL_JS_BUDGET_BYTES / 1024} KB)`);
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });
});
