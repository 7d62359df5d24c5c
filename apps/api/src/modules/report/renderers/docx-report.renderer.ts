import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  IRunOptions,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { readFileSync } from 'node:fs';
import { DocumentHead, ReportBlock } from '../report-blocks';
import { PDF_FONTS, ROBOTO } from '../report-fonts';
import { ReportText, reportText } from '../words/report-text';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const CHART_WIDTH_PX = 600; // at 96 dpi, about 16 cm

/** The chart as PNG (resvg, with Roboto — and DejaVu Sans for Arabic — and no system fonts, so the same pixels everywhere). */
function rasterise(svg: string): { png: Buffer; width: number; height: number } {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH_PX * 2 },
    font: { fontFiles: [ROBOTO.normal, PDF_FONTS.DejaVuSans.normal], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
  }).render();
  return { png: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}

const thin = { style: BorderStyle.SINGLE, size: 2, color: 'CBD2D9' };

const ARABIC = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * How an edition's paragraphs and runs are marked: the Arabic edition's are right to left (`w:bidi`, `w:rtl` on runs
 * with Arabic letters, tables from the right with `w:bidiVisual`) — Word then orders the words itself.
 */
function writing(rtl: boolean) {
  const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
    new TextRun({ text, ...options, ...(rtl && ARABIC.test(text) ? { rightToLeft: true } : {}) });
  const align = (side: 'left' | 'right' | 'center') =>
    side === 'center'
      ? AlignmentType.CENTER
      : rtl
        ? side === 'left'
          ? AlignmentType.START
          : AlignmentType.END
        : side === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.RIGHT;
  return { rtl, run, align, paragraph: rtl ? { bidirectional: true } : {} };
}
type Writing = ReturnType<typeof writing>;

function blockOf({ rtl, run, align, paragraph }: Writing, headingIds: Map<ReportBlock, string>) {
  return (item: ReportBlock): (Paragraph | Table)[] => {
    switch (item.kind) {
      case 'cover':
        return [
          new Paragraph({
            spacing: { before: 3000, after: 400 },
            alignment: AlignmentType.CENTER,
            ...paragraph,
            children: [run(item.kicker, { size: 24, color: '52606D' })],
          }),
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 480 },
            ...paragraph,
            children: [run(item.title, { bold: true, size: 44, color: '0B5D3B' })],
          }),
          ...item.lines.map(
            (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, ...paragraph, children: [run(line, { size: 24 })] }),
          ),
        ];
      case 'heading': {
        const id = headingIds.get(item);
        return [
          new Paragraph({ heading: HEADINGS[item.level], ...paragraph, children: [id ? new Bookmark({ id, children: [run(item.text)] }) : run(item.text)] }),
        ];
      }
      case 'paragraph':
        return [new Paragraph({ spacing: { after: 120 }, ...paragraph, children: [run(item.text)] })];
      case 'contents': {
        const ids = [...headingIds.values()];
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_1, ...paragraph, children: [run(item.title)] }),
          ...item.entries.map(
            (entry, i) =>
              new Paragraph({
                spacing: { after: 80 },
                ...paragraph,
                children: [new InternalHyperlink({ anchor: ids[i], children: [run(entry, { size: 22 })] })],
              }),
          ),
        ];
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'chart': {
        const { png, width, height } = rasterise(item.svg);
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'svg',
                data: Buffer.from(item.svg),
                fallback: { type: 'png', data: png },
                transformation: { width, height },
                altText: { name: 'chart', title: item.caption, description: item.caption },
              }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, ...paragraph, children: [run(item.caption, { italics: true, size: 16 })] }),
        ];
      }
      case 'table': {
        const total = item.columns.reduce((sum, c) => sum + c.width, 0);
        const size = item.small ? 15 : 18;
        const cell = (text: string, index: number, bold = false, header = false) =>
          new TableCell({
            width: { size: Math.round((item.columns[index].width / total) * 100), type: WidthType.PERCENTAGE },
            shading: header ? { type: ShadingType.CLEAR, fill: 'E4E7EB', color: 'auto' } : undefined,
            children: [new Paragraph({ alignment: align(item.columns[index].align ?? 'left'), ...paragraph, children: [run(text, { bold, size })] })],
          });
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            ...(rtl ? { visuallyRightToLeft: true } : {}),
            borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: item.columns.map((c, index) => cell(c.header, index, true, true)) }),
              ...item.rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, index, item.strong?.[r] ?? false)) })),
            ],
          }),
          new Paragraph({ text: '', spacing: { after: 120 } }),
        ];
      }
    }
  };
}

/**
 * A report-shaped document (the yearly report, a meeting pack, minutes) as an editable Word document (docx): Roboto
 * embedded, charts as SVG with a PNG fallback, page numbers, a table of contents linked to its sections when it has
 * one; an Arabic edition marked right to left.
 */
export async function renderDocxReport(report: DocumentHead, blocks: ReportBlock[], text: ReportText = reportText()): Promise<Buffer> {
  const title = report.title;
  const write = writing(text.direction === 'rtl');
  const headingIds = new Map(blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((heading, index) => [heading, `section-${index + 1}`] as const));
  const document = new Document({
    title,
    subject: text.w.situationAt(report.asOf),
    creator: 'CSNCA — PNQ Tracker',
    description: text.w.generatedFrom(report.asOf),
    fonts: [{ name: 'Roboto', data: readFileSync(ROBOTO.normal), bold: readFileSync(ROBOTO.bold), italic: readFileSync(ROBOTO.italics) }],
    styles: {
      default: {
        document: { run: { font: 'Roboto', size: 19 } },
        heading1: { run: { font: 'Roboto', size: 30, bold: true, color: '0B5D3B' }, paragraph: { spacing: { before: 240, after: 160 } } },
        heading2: { run: { font: 'Roboto', size: 24, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: 'Roboto', size: 20, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 900, right: 900 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                ...write.paragraph,
                children: [
                  new TextRun({
                    size: 14,
                    color: '52606D',
                    ...(write.rtl ? { rightToLeft: true } : {}),
                    children: [`${title} — ${text.w.page(0, 0).split(' ')[0]} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks.flatMap(blockOf(write, headingIds)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
