import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Roboto, shipped with pdfmake: the typeface of both formats (and of the rasterised charts), embedded, with French accents. */
const ROBOTO_DIR = join(packageDir('pdfmake'), 'fonts', 'Roboto');

export const ROBOTO = {
  normal: join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};

export const ROBOTO_FILES: readonly string[] = Object.values(ROBOTO);

/**
 * The PDF's fallbacks for what Roboto lacks (a PDF shows only the glyphs of the fonts it embeds; Word falls back by
 * itself): DejaVu Sans (npm dejavu-fonts-ttf; Bitstream Vera licence, changes public domain) for Arabic, Hebrew and
 * many symbols — chosen over Noto Sans Arabic, whose decomposed letters pdf.js cannot turn back into text; Noto Emoji
 * (npm @expo-google-fonts/noto-emoji; SIL Open Font License) for emoji. Only the glyphs used are embedded.
 */
const DEJAVU_DIR = join(packageDir('dejavu-fonts-ttf'), 'ttf');
const NOTO_EMOJI_DIR = packageDir('@expo-google-fonts/noto-emoji');

export const PDF_FONTS = {
  Roboto: ROBOTO,
  DejaVuSans: {
    normal: join(DEJAVU_DIR, 'DejaVuSans.ttf'),
    bold: join(DEJAVU_DIR, 'DejaVuSans-Bold.ttf'),
    italics: join(DEJAVU_DIR, 'DejaVuSans-Oblique.ttf'),
    bolditalics: join(DEJAVU_DIR, 'DejaVuSans-BoldOblique.ttf'),
  },
  NotoEmoji: {
    normal: join(NOTO_EMOJI_DIR, '400Regular', 'NotoEmoji_400Regular.ttf'),
    bold: join(NOTO_EMOJI_DIR, '600SemiBold', 'NotoEmoji_600SemiBold.ttf'),
    italics: join(NOTO_EMOJI_DIR, '400Regular', 'NotoEmoji_400Regular.ttf'),
    bolditalics: join(NOTO_EMOJI_DIR, '600SemiBold', 'NotoEmoji_600SemiBold.ttf'),
  },
};

export type PdfFontName = keyof typeof PDF_FONTS;

/** The order fonts are tried for a character Roboto does not have. */
export const PDF_FONT_CHAIN: readonly PdfFontName[] = ['Roboto', 'DejaVuSans', 'NotoEmoji'];

export const PDF_FONT_FILES: readonly string[] = Object.values(PDF_FONTS).flatMap((font) => Object.values(font));
