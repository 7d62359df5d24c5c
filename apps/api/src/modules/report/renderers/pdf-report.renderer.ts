import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DocumentHead, ReportBlock, ReportColumn } from '../report-blocks';
import { PDF_FONT_FILES, PDF_FONTS } from '../report-fonts';
import { fontRuns } from './pdf-font-runs';
import { rightToLeftLines, textWidth } from './pdf-rtl-lines';
import { ReportText, reportText } from '../words/report-text';

const PAGE_WIDTH = 595.28 - 2 * 40; // A4 minus margins, in points

/** pdfmake's lightHorizontalLines pads 8 points on each side of every inner column edge (none at the table's two ends). */
const CELL_GAP = 16;

/** Font sizes of the report's text, in points (the styles below). */
const SIZE = { body: 9, small: 7.5, h1: 15, h2: 12, h3: 10, coverTitle: 22, coverLine: 12, caption: 8, footer: 7 } as const;

/**
 * Column widths in points: the columns' relative widths, but never narrower than the longest word of their header
 * (set in bold at the table's size), so that no header word is broken across lines (« Avancemen/t »).
 */
export function columnWidths(columns: ReportColumn[], size: number): number[] {
  const available = PAGE_WIDTH - (columns.length - 1) * CELL_GAP;
  const least = columns.map((c) => Math.max(0, ...c.header.split(/\s+/).map((word) => textWidth(word, size, true))) + 1);
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let round = 0; round <= columns.length; round++) {
    const free = available - [...fixed].reduce((sum, i) => sum + least[i], 0);
    const share = columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.width), 0);
    widths = columns.map((c, i) => (fixed.has(i) ? least[i] : (free * c.width) / share));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]);
    if (short < 0) break;
    fixed.add(short);
  }
  return widths.map((w) => Math.floor(w));
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

/** How one edition sets its text: left to right as pdfmake does, or right to left in lines laid out here (pdf-rtl-lines). */
interface Writer {
  rtl: boolean;
  /** A text block `width` points wide, at `size` points; `align` is the side it keeps to in a left-to-right edition. */
  text(text: string, width: number, size: number, options?: { bold?: boolean; align?: 'left' | 'right' | 'center' }): Content;
}

const LEFT_TO_RIGHT: Writer = {
  rtl: false,
  text: (text, _width, _size, options = {}) => ({ text: inline(text), ...(options.align && options.align !== 'left' ? { alignment: options.align } : {}) }),
};

const RIGHT_TO_LEFT: Writer = {
  rtl: true,
  text: (text, width, size, options = {}) => {
    const lines = rightToLeftLines(text, width * 0.98, size, options.bold);
    const alignment = options.align === 'center' ? 'center' : options.align === 'right' ? 'left' : 'right';
    return {
      stack: lines.map((words) => ({
        // Each word in the fonts that draw it, with no added space (the words are measured as they are set).
        text: words.flatMap((word, i) => [
          ...(i ? [{ text: ' ' }] : []),
          ...fontRuns(word).map(({ text: part, font }) => ({ text: part, ...(font ? { font } : {}) })),
        ]),
        alignment,
      })),
    };
  },
};

/** A writer's text with more properties (style, margins…). */
const styled = (content: Content | TableCell, more: Record<string, unknown>): Content => ({ ...(content as object), ...more }) as unknown as Content;

function blockOf(writer: Writer, headingIds: Map<ReportBlock, string>) {
  return (item: ReportBlock): Content => {
    const { rtl } = writer;
    switch (item.kind) {
      case 'cover':
        return {
          stack: [
            styled(writer.text(item.kicker, PAGE_WIDTH, SIZE.coverLine, { align: 'center' }), { style: 'coverKicker', margin: [0, 160, 0, 24] }),
            styled(writer.text(item.title, PAGE_WIDTH, SIZE.coverTitle, { bold: true, align: 'center' }), { style: 'coverTitle' }),
            ...item.lines.map((line) => styled(writer.text(line, PAGE_WIDTH, SIZE.coverLine, { align: 'center' }), { style: 'coverLine' })),
          ],
        };
      case 'heading': {
        const size = SIZE[`h${item.level}`];
        const id = headingIds.get(item);
        const content = writer.text(item.text, PAGE_WIDTH, size, { bold: true }) as { stack?: Content[] };
        // A page reference (the table of contents) finds only a text's id: a right-to-left heading's is on its first line.
        const target = id
          ? content.stack
            ? { stack: [styled(content.stack[0], { id }), ...content.stack.slice(1)] }
            : styled(content as Content, { id })
          : content;
        return styled(target as Content, { style: `h${item.level}`, headlineLevel: item.level });
      }
      case 'paragraph':
        return styled(writer.text(item.text, PAGE_WIDTH, SIZE.body), { margin: [0, 2, 0, 6] });
      case 'pageBreak':
        return { text: '', pageBreak: 'after' };
      case 'contents': {
        const ids = [...headingIds.values()];
        const rows: TableCell[][] = item.entries.map((entry, i) => {
          const cells: TableCell[] = [
            writer.text(entry, PAGE_WIDTH - 60, SIZE.coverLine) as unknown as TableCell,
            { text: '', pageReference: ids[i], alignment: rtl ? 'left' : 'right' } as unknown as TableCell,
          ];
          return rtl ? cells.reverse() : cells;
        });
        return {
          stack: [
            styled(writer.text(item.title, PAGE_WIDTH, SIZE.h1, { bold: true }), { style: 'h1' }),
            { table: { widths: rtl ? [40, '*'] : ['*', 40], body: rows }, layout: 'noBorders', fontSize: SIZE.coverLine, margin: [0, 8, 0, 0] },
          ],
        };
      }
      case 'chart':
        return {
          stack: [
            { svg: item.svg, width: 460, alignment: 'center' },
            styled(writer.text(item.caption, PAGE_WIDTH, SIZE.caption, { align: 'center' }), { style: 'caption' }),
          ],
          unbreakable: true,
        };
      case 'table': {
        const size = item.small ? SIZE.small : SIZE.body;
        const widths = columnWidths(item.columns, size);
        const cell = (text: string, index: number, bold: boolean): TableCell =>
          writer.text(text, widths[index], size, { bold, align: item.columns[index].align ?? 'left' }) as TableCell;
        const header = item.columns.map((c, index) => styled(cell(c.header, index, true), { style: 'th' }));
        const body = item.rows.map((row, r) =>
          row.map((text, index) => styled(cell(text, index, item.strong?.[r] ?? false), { bold: item.strong?.[r] ?? false })),
        );
        const order = <T>(cells: T[]) => (rtl ? [...cells].reverse() : cells);
        // A row taller than a page is split across pages (never dropped), the header repeated on each.
        return {
          table: { headerRows: 1, widths: order(widths), body: [order(header), ...body.map(order)] as TableCell[][], dontBreakRows: false },
          layout: 'lightHorizontalLines',
          fontSize: size,
          margin: [0, 2, 0, 8],
        };
      }
    }
  };
}

/**
 * The report as PDF (pdfmake): Roboto embedded, with DejaVu Sans and Noto Emoji for the characters it lacks (Arabic,
 * emoji: fontRuns), vector charts, page numbers and a table of contents with pages; the Arabic edition right to left
 * (lines laid out by pdf-rtl-lines, tables from the right). The date in the metadata is the report's date.
 */
export async function renderPdfReport(report: DocumentHead, blocks: ReportBlock[], text: ReportText = reportText()): Promise<Buffer> {
  pdfmake.setFonts(PDF_FONTS);
  pdfmake.setLocalAccessPolicy((path) => PDF_FONT_FILES.includes(path));
  pdfmake.setUrlAccessPolicy(() => false);
  const at = new Date(`${report.asOf}T00:00:00Z`);
  const title = report.title;
  const writer = text.direction === 'rtl' ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
  const headingIds = new Map(blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((heading, index) => [heading, `section-${index + 1}`] as const));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: {
      title,
      author: 'CSNCA — PNQ Tracker',
      subject: text.w.situationAt(report.asOf),
      creator: 'PNQ Tracker',
      producer: 'PNQ Tracker',
      creationDate: at,
      modDate: at,
    },
    defaultStyle: { font: 'Roboto', fontSize: SIZE.body, lineHeight: 1.15 },
    styles: {
      coverKicker: { fontSize: SIZE.coverLine, color: '#52606d', alignment: 'center' },
      coverTitle: { fontSize: SIZE.coverTitle, bold: true, color: '#0b5d3b', alignment: 'center', margin: [0, 0, 0, 24] },
      coverLine: { fontSize: SIZE.coverLine, alignment: 'center', margin: [0, 0, 0, 8] },
      h1: { fontSize: SIZE.h1, bold: true, color: '#0b5d3b', margin: [0, 6, 0, 8] },
      h2: { fontSize: SIZE.h2, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: SIZE.h3, bold: true, margin: [0, 8, 0, 3] },
      th: { bold: true, color: '#1f2933' },
      caption: { fontSize: SIZE.caption, italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
    },
    footer: (page, pages) =>
      page === 1
        ? ''
        : styled(writer.text(`${title} — ${text.w.page(page, pages)}`, PAGE_WIDTH, SIZE.footer, { align: 'center' }), {
            alignment: 'center',
            fontSize: SIZE.footer,
            color: '#52606d',
            margin: [40, 16, 40, 0],
          }),
    content: blocks.map(blockOf(writer, headingIds)),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
