/**
 * The report as a sequence of layout blocks, in reading order. Both renderers (PDF, DOCX) lay out these
 * blocks one to one, so their text is the same; only typography differs.
 */
export type ReportBlock =
  | { kind: 'cover'; /** « Royaume du Maroc » above the title. */ kicker: string; title: string; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: ReportColumn[]; rows: string[][]; small?: boolean; /** Rows set in bold (sub-totals). */ strong?: boolean[] }
  | { kind: 'chart'; svg: string; caption: string }
  | { kind: 'contents'; title: string; /** The first-level headings, in order (the PDF adds their pages). */ entries: string[] }
  | { kind: 'pageBreak' };

export interface ReportColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right';
}

export const col = (header: string, width: number, align: 'left' | 'right' = 'left'): ReportColumn => ({ header, width, align });

/** What a renderer reads of a document besides its blocks: its title (metadata, footer) and its date (metadata dates). */
export interface DocumentHead {
  title: string;
  asOf: string;
}
