import { Health } from './action-status';

/**
 * One fill colour per health, as plain hex, for every chart that draws healths: the dashboard's charts and timeline
 * and the report's charts. Colour never carries the meaning alone: labels, legends and tables say it too.
 */
export const HEALTH_COLOURS: Readonly<Record<Health, string>> = {
  DONE: '#1b7f3b',
  ON_TRACK: '#5b8def',
  AT_RISK: '#d98b00',
  OVERDUE: '#c1272d',
  STALE: '#8a6d00',
  UNSCHEDULED: '#8a94a6',
  CANCELLED: '#3e4c59',
};
