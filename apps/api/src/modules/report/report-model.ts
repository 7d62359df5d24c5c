import type { ReportRevision } from './revisions-section';
import type { ActionStatus, CalendarDate, Health, IndicatorRollUp, IndicatorStatus, NationalValueQualifier } from '@pnq/domain';
import type { RollUpCountsModel } from '../dashboard/dashboard.model';
import type { FinancingOverviewModel } from '../financing-view/financing-view.model';

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
  /** Action indicators on track (achieved or on their trajectory) at the previous year-end, for the summary's change. */
  previousIndicatorTotals: IndicatorRollUp;
  /** The financing view on the report's date (the dashboard's financingOverview). */
  financing: ReportFinancing;
  /** The revisions of the plan that took effect during the year (« révisions approuvées en N »). */
  revisions: ReportRevision[];
  /** Every action, in plan order — empty when the plan has more than ANNEX_MAX_ACTIONS (the Excel export lists them then). */
  annex: ReportAction[];
  /** How many actions the plan has (the annex's length when it is printed). */
  annexActionCount: number;
}

/**
 * Above this many actions the annex is not printed: at 100 plans of the PNQ's size (33,300 actions) it alone made the
 * Word document exhaust the API's memory. The PNQ (333) and ten such plans (3,330) keep their full annex.
 */
export const ANNEX_MAX_ACTIONS = 5000;

/**
 * Above ANNEX_MAX_ACTIONS the report is an excerpt too, so that its size — and the time and memory to build it — stays
 * bounded whatever the plan's (issue 16: ready in seconds at 33,300 actions): each list of a pillar keeps its first lines
 * (the most late first for overdue actions), says how many more there are, and the per-project rows give way to the
 * axes'. The Excel export lists every action.
 */
export const EXCERPT_LIST_LINES = 3;

/** How many lines a list of an excerpt left out (report-excerpt.ts); absent or 0: the list is whole. */
export interface Omitted {
  completedDuringYear: number;
  overdueAtDate: number;
  dueNextYear: number;
  projects: number;
}

export type KeyFigureKey =
  'actions' | 'progress' | 'completed' | 'inProgress' | 'notStarted' | 'blocked' | 'overdue' | 'atRisk' | 'stale' | 'unscheduled' | 'indicatorsOnTrack';

/** The financing view as the report receives it (plain data: it crosses to the rendering worker). */
export type ReportFinancing = FinancingOverviewModel;

export interface KeyFigure {
  /** Which figure: each edition words it (ReportWords.keyFigures). */
  key: KeyFigureKey;
  value: number | null;
  previous: number | null;
  /** 'percent' figures are progress values (0–100, one decimal). */
  unit: 'count' | 'percent';
}

export interface ReportAction {
  ref: string;
  title: string;
  owners: string[];
  /** The deadline as the plan writes it; null: to be determined (each edition words it). */
  deadline: string | null;
  /** When re-planned: the due date in force the report judges the action against (shown after the printed deadline). */
  revisedDueDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  /** OVERDUE: days late on the report's date. */
  daysLate: number | null;
  /** The latest entry of its discussion written by the report's date (shown in the lists of actions late). */
  latestComment?: { comment: string; enteredOn: CalendarDate } | null;
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
  /** Lines an excerpt (a plan above ANNEX_MAX_ACTIONS) left out of each list. */
  omitted?: Omitted;
}

export interface ReportOrganisation {
  key: string;
  label: string;
  name: string;
  counts: RollUpCountsModel;
}

/** An action indicator that has a numeric target, as evaluated on the report's date (the dashboard's rule). */
export interface MeasuredIndicator {
  /** "5-1.2.1#1": the action's ref and the indicator's position in it. */
  ref: string;
  label: string;
  unit: string | null;
  baseline: number | null;
  target: number;
  /** The stated year, else the action's due year; null when neither is known. */
  targetYear: number | null;
  latest: { date: CalendarDate; value: number } | null;
  percentOfTarget: number | null;
  expectedValue: number | null;
  status: IndicatorStatus;
}

/** A milestone indicator achieved during the report's year (achieved on its date, not at the previous year-end). */
export interface AchievedMilestone {
  ref: string;
  label: string;
  /** The first record saying "achieved" during the year. */
  date: CalendarDate;
}

export interface PillarIndicators {
  number: number;
  name: string;
  /** The dashboard's roll-up for the pillar on the same date (dashboard(asOf).byPillar[].indicators). */
  rollUp: IndicatorRollUp;
  measured: MeasuredIndicator[];
  milestonesAchieved: AchievedMilestone[];
  /** Lines an excerpt (a plan above ANNEX_MAX_ACTIONS) left out of each list. */
  omitted?: { measured: number; milestonesAchieved: number };
}

export interface NationalFigure {
  label: string;
  unit: string;
  latest: NationalValue | null;
  /** The actual value before the latest one. */
  previous: NationalValue | null;
  target: NationalValue | null;
}

export interface NationalValue {
  date: CalendarDate;
  value: number;
  qualifier: NationalValueQualifier;
  /** Where the figure comes from: the source an admin named, else the seed's source file. */
  source: string | null;
}

export interface IndicatorsSection {
  pillars: PillarIndicators[];
  /** dashboard(asOf).indicatorTotals. */
  totals: IndicatorRollUp;
  national: NationalFigure[];
}
