import { CalendarDate } from '../calendar/calendar-date';
import { ActionStatus, Health } from '../tracking/action-status';

/**
 * What a published snapshot of the plan holds: the document the public portal's pages and open data are rendered
 * from. Every field here is on the allow-list (`PUBLIC_SNAPSHOT_ALLOW_LIST`); nothing else may be published.
 */
export interface PublicSnapshot {
  number: number;
  asOf: CalendarDate;
  /** The snapshot published before this one (the home page says what changed since). */
  previous: { number: number; asOf: CalendarDate } | null;
  totals: PublicCounts;
  pillars: PublicPillar[];
  actions: PublicAction[];
  nationalFigures: PublicNationalFigure[];
  editions: PublicEdition[];
  /** Yearly reports the secretariat marked final (their year and date). */
  finalReports: { year: number; asOf: CalendarDate }[];
  changes: PublicChange[];
  /** Every earlier snapshot (the archive), latest first. */
  archive: { number: number; asOf: CalendarDate }[];
}

export interface PublicCounts {
  actions: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  blocked: number;
  cancelled: number;
  overdue: number;
  atRisk: number;
  /** Weighted progress, % (null: nothing to average). */
  progress: number | null;
}

export interface PublicPillar {
  number: number;
  title: string;
  counts: PublicCounts;
  axes: PublicAxis[];
}

export interface PublicAxis {
  ref: string;
  title: string;
  counts: PublicCounts;
  projects: PublicProject[];
}

export interface PublicProject {
  /** Unique across the plan: <pillar>-<code>, e.g. 5-2.5. */
  ref: string;
  title: string;
  counts: PublicCounts;
  actionRefs: string[];
}

export interface PublicAction {
  ref: string;
  title: string;
  pillar: number;
  axis: string;
  project: string;
  owners: string[];
  partners: string[];
  /** The deadline as the plan printed it (null: none printed). */
  deadline: string | null;
  /** The due date in force on the snapshot's date. */
  dueDate: CalendarDate | null;
  /** The due date the plan first gave, when re-planning moved it (null otherwise). */
  baselineDueDate: CalendarDate | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  lastUpdateDate: CalendarDate | null;
  indicators: PublicIndicator[];
}

export interface PublicIndicator {
  label: string;
  kind: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetYear: number | null;
  latestValue: number | null;
  achieved: boolean | null;
  latestDate: CalendarDate | null;
  /** Where the latest value comes from, as recorded (a source is public; the value's comment is not). */
  source: string | null;
  status: string;
}

export interface PublicNationalFigure {
  key: string;
  label: string;
  labelEn: string | null;
  unit: string | null;
  values: { date: CalendarDate; value: number; kind: string; source: string }[];
}

export interface PublicEdition {
  number: number;
  /** The snapshot it was published with (its pages stay online there). */
  snapshotNumber: number;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  publishedOn: CalendarDate;
  sources: string;
  method: string;
  nextDueOn: CalendarDate;
  criteria: PublicCriterion[];
}

export interface PublicCriterion {
  key: string;
  label: string;
  description: string;
  /** National figures this criterion follows (their keys). */
  figureKeys: string[];
}

export interface PublicChange {
  ref: string;
  title: string;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus;
  fromProgress: number | null;
  toProgress: number;
}
