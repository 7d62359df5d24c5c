import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
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
import { ROBOTO } from '../report-fonts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const CHART_WIDTH_PX = 600; // at 96 dpi, about 16 cm

/** The chart as PNG (resvg, with Roboto and no system fonts, so the same pixels everywhere). */
function rasterise(svg: string): { png: Buffer; width: number; height: number } {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH_PX * 2 },
    font: { fontFiles: [ROBOTO.normal], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
  }).render();
  return { png: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}

const thin = { style: BorderStyle.SINGLE, size: 2, color: 'CBD2D9' };

function block(item: ReportBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'cover':
      return [
        new Paragraph({
          spacing: { before: 3000, after: 400 },
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: 'Royaume du Maroc', size: 24, color: '52606D' })],
        }),
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { after: 480 },
          children: [new TextRun({ text: item.title, bold: true, size: 44, color: '0B5D3B' })],
        }),
        ...item.lines.map(
          (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun({ text: line, size: 24 })] }),
        ),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[item.level], text: item.text })];
    case 'paragraph':
      return [new Paragraph({ text: item.text, spacing: { after: 120 } })];
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
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: item.caption, italics: true, size: 16 })] }),
      ];
    }
    case 'table': {
      const total = item.columns.reduce((sum, c) => sum + c.width, 0);
      const size = item.small ? 15 : 18;
      const cell = (text: string, index: number, bold = false, header = false) =>
        new TableCell({
          width: { size: Math.round((item.columns[index].width / total) * 100), type: WidthType.PERCENTAGE },
          shading: header ? { type: ShadingType.CLEAR, fill: 'E4E7EB', color: 'auto' } : undefined,
          children: [
            new Paragraph({
              alignment: item.columns[index].align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text, bold, size })],
            }),
          ],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
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
}

/** The report as an editable Word document (docx): Roboto embedded, charts as SVG with a PNG fallback, page numbers. */
export async function renderDocxReport(report: DocumentHead, blocks: ReportBlock[]): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    subject: `Situation au ${report.asOf}`,
    creator: 'CSNCA — PNQ Tracker',
    description: `Rapport généré à partir des données de PNQ Tracker au ${report.asOf}`,
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
                children: [
                  new TextRun({ size: 14, color: '52606D', children: [`${report.title} — page `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: blocks.flatMap(block),
      },
    ],
  });
  return Packer.toBuffer(document);
}
