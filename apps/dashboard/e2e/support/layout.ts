import type { Locator, Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

/** How far the page itself scrolls sideways (0 when nothing sticks out; a table may still scroll inside its own box). */
export async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The widest elements sticking out of the viewport, to say what overflows when a page does. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
      // Inside a box that scrolls by itself (a table's scroller): the page does not move.
      let scroller: HTMLElement | null = element.parentElement;
      let contained = false;
      while (scroller && scroller !== document.body) {
        const style = getComputedStyle(scroller);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) {
          contained = true;
          break;
        }
        scroller = scroller.parentElement;
      }
      if (contained) continue;
      const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}`;
      out.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
      if (out.length >= 5) break;
    }
    return out;
  });
}

/** Whether an element is shown and lies wholly inside the viewport's width (not cut, not behind a sideways scroll). */
/**
 * Texts in the tables that scroll in their own box (not the phone's cards) whose words are cut across lines: a text
 * on more lines than it has words (« Normalisation » written one letter under the other; a break after a hyphen is a
 * word's end). Such a table should be wider and scroll, not squeeze its columns.
 */
export async function cellsWithBrokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main .table-scroll > table:not(.data-table--cards) :is(th, td)')).flatMap((cell) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = (node.textContent ?? '').split(/[\s\-\u2010\u2011]+/).filter(Boolean).length;
        if (words === 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => (rect.width > 0 ? Math.round(rect.top / 4) : null)).filter((top) => top !== null));
        if (lines.size > words) broken.push(`« ${node.textContent?.trim().slice(0, 40)} » on ${lines.size} lines`);
      }
      return broken;
    }),
  );
}

export async function fullyInView(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.left < -1 || box.right > window.innerWidth + 1) return false;
    // Also inside every scroller around it (a cell scrolled out of its table's box is not seen).
    let parent = element.parentElement;
    while (parent && parent !== document.body) {
      const style = getComputedStyle(parent);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) {
        const outer = parent.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1) return false;
      }
      parent = parent.parentElement;
    }
    return true;
  });
}

/** Sets the interface language as the header switch does (remembered in the browser), then reloads. */
export async function useLanguage(page: Page, language: 'fr' | 'ar' | 'en'): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('pnq.language', value), language);
  await page.reload();
}
