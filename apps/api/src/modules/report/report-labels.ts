import type { ActionStatus } from '@pnq/domain';
import { STATUS_LABELS_FR } from '@pnq/domain';

export { HEALTH_LABELS_FR } from '@pnq/domain';

/** French wording and number formats of the report (the plan's language); the same formats as the dashboard in French. */
export const REPORT_TITLE = 'Rapport annuel d’avancement de la Politique Nationale de la Qualité';

export const statusLabel = (status: ActionStatus) => STATUS_LABELS_FR[status];

const numberFormat = new Intl.NumberFormat('fr-MA', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatNumber = (value: number) => numberFormat.format(value).replace(/\u202f|\u00a0/g, ' ');
export const formatPercent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
export const formatDate = (date: string | null) => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '—');

/** "+3", "−1,5 pt", "=" — the change of a key figure since the previous year-end. */
export function formatChange(value: number | null, previous: number | null, unit: 'count' | 'percent'): string {
  if (value === null || previous === null) return '—';
  const delta = Math.round((value - previous) * 10) / 10;
  if (delta === 0) return '=';
  return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta))}${unit === 'percent' ? ' pt' : ''}`;
}
