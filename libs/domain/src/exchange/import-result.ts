import type { CalendarDate } from '../calendar/calendar-date';
import type { ActionStatus } from '../tracking/action-status';

/*
 * What the Excel import (POST /imports/template) answers, dry run or apply: the REST contract the API sends and the
 * dashboard reads, declared once here.
 */

export interface ImportProblem {
  code: string;
  message: string;
  /** The template column the problem is in, when it is one cell's. */
  column?: string;
}

export interface ImportRowChange {
  status: ActionStatus;
  progress: number;
  comment: string;
  effectiveDate: CalendarDate;
  evidenceUrls: string[];
}

/** One line of the sheet: what it would change, or why it cannot be applied. */
export interface ImportRow {
  /** The row number in the "Actions" sheet, as the spreadsheet shows it. */
  row: number;
  ref: string;
  title: string | null;
  before: { status: ActionStatus; progress: number; version: number } | null;
  after: ImportRowChange | null;
  problems: ImportProblem[];
  /** The sheet the row is on when it is not « Actions » (« Financement »). */
  sheet?: string;
  /** A financing row: the financing version it replaces, and what it records, in words. */
  financing?: { version: number; summary: string } | null;
}

export interface ImportResult {
  mode: 'dry-run' | 'apply';
  /** SHA-256 of the file; apply only the file with the fingerprint the dry run gave. */
  fileHash: string;
  organisation: { key: string; name: string };
  /** Rows that change something, or have a problem (unchanged rows are only counted). */
  rows: ImportRow[];
  unchanged: number;
  changes: number;
  problems: number;
  /** True only after an apply that saved every change (all or nothing). */
  applied: boolean;
}
