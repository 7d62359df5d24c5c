/** The update template's layout: shared by the writer and the reader so they cannot drift apart. */
export const TEMPLATE_MARKER = 'pnq-tracker-update-template';
/** 2: the proposed deadline and its justification (issue 17) were added after the evidence link. */
export const TEMPLATE_VERSION = 2;
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
  { key: 'proposedDeadline', header: 'Échéance proposée', width: 16, editable: true, readOnImport: true },
  { key: 'deadlineJustification', header: 'Justification de l’échéance', width: 40, editable: true, readOnImport: true },
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
