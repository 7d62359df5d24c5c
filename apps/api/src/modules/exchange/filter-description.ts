import { HEALTH_LABELS_FR, STATUS_LABELS_FR, type ActionStatus, type Health } from '@pnq/domain';

/** The explorer's filters as the export receives them (ActionFilterInput's fields). */
export interface ExportFilter {
  pillars?: number[];
  axis?: string;
  statuses?: ActionStatus[];
  healths?: Health[];
  owner?: string;
  partner?: string;
  deadlineYear?: number;
  text?: string;
  lateAndNotFunded?: boolean;
}

const list = (items: readonly (string | number)[]) => items.join(', ');

/**
 * The export's filter line in words, as a reader of the workbook understands it (issue 21.13: never the raw JSON):
 * « Piliers 1, 2 ; axe 1-2 ; statut : En cours ; santé : En retard ; responsable : IMANOR ; … », or « Toutes les
 * actions du plan ». `organisationName` gives an organisation's name from its key.
 */
export function describeFilter(filter: ExportFilter, organisationName: (key: string) => string): string {
  const parts = [
    filter.pillars?.length ? `${filter.pillars.length > 1 ? 'Piliers' : 'Pilier'} ${list(filter.pillars)}` : null,
    filter.axis ? `axe ${filter.axis.replace('.', '-')}` : null,
    filter.statuses?.length ? `statut : ${list(filter.statuses.map((s) => STATUS_LABELS_FR[s]))}` : null,
    filter.healths?.length ? `santé : ${list(filter.healths.map((h) => HEALTH_LABELS_FR[h]))}` : null,
    filter.owner ? `responsable : ${organisationName(filter.owner)}` : null,
    filter.partner ? `partenaire : ${organisationName(filter.partner)}` : null,
    filter.deadlineYear ? `échéance en ${filter.deadlineYear}` : null,
    filter.text?.trim() ? `texte « ${filter.text.trim()} »` : null,
    filter.lateAndNotFunded ? 'en retard et non financées' : null,
  ].filter((part): part is string => part !== null);
  if (!parts.length) return 'Toutes les actions du plan';
  const line = parts.join(' ; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
