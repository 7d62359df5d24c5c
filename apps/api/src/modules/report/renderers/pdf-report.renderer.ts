import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DocumentHead, ReportBlock, ReportColumn } from '../report-blocks';
import { PDF_FONT_FILES, PDF_FONTS } from '../report-fonts';
import { fontRuns } from './pdf-font-runs';

const PAGE_WIDTH = 595.28 - 2 * 40; // A4 minus margins, in points

/** pdfmake's lightHorizontalLines pads 8 points on each side of every inner column edge (none at the table's two ends). */
const CELL_GAP = 16;

function widths(columns: ReportColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return columns.map((c) => Math.floor(((PAGE_WIDTH - (columns.length - 1) * CELL_GAP) * c.width) / total));
}

/**
 * A text as pdfmake takes it: plain when Roboto has every character, else runs each in a font that has them
 * (fontRuns). A right-to-left run ends with a space: the engine moves a run's last space to its visual start, and
 * its last two words would otherwise touch.
 */
function inline(text: string): string | Content[] {
  const runs = fontRuns(text);
  if (runs.length === 1 && !runs[0].font) return text;
  return runs.map(({ text: part, font, rightToLeft }) => ({ text: rightToLeft && !/\s$/.test(part) ? `${part} ` : part, ...(font ? { font } : {}) }));
}

function block(item: ReportBlock): Content {
  switch (item.kind) {
    case 'cover':
      return {
        stack: [
          { text: 'Royaume du Maroc', style: 'coverKicker', margin: [0, 160, 0, 24] },
          { text: inline(item.title), style: 'coverTitle' },
          ...item.lines.map((line) => ({ text: inline(line), style: 'coverLine' })),
        ],
      };
    case 'heading':
      return { text: inline(item.text), style: `h${item.level}`, headlineLevel: item.level };
    case 'paragraph':
      return { text: inline(item.text), margin: [0, 2, 0, 6] };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    case 'chart':
      return {
        stack: [
          { svg: item.svg, width: 460, alignment: 'center' },
          { text: inline(item.caption), style: 'caption' },
        ],
        unbreakable: true,
      };
    case 'table': {
      const header: TableCell[] = item.columns.map((c) => ({ text: inline(c.header), style: 'th', alignment: c.align ?? 'left' }));
      const body: TableCell[][] = item.rows.map((row, r) =>
        row.map((text, index) => ({ text: inline(text), bold: item.strong?.[r] ?? false, alignment: item.columns[index].align ?? 'left' })),
      );
      // A row taller than a page is split across pages (never dropped), the header repeated on each.
      return {
        table: { headerRows: 1, widths: widths(item.columns), body: [header, ...body], dontBreakRows: false },
        layout: 'lightHorizontalLines',
        fontSize: item.small ? 7.5 : 9,
        margin: [0, 2, 0, 8],
      };
    }
  }
}

/**
 * The report as PDF (pdfmake): Roboto embedded, with DejaVu Sans and Noto Emoji for the characters it lacks (Arabic,
 * emoji: fontRuns), vector charts, page numbers; the date in the metadata is the report's date.
 */
export async function renderPdfReport(report: DocumentHead, blocks: ReportBlock[]): Promise<Buffer> {
  pdfmake.setFonts(PDF_FONTS);
  pdfmake.setLocalAccessPolicy((path) => PDF_FONT_FILES.includes(path));
  pdfmake.setUrlAccessPolicy(() => false);
  const at = new Date(`${report.asOf}T00:00:00Z`);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: {
      title: report.title,
      author: 'CSNCA — PNQ Tracker',
      subject: `Situation au ${report.asOf}`,
      creator: 'PNQ Tracker',
      producer: 'PNQ Tracker',
      creationDate: at,
      modDate: at,
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      coverKicker: { fontSize: 12, color: '#52606d', alignment: 'center' },
      coverTitle: { fontSize: 22, bold: true, color: '#0b5d3b', alignment: 'center', margin: [0, 0, 0, 24] },
      coverLine: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 8] },
      h1: { fontSize: 15, bold: true, color: '#0b5d3b', margin: [0, 6, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
      th: { bold: true, color: '#1f2933' },
      caption: { fontSize: 8, italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
    },
    footer: (page, pages) =>
      page === 1
        ? ''
        : { text: inline(`${report.title} — page ${page} / ${pages}`), alignment: 'center', fontSize: 7, color: '#52606d', margin: [0, 16, 0, 0] },
    content: blocks.map(block),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
