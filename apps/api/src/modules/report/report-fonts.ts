import { dirname, join } from 'node:path';

/** Roboto, shipped with pdfmake: the one typeface of both formats (and of the rasterised charts), embedded, with French accents. */
const ROBOTO_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const ROBOTO = {
  normal: join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};

export const ROBOTO_FILES: readonly string[] = Object.values(ROBOTO);
