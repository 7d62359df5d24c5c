import { ActionStatus, Health } from './action-status';

/** Status names as the French plan, the report and the update template spell them. */
export const STATUS_LABELS_FR: Record<ActionStatus, string> = {
  NOT_STARTED: 'Non démarrée',
  IN_PROGRESS: 'En cours',
  COMPLETED: 'Terminée',
  BLOCKED: 'Bloquée',
  CANCELLED: 'Annulée',
};

/** Health names in French, as on the dashboard. */
export const HEALTH_LABELS_FR: Record<Health, string> = {
  DONE: 'Réalisée',
  CANCELLED: 'Annulée',
  OVERDUE: 'En retard',
  AT_RISK: 'À risque',
  ON_TRACK: 'Dans les temps',
  STALE: 'Sans nouvelles',
  UNSCHEDULED: 'Échéance à fixer',
};
