import type { ActionStatus, CalendarDate, Health } from '@pnq/domain';
import type { RollUpCountsModel } from '../dashboard/dashboard.model';

/**
 * Everything the yearly progress report says, computed once from the services for one date.
 * Pure data: the PDF and DOCX renderers only lay it out, so both show the same figures as the dashboard.
 */
export interface ReportModel {
  year: number;
  /** The date every figure is computed for (31 December of the year by default). */
  asOf: CalendarDate;
  /** The previous year-end, the basis of every "change since". */
  previousAsOf: CalendarDate;
  title: string;
  totals: RollUpCountsModel;
  previousTotals: RollUpCountsModel;
  keyFigures: KeyFigure[];
  pillars: ReportPillar[];
  organisations: ReportOrganisation[];
  indicators: IndicatorsSection;
  annex: ReportAction[];
}

export interface KeyFigure {
  label: string;
  value: number | null;
  previous: number | null;
  /** 'percent' figures are progress values (0–100, one decimal). */
  unit: 'count' | 'percent';
}

export interface ReportAction {
  ref: string;
  title: string;
  owners: string[];
  deadline: string;
  dueDate: CalendarDate | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  /** OVERDUE: days late on the report's date. */
  daysLate: number | null;
}

export interface ReportProgressLine {
  ref: string;
  title: string;
  counts: RollUpCountsModel;
}

export interface ReportAxis extends ReportProgressLine {
  projects: ReportProgressLine[];
}

export interface ReportPillar {
  number: number;
  name: string;
  counts: RollUpCountsModel;
  axes: ReportAxis[];
  completedDuringYear: ReportAction[];
  overdueAtDate: ReportAction[];
  dueNextYear: ReportAction[];
}

export interface ReportOrganisation {
  key: string;
  label: string;
  name: string;
  counts: RollUpCountsModel;
}

export interface ActionIndicatorLine {
  ref: string;
  title: string;
  labels: string[];
}

export interface NationalFigure {
  label: string;
  unit: string;
  latest: { date: CalendarDate; value: number; qualifier: string } | null;
  target: { date: CalendarDate; value: number; qualifier: string } | null;
}

export interface IndicatorsSection {
  national: NationalFigure[];
  actionIndicators: ActionIndicatorLine[];
}
