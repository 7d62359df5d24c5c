import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openAs } from './support/open-as';

/** The text of each page of a PDF (pdf.js, legacy build for Node), spaces collapsed. */
async function pdfPages(content: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(content), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const text = await (await document.getPage(number)).getTextContent();
    pages.push(
      text.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}

/** A4's width less 10 mm margins each side, in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

/** Prints the page as the browser would (print styles, A4), and whether it fits the paper's width (no column cut off). */
async function print(page: Page): Promise<{ pages: string[]; tablesFit: boolean }> {
  const viewport = page.viewportSize()!;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINTABLE_WIDTH, height: viewport.height });
  const tablesFit = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  const pages = await pdfPages(await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } }));
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
  return { pages, tablesFit };
}

describe('printing the list screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('prints the overview and the explorer without navigation nor forms, every column, the date and the filter in the header', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/?asOf=2026-06-30');
    await page.getByTestId('kpi-actions').waitFor();
    const overview = await print(page);
    const text = overview.pages.join(' ');
    expect(text).toContain('situation au 2026-06-30');
    expect(text).not.toContain('Navigation principale');
    expect(text).not.toContain('Mes actions');
    expect(text).not.toContain('Préférences');
    expect(overview.tablesFit).toBe(true);

    await page.goto(`${page.url().split('/?')[0]}/explorer?asOf=2026-06-30&pillar=1`);
    await page.getByTestId('explorer-table').waitFor();
    const explorer = await print(page);
    const first = explorer.pages[0];
    expect(first).toContain('situation au 2026-06-30');
    expect(first.replace(/\s/g, '')).toContain('pillar=1');
    // pdf.js splits a word where glyph runs change: compare without spaces.
    const squeezed = first.replace(/\s/g, '');
    for (const header of ['Réf.', 'Action', 'Responsables', 'Échéance', 'Santé', 'Avancement']) expect(squeezed).toContain(header);
    expect(explorer.pages.join(' ')).not.toContain('Mes actions');
    expect(explorer.tablesFit).toBe(true);
    // Table headers (sortable: buttons) repeat on every page of a long table.
    expect(explorer.pages.length).toBeGreaterThan(1);
    for (const next of explorer.pages.slice(1)) expect(next.replace(/\s/g, '')).toContain('Responsables');
    await context.close();
  });

  it('prints the organisation scorecard, my actions and the steering sessions the same way', async () => {
    const admin = await openAs(browser, 'admin@pnq.local', '/organisations/imanor?asOf=2026-06-30');
    await admin.page.getByTestId('org-owned-table').waitFor({ timeout: 30_000 });
    const scorecard = await print(admin.page);
    expect(scorecard.pages[0]).toContain('situation au 2026-06-30');
    expect(scorecard.pages.join(' ')).not.toContain('Calendrier');
    expect(scorecard.tablesFit).toBe(true);
    expect(scorecard.pages.length).toBeGreaterThan(1);
    for (const next of scorecard.pages.slice(1)) expect(next.replace(/\s/g, '')).toContain('Avancement');

    await admin.page.goto(`${admin.page.url().split('/organisations')[0]}/steering?asOf=2026-06-30`);
    await admin.page.getByRole('heading', { name: 'Séances du CSNCA et de ses comités' }).waitFor({ timeout: 30_000 });
    const sessions = (await print(admin.page)).pages.join(' ');
    expect(sessions).toContain('situation au 2026-06-30');
    expect(sessions).not.toContain('Calendrier');
    expect(sessions).not.toContain('un point par ligne'); // the session form
    await admin.context.close();

    const owner = await openAs(browser, 'imanor@pnq.local', '/my-actions?asOf=2026-06-30');
    await owner.page.getByTestId('my-actions').waitFor({ timeout: 30_000 });
    const mine = await print(owner.page);
    expect(mine.pages[0]).toContain('situation au 2026-06-30');
    expect(mine.pages.join(' ')).not.toContain('Calendrier');
    expect(mine.tablesFit).toBe(true);
    await owner.context.close();
  });
});
