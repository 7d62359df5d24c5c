import { Font, openSync } from 'fontkit';
import { PDF_FONT_CHAIN, PDF_FONTS, PdfFontName } from '../report-fonts';

/** A piece of text set in one font; `font` absent: the document's default, Roboto. */
export interface FontRun {
  text: string;
  font?: PdfFontName;
  /** Holds right-to-left script (Arabic, Hebrew…): the engine shapes it and reverses the run. */
  rightToLeft?: true;
}

let fonts: Map<PdfFontName, Font> | undefined;
const has = (font: PdfFontName, codePoint: number) => {
  fonts ??= new Map(PDF_FONT_CHAIN.map((name) => [name, openSync(PDF_FONTS[name].normal)]));
  return fonts.get(font)!.hasGlyphForCodePoint(codePoint);
};

/** Characters that belong to no script of their own: they stay in the font of the text around them when it has them. */
const NEUTRAL = /^[\s\p{P}\p{M}\p{Cf}]$/u;
/** Scripts written right to left (the PDF engine reverses each run of them). */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * Splits a text into runs, each in the first font of PDF_FONT_CHAIN that has its characters (Roboto, then DejaVu
 * Sans for Arabic and symbols, then Noto Emoji): a character is drawn in a font that has it, never dropped. Spaces,
 * punctuation and combining marks stay in the current run when its font has them, so an Arabic title stays one run
 * that the engine shapes and lays out right to left; digits and Latin letters go back to Roboto. Characters no font
 * has (CJK) stay in Roboto. Nothing is dropped or added: the runs put together are the text. Deterministic.
 */
export function fontRuns(text: string): FontRun[] {
  const runs: FontRun[] = [];
  let current: PdfFontName = 'Roboto';
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const run: FontRun = current === 'Roboto' ? { text: buffer } : { text: buffer, font: current };
    runs.push(RIGHT_TO_LEFT.test(buffer) ? { ...run, rightToLeft: true } : run);
    buffer = '';
  };
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const font: PdfFontName = NEUTRAL.test(character) && has(current, codePoint) ? current : (PDF_FONT_CHAIN.find((name) => has(name, codePoint)) ?? 'Roboto');
    if (font !== current) flush();
    current = font;
    buffer += character;
  }
  flush();
  return runs;
}
