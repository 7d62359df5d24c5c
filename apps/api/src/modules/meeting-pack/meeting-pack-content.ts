import { CalendarDate } from '@pnq/domain';

/** The session as the documents present it (French). */
export interface PackSession {
  id: number;
  body: string;
  heldOn: CalendarDate;
  place: string;
  agenda: string[];
  /** The previous session of the same body; null for its first. */
  since: CalendarDate | null;
  attending: string[];
}

/** Changes counted between two dates (the plan-changes read model's). */
export interface PackChangeCounts {
  label: string;
  completed: number;
  newlyOverdue: number;
  newlyAtRisk: number;
  statusMoved: number;
  progressMoved: number;
}

export interface PackKeyFigure {
  label: string;
  before: number;
  after: number;
}

/** An action overdue, at risk or blocked on the session's date. */
export interface PackException {
  ref: string;
  title: string;
  owners: string;
  /** Health named in words (and « bloquée » when blocked). */
  situation: string;
  daysLate: number | null;
  lastUpdate: CalendarDate | null;
  /** The comment of the latest update by its owners, up to the session's date. */
  comment: string | null;
  /** Its evidence files on the session's date (withdrawn ones left out). */
  files: number;
}

export interface PackPillar {
  number: number;
  name: string;
  exceptions: PackException[];
}

export interface PackRequest {
  ref: string;
  what: string;
  justification: string;
  requestedOn: CalendarDate;
}

export interface PackDecision {
  session: string;
  kind: string;
  text: string;
  responsible: string;
  dueDate: CalendarDate | null;
  followUp: string;
  health: string;
}

export interface PackIndicatorValue {
  ref: string;
  label: string;
  date: CalendarDate;
  value: string;
}

/** Everything the meeting pack shows, computed on the session's date. */
export interface MeetingPack {
  title: string;
  asOf: CalendarDate;
  session: PackSession;
  /** The date changes are counted from: the previous session of the body, else the start of tracking. */
  from: CalendarDate;
  changes: { total: PackChangeCounts; byPillar: PackChangeCounts[]; revisionsApproved: number; indicatorValues: number };
  keyFigures: PackKeyFigure[];
  pillars: PackPillar[];
  pendingRequests: PackRequest[];
  followUp: PackDecision[];
  indicators: PackIndicatorValue[];
}

/** The minutes: the session, who attended, its decisions. */
export interface SessionMinutes {
  title: string;
  asOf: CalendarDate;
  session: PackSession;
  decisions: (PackDecision & { actions: string[]; revisionOutcomes: string[] })[];
}
