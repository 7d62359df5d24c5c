import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { useLanguage } from './support/layout';
import { signedInPage } from './support/sign-in';

const ASOF = '2027-01-01';

/** Issue 21.7: in Arabic, charts read as in French (labels beside their axis, legends apart) and plan references keep their order. */
describe('Arabic pages: charts and plan references', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    await useLanguage(page, 'ar');
  });
  afterAll(() => browser?.close());

  it('draws every y-axis label of the overview’s charts beside the axis line, outside the plot, never through the line', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    await page.locator('.recharts-yAxis-tick-labels text').first().waitFor({ timeout: 30_000 });
    // Recharts draws an axis's line and its labels in separate layers of the chart's picture.
    const axes = await page.locator('figure.chart svg.recharts-surface:has(.recharts-yAxis)').evaluateAll((charts) =>
      charts.map((chart) => {
        const line = chart.querySelector('.recharts-yAxis .recharts-cartesian-axis-line')!.getBoundingClientRect();
        const plot = chart.querySelector('.recharts-cartesian-grid')!.getBoundingClientRect();
        const labels = Array.from(chart.querySelectorAll('.recharts-yAxis-tick-labels text')).map((label) => {
          const box = label.getBoundingClientRect();
          return { text: label.textContent, left: box.left, right: box.right };
        });
        return { lineX: line.left + line.width / 2, plotLeft: plot.left, plotRight: plot.right, labels };
      }),
    );
    expect(axes.length).toBeGreaterThanOrEqual(2);
    for (const axis of axes) {
      expect(axis.labels.length).toBeGreaterThan(1);
      for (const label of axis.labels) {
        const crosses = label.left < axis.lineX && label.right > axis.lineX;
        expect(crosses, `« ${label.text} » [${label.left}, ${label.right}] across the axis line at ${axis.lineX}`).toBe(false);
        const inPlot = label.right > axis.plotLeft + 1 && label.left < axis.plotRight - 1;
        expect(inPlot, `« ${label.text} » inside the plot [${axis.plotLeft}, ${axis.plotRight}]`).toBe(false);
      }
    }
  });

  it('writes the due-by-year legend from the right, most worrying first, each swatch apart from its label', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    const legend = page.locator('figure.chart .chart-legend').first();
    await legend.waitFor({ timeout: 30_000 });
    const items = await legend.locator('li').evaluateAll((elements) =>
      elements.map((item) => {
        const [swatch, label] = Array.from(item.children).map((child) => child.getBoundingClientRect());
        return {
          text: item.textContent?.trim(),
          gap: Math.max(swatch.left - label.right, label.left - swatch.right),
          left: item.getBoundingClientRect().left,
        };
      }),
    );
    expect(items.map((item) => item.text)).toEqual(['متأخرة', 'معرّضة للتأخر', 'في الموعد', 'منجزة', 'ملغاة']);
    for (const item of items) expect(item.gap, `the swatch of « ${item.text} »`).toBeGreaterThanOrEqual(3);
    const lefts = items.map((item) => item.left);
    expect(lefts).toEqual([...lefts].sort((a, b) => b - a)); // read right to left
    // The chart's table, for those who cannot see the colours, has its columns in the legend's order.
    const headers = await page
      .locator('figure.chart', { has: page.locator('.chart-legend') })
      .first()
      .locator('details table th')
      .allTextContents();
    expect(headers.slice(1).map((header) => header.trim())).toEqual(items.map((item) => item.text));
  });

  /** Every plan reference shown in the page, with whether its characters stand left to right in their logical order. */
  const references = (target: Page) =>
    target.evaluate(() => {
      const REF = /(?<![\d.-])[1-5]-\d{1,2}(?:\.\d{1,2}){0,2}(?![\d-])/g;
      const found: { ref: string; inOrder: boolean; isolated: boolean }[] = [];
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(REF)) {
          // A number inside a French plan title (« la loi 2-79 ») is French text, not a reference.
          if (/[A-Za-zÀ-ÿ]\s*$/.test(text.slice(0, match.index))) continue;
          const xs: number[] = [];
          for (let i = 0; i < match[0].length; i++) {
            const range = document.createRange();
            range.setStart(node, match.index + i);
            range.setEnd(node, match.index + i + 1);
            xs.push(range.getBoundingClientRect().left);
          }
          const element = node.parentElement!;
          const style = getComputedStyle(element);
          found.push({
            ref: match[0],
            inOrder: xs.every((x, i) => i === 0 || x > xs[i - 1]),
            isolated:
              (text[match.index - 1] === '\u2066' && text[match.index + match[0].length] === '\u2069') ||
              (style.direction === 'ltr' && style.unicodeBidi === 'isolate' && text.trim() === match[0]),
          });
        }
      }
      return found;
    });

  it('writes each health badge of the explorer on one line, however narrow its column', async () => {
    await page.goto(`${inject('baseUrl')}/explorer?asOf=${ASOF}`);
    await page.getByTestId('explorer-count').waitFor({ timeout: 30_000 });
    const badges = await page.locator('main .health-badge').evaluateAll((elements) =>
      elements.map((badge) => {
        // The lines the label's words stand on (the symbol aside, in its own box).
        const tops = Array.from(badge.childNodes)
          .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
          .flatMap((node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return Array.from(range.getClientRects(), (rect) => Math.round(rect.top));
          });
        const lines = new Set(tops).size;
        return { text: badge.textContent?.trim() ?? '', lines };
      }),
    );
    expect(badges.map((badge) => badge.text)).toContain('? أجل يجب تحديده');
    expect(badges.filter((badge) => badge.lines > 1)).toEqual([]);
  });

  it.each([
    ['the overview', `/?asOf=${ASOF}`, 'overdue-table'],
    ['the explorer', `/explorer?asOf=${ASOF}`, 'explorer-count'],
    ['the timeline', `/timeline?asOf=${ASOF}`, 'timeline-legend'],
    ['an action page', `/actions/1-2.1.1?asOf=${ASOF}`, 'action-status'],
    ['an organisation page', `/organisations/imanor?asOf=${ASOF}`, 'org-owned-table'],
  ])('keeps every plan reference on %s left to right and isolated from the Arabic around it (1-2.1.1, never 2.1.1-1)', async (_name, path, ready) => {
    await page.goto(`${inject('baseUrl')}${path}`);
    await page.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    const refs = await references(page);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !r.inOrder).map((r) => r.ref)).toEqual([]);
    expect(refs.filter((r) => !r.isolated).map((r) => r.ref)).toEqual([]);
  });
});
