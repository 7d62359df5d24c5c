import type { FinancingSheetKey } from '@pnq/domain';
/** The update template's layout: shared by the writer and the reader so they cannot drift apart. */
export const TEMPLATE_MARKER = 'pnq-tracker-update-template';
export const TEMPLATE_VERSION = 1;
export const TEMPLATE_SHEET = 'Actions';
export const META_SHEET = 'pnq';

/**
 * `editable`: yellow, for the organisation to fill in. `readOnImport`: what an import takes from the row — the
 * reference, the version and the editable cells; the other columns (project, action, deadline, health) are there to
 * read and are ignored on import, whatever they hold.
 */
export const TEMPLATE_COLUMNS = [
  { key: 'ref', header: 'Réf.', width: 11, editable: false, readOnImport: true },
  { key: 'project', header: 'Projet', width: 28, editable: false, readOnImport: false },
  { key: 'title', header: 'Action', width: 60, editable: false, readOnImport: false },
  { key: 'deadline', header: 'Échéance', width: 14, editable: false, readOnImport: false },
  { key: 'health', header: 'Santé', width: 16, editable: false, readOnImport: false },
  { key: 'version', header: 'Version', width: 9, editable: false, readOnImport: true },
  { key: 'status', header: 'Statut', width: 16, editable: true, readOnImport: true },
  { key: 'progress', header: 'Avancement (%)', width: 15, editable: true, readOnImport: true },
  { key: 'comment', header: 'Commentaire', width: 50, editable: true, readOnImport: true },
  { key: 'effectiveDate', header: 'Date d’effet', width: 14, editable: true, readOnImport: true },
  { key: 'evidence', header: 'Lien de preuve', width: 40, editable: true, readOnImport: true },
] as const;

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]['key'];

/** 1-based column number of a template column. */
export const columnOf = (key: TemplateColumnKey) => TEMPLATE_COLUMNS.findIndex((c) => c.key === key) + 1;

export const EXPORT_COLUMNS = [
  { key: 'ref', header: 'Réf.', width: 11 },
  { key: 'pillar', header: 'Pilier', width: 24 },
  { key: 'axis', header: 'Axe', width: 30 },
  { key: 'project', header: 'Projet', width: 30 },
  { key: 'title', header: 'Action', width: 60 },
  { key: 'owners', header: 'Responsables', width: 22 },
  { key: 'partners', header: 'Partenaires', width: 28 },
  { key: 'deadline', header: 'Échéance', width: 14 },
  { key: 'dueDate', header: 'Date d’échéance', width: 14 },
  { key: 'status', header: 'Statut', width: 14 },
  { key: 'progress', header: 'Avancement (%)', width: 14 },
  { key: 'health', header: 'Santé', width: 16 },
  { key: 'lastUpdate', header: 'Dernière mise à jour', width: 16 },
  { key: 'version', header: 'Version', width: 9 },
] as const;

/** The template's financing sheet (issue 23): optional on import (a template made before it still imports). */
export const FINANCING_SHEET = 'Financement';
/** Very hidden: what each action's financing was when exported (ref → canonical form), so only edited actions count. */
export const FINANCING_META_SHEET = 'pnq-financement';

export const FINANCING_COLUMNS: readonly { key: FinancingSheetKey; header: string; width: number; editable: boolean }[] = [
  { key: 'ref', header: 'Réf.', width: 11, editable: false },
  { key: 'title', header: 'Action', width: 40, editable: false },
  { key: 'version', header: 'Version financement', width: 11, editable: false },
  { key: 'needsFunding', header: 'Financement spécifique (Oui/Non)', width: 14, editable: true },
  { key: 'estimatedCost', header: 'Coût estimé', width: 16, editable: true },
  { key: 'costCurrency', header: 'Devise du coût', width: 9, editable: true },
  { key: 'line', header: 'N° de ligne', width: 8, editable: true },
  { key: 'source', header: 'Source', width: 15, editable: true },
  { key: 'currency', header: 'Devise', width: 9, editable: true },
  { key: 'budgetYear', header: 'Année budgétaire', width: 10, editable: true },
  { key: 'budgetLine', header: 'Ligne ou programme budgétaire', width: 28, editable: true },
  { key: 'partner', header: 'Partenaire (clé de l’annuaire)', width: 16, editable: true },
  { key: 'programme', header: 'Programme de coopération', width: 28, editable: true },
  { key: 'periodStart', header: 'Période : début', width: 10, editable: true },
  { key: 'periodEnd', header: 'Période : fin', width: 10, editable: true },
  { key: 'year', header: 'Année', width: 8, editable: true },
  { key: 'planned', header: 'Programmé', width: 16, editable: true },
  { key: 'committed', header: 'Engagé', width: 16, editable: true },
  { key: 'disbursed', header: 'Décaissé', width: 16, editable: true },
  { key: 'effectiveDate', header: 'Date d’effet', width: 13, editable: true },
  { key: 'comment', header: 'Commentaire', width: 40, editable: true },
];

/** 1-based column number of a financing column. */
export const financingColumnOf = (key: FinancingSheetKey) => FINANCING_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The actions export's financing columns, after EXPORT_COLUMNS: in MAD on the export's date. */
export const EXPORT_FINANCING_COLUMNS = [
  { key: 'fundingStatus', header: 'Financement', width: 22 },
  { key: 'cost', header: 'Coût estimé (MAD)', width: 16 },
  { key: 'secured', header: 'Acquis (MAD)', width: 16 },
  { key: 'disbursed', header: 'Décaissé (MAD)', width: 16 },
  { key: 'gap', header: 'Reste à financer (MAD)', width: 16 },
] as const;
