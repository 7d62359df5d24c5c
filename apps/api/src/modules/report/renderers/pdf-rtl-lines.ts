import { Font, openSync } from 'fontkit';
import { PDF_FONTS, PdfFontName } from '../report-fonts';
import { fontRuns } from './pdf-font-runs';

/**
 * Right-to-left lines for the PDF (the Arabic edition). The PDF engine lays words out left to right and has no
 * bidirectional algorithm: each Arabic word comes out shaped and in the right letter order, but a line's words would
 * read backwards. So the lines are broken here, in reading order, at the width the text has, and each line's words
 * are put in visual order: right to left, except runs of left-to-right words (numbers, references, French plan
 * titles), which keep their order. Deterministic and pure (fonts read from the embedded files).
 */

const fonts = new Map<string, Font>();
function font(name: PdfFontName, bold: boolean): Font {
  const file = PDF_FONTS[name][bold ? 'bold' : 'normal'];
  let opened = fonts.get(file);
  if (!opened) {
    opened = openSync(file) as Font;
    fonts.set(file, opened);
  }
  return opened;
}

/** Widths at 1 point, by weight and text: a report measures the same words (headers, owners, statuses) thousands of times. */
const measured = new Map<string, number>();

/** Width in points of a text at a size, each part in the font that draws it (fontRuns). */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${bold ? 'b' : 'n'}${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    width = fontRuns(text).reduce((sum, run) => {
      const used = font(run.font ?? 'Roboto', bold);
      return sum + used.layout(run.text).advanceWidth / used.unitsPerEm;
    }, 0);
    if (measured.size < 100_000) measured.set(key, width);
  }
  return width * size;
}

const ARABIC = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LEFT_TO_RIGHT = /[\p{L}\p{N}]/u;

type Direction = 'rtl' | 'ltr' | 'neutral';
const direction = (word: string): Direction => (ARABIC.test(word) ? 'rtl' : LEFT_TO_RIGHT.test(word) ? 'ltr' : 'neutral');

/**
 * A line's words (in reading order) in visual order, left to right, for a right-to-left paragraph: the line is
 * reversed, then each run of left-to-right words (a neutral word between two of them belongs to the run) is put back
 * in its own order.
 */
export function visualOrder(words: string[]): string[] {
  const directions = words.map(direction);
  const resolved = directions.map((d, i) => {
    if (d !== 'neutral') return d;
    const before = directions
      .slice(0, i)
      .reverse()
      .find((x) => x !== 'neutral');
    const after = directions.slice(i + 1).find((x) => x !== 'neutral');
    // « 40 % »: a percent sign stays with its number, as the bidirectional algorithm keeps a terminator with its digits.
    const terminator = /^[%‰]/.test(words[i]) && directions[i - 1] === 'ltr';
    return (before === 'ltr' && after === 'ltr') || terminator ? 'ltr' : 'rtl';
  });
  const groups: { ltr: boolean; words: string[] }[] = [];
  words.forEach((word, i) => {
    const ltr = resolved[i] === 'ltr';
    const last = groups[groups.length - 1];
    if (last && last.ltr === ltr) last.words.push(word);
    else groups.push({ ltr, words: [word] });
  });
  return groups.reverse().flatMap((group) => (group.ltr ? group.words : [...group.words].reverse()));
}

/** A text broken into lines no wider than `width` (a longer word stands alone), each in visual order. */
export function rightToLeftLines(text: string, width: number, size: number, bold = false): string[][] {
  const space = textWidth(' ', size, bold);
  const lines: string[][] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    let used = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const wide = textWidth(word, size, bold);
      if (line.length && used + space + wide > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      used += (line.length ? space : 0) + wide;
      line.push(word);
    }
    lines.push(line);
  }
  return lines.map(visualOrder);
}
