import { HEALTH_LABELS_FR, PublicSnapshot, spreadsheetSafeText, STATUS_LABELS_FR } from '@pnq/domain';
import ExcelJS from 'exceljs';

type Cell = string | number | boolean | null;

interface Column<R> {
  name: string;
  fr: string;
  en: string;
  value(row: R): Cell;
}

interface OpenTable<R> {
  name: string;
  sheet: string;
  fr: string;
  en: string;
  columns: Column<R>[];
  rows(doc: PublicSnapshot): R[];
}

type ActionRow = PublicSnapshot['actions'][number];
type IndicatorRow = { action: ActionRow; indicator: ActionRow['indicators'][number] };
type FigureRow = { figure: PublicSnapshot['nationalFigures'][number]; value: PublicSnapshot['nationalFigures'][number]['values'][number] };

const ACTIONS: OpenTable<ActionRow> = {
  name: 'pnq-actions.csv',
  sheet: 'Actions',
  fr: 'Les actions clés : place dans le plan, responsables, échéances, statut, avancement, santé',
  en: 'Key actions: place in the plan, owners, deadlines, status, progress, health',
  rows: (doc) => doc.actions,
  columns: [
    { name: 'ref', fr: 'Référence de l’action (pilier-code)', en: 'Action reference (pillar-code)', value: (a) => a.ref },
    { name: 'pillar', fr: 'Numéro du pilier', en: 'Pillar number', value: (a) => a.pillar },
    { name: 'axis', fr: 'Axe (pilier.axe)', en: 'Axis (pillar.axis)', value: (a) => a.axis },
    { name: 'project', fr: 'Référence du projet', en: 'Project reference', value: (a) => a.project },
    { name: 'title', fr: 'Intitulé de l’action (texte du PNQ)', en: 'Action title (PNQ text, French)', value: (a) => a.title },
    { name: 'owners', fr: 'Organisations responsables, séparées par « ; »', en: 'Owner organisations, separated by “;”', value: (a) => a.owners.join('; ') },
    {
      name: 'partners',
      fr: 'Organisations partenaires, séparées par « ; »',
      en: 'Partner organisations, separated by “;”',
      value: (a) => a.partners.join('; '),
    },
    { name: 'deadline', fr: 'Échéance telle qu’imprimée dans le PNQ', en: 'Deadline as printed in the PNQ', value: (a) => a.deadline },
    { name: 'due_date', fr: 'Date d’échéance en vigueur (AAAA-MM-JJ)', en: 'Due date in force (YYYY-MM-DD)', value: (a) => a.dueDate },
    { name: 'baseline_due_date', fr: 'Date d’échéance initiale si replanifiée', en: 'Original due date when re-planned', value: (a) => a.baselineDueDate },
    { name: 'status', fr: 'Statut (code)', en: 'Status (code)', value: (a) => a.status },
    { name: 'status_fr', fr: 'Statut (libellé)', en: 'Status (French label)', value: (a) => STATUS_LABELS_FR[a.status] },
    { name: 'progress', fr: 'Avancement déclaré, % (0–100)', en: 'Reported progress, % (0–100)', value: (a) => a.progress },
    { name: 'health', fr: 'Santé à la date (code, voir les règles)', en: 'Health on the date (code, see the rules)', value: (a) => a.health },
    { name: 'health_fr', fr: 'Santé (libellé)', en: 'Health (French label)', value: (a) => HEALTH_LABELS_FR[a.health] },
    { name: 'last_update', fr: 'Date d’effet de la dernière mise à jour', en: 'Effective date of the latest update', value: (a) => a.lastUpdateDate },
  ],
};

const INDICATORS: OpenTable<IndicatorRow> = {
  name: 'pnq-indicators.csv',
  sheet: 'Indicateurs',
  fr: 'Les indicateurs des actions : cible, dernière valeur, source, appréciation',
  en: 'Action indicators: target, latest value, source, assessment',
  rows: (doc) => doc.actions.flatMap((action) => action.indicators.map((indicator) => ({ action, indicator }))),
  columns: [
    { name: 'action_ref', fr: 'Référence de l’action', en: 'Action reference', value: (r) => r.action.ref },
    { name: 'label', fr: 'Intitulé de l’indicateur', en: 'Indicator label (French)', value: (r) => r.indicator.label },
    { name: 'kind', fr: 'Nature : MILESTONE (jalon) ou QUANTITATIVE', en: 'Kind: MILESTONE or QUANTITATIVE', value: (r) => r.indicator.kind },
    { name: 'unit', fr: 'Unité', en: 'Unit', value: (r) => r.indicator.unit },
    { name: 'baseline', fr: 'Valeur de référence', en: 'Baseline value', value: (r) => r.indicator.baseline },
    { name: 'target', fr: 'Cible', en: 'Target', value: (r) => r.indicator.target },
    { name: 'target_year', fr: 'Année de la cible', en: 'Target year', value: (r) => r.indicator.targetYear },
    { name: 'latest_value', fr: 'Dernière valeur à la date', en: 'Latest value on the date', value: (r) => r.indicator.latestValue },
    { name: 'achieved', fr: 'Jalon atteint (true/false)', en: 'Milestone achieved (true/false)', value: (r) => r.indicator.achieved },
    { name: 'latest_date', fr: 'Date de la dernière valeur', en: 'Date of the latest value', value: (r) => r.indicator.latestDate },
    { name: 'source', fr: 'Source de la dernière valeur', en: 'Source of the latest value', value: (r) => r.indicator.source },
    {
      name: 'status',
      fr: 'Appréciation (ACHIEVED, ON_TRACK, BEHIND, NOT_ACHIEVED, NO_DATA, NO_TARGET)',
      en: 'Assessment code',
      value: (r) => r.indicator.status,
    },
  ],
};

const FIGURES: OpenTable<FigureRow> = {
  name: 'pnq-national-figures.csv',
  sheet: 'Chiffres nationaux',
  fr: 'Les chiffres de l’infrastructure nationale de la qualité (annexe II et valeurs ajoutées par le secrétariat)',
  en: 'National quality infrastructure figures (Annex II and values added by the secretariat)',
  rows: (doc) => doc.nationalFigures.flatMap((figure) => figure.values.map((value) => ({ figure, value }))),
  columns: [
    { name: 'key', fr: 'Clé stable du chiffre', en: 'Stable key of the figure', value: (r) => r.figure.key },
    { name: 'label', fr: 'Libellé', en: 'Label (French)', value: (r) => r.figure.label },
    { name: 'label_en', fr: 'Libellé en anglais', en: 'Label (English)', value: (r) => r.figure.labelEn },
    { name: 'unit', fr: 'Unité', en: 'Unit', value: (r) => r.figure.unit },
    { name: 'date', fr: 'Date de la valeur', en: 'Date of the value', value: (r) => r.value.date },
    { name: 'value', fr: 'Valeur', en: 'Value', value: (r) => r.value.value },
    { name: 'kind', fr: 'ACTUAL (réalisé) ou TARGET (cible)', en: 'ACTUAL or TARGET', value: (r) => r.value.kind },
    { name: 'source', fr: 'Source', en: 'Source', value: (r) => r.value.source },
  ],
};

const TABLES = [ACTIONS, INDICATORS, FIGURES] as OpenTable<unknown>[];

/** The open-data files of a snapshot, with their fields in French and English (the data dictionary). */
export const OPEN_DATA_FILES: { name: string; fr: string; en: string; fields: { name: string; fr: string; en: string }[] }[] = [
  ...TABLES.map((table) => ({ name: table.name, fr: table.fr, en: table.en, fields: table.columns.map(({ name, fr, en }) => ({ name, fr, en })) })),
  {
    name: 'pnq-snapshot.json',
    fr: 'Toute la publication en JSON (structure, actions, indicateurs, chiffres nationaux, éditions du Tableau de bord qualité)',
    en: 'The whole publication as JSON (structure, actions, indicators, national figures, quality dashboard editions)',
    fields: [],
  },
  {
    name: 'pnq-snapshot.xlsx',
    fr: 'Les trois tableaux en classeur XLSX (une feuille chacun)',
    en: 'The three tables as an XLSX workbook (one sheet each)',
    fields: [],
  },
  { name: 'data-dictionary.csv', fr: 'Ce dictionnaire des données (français et anglais)', en: 'This data dictionary (French and English)', fields: [] },
];

const csvCell = (value: Cell) => {
  if (value === null) return '';
  const text = typeof value === 'string' ? spreadsheetSafeText(value) : String(value);
  return /[",\n\r]/.test(String(text)) ? `"${String(text).replace(/"/g, '""')}"` : String(text);
};

function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The rows of each open-data table, as the CSV and the XLSX write them. */
export function openDataTables(doc: PublicSnapshot): { name: string; sheet: string; header: string[]; rows: Cell[][] }[] {
  return TABLES.map((table) => ({
    name: table.name,
    sheet: table.sheet,
    header: table.columns.map((c) => c.name),
    rows: table.rows(doc).map((row) => table.columns.map((c) => c.value(row))),
  }));
}

export const LICENCE_TEXT = `Politique Nationale de la Qualité — données publiées par le secrétariat du CSNCA
Licence : Creative Commons Attribution 4.0 International (CC BY 4.0) — https://creativecommons.org/licenses/by/4.0/
Vous pouvez copier, redistribuer, transformer et réutiliser ces données, y compris à des fins commerciales,
en citant « Secrétariat du CSNCA — Politique Nationale de la Qualité » et la date de la publication.

Licence: Creative Commons Attribution 4.0 International (CC BY 4.0). You may copy, share, adapt and reuse this
data, commercially too, crediting "CSNCA secretariat — National Quality Policy" and the publication's date.
`;

/** Machine-readable dataset metadata: schema.org Dataset with DCAT fields (JSON-LD). */
export function datasetMetadata(doc: PublicSnapshot, baseUrl: string): object {
  const root = `${baseUrl}/${doc.number}`;
  const format: Record<string, string> = {
    csv: 'text/csv',
    json: 'application/json',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  const files = OPEN_DATA_FILES.filter((f) => !f.name.startsWith('data-dictionary'));
  return {
    '@context': { '@vocab': 'https://schema.org/', dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
    '@type': ['Dataset', 'dcat:Dataset'],
    '@id': `${root}/data/dataset.jsonld`,
    name: `Politique Nationale de la Qualité — suivi au ${doc.asOf} (publication n° ${doc.number})`,
    'dct:title': `Politique Nationale de la Qualité — suivi au ${doc.asOf}`,
    description:
      'Avancement des actions clés de la Politique Nationale de la Qualité du Maroc (2035), leurs indicateurs et les chiffres de l’infrastructure nationale de la qualité, tels que publiés par le secrétariat du CSNCA.',
    inLanguage: ['fr', 'ar', 'en'],
    version: String(doc.number),
    'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:endDate': doc.asOf },
    temporalCoverage: `2023-01-01/${doc.asOf}`,
    spatialCoverage: { '@type': 'Place', name: 'Maroc / Morocco' },
    dateModified: doc.asOf,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    'dct:license': 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    publisher: { '@type': 'GovernmentOrganization', name: 'Secrétariat du CSNCA — Ministère de l’Industrie et du Commerce' },
    'dct:publisher': 'Secrétariat du CSNCA — Ministère de l’Industrie et du Commerce',
    url: `${root}/fr/downloads.html`,
    'dcat:landingPage': `${root}/fr/downloads.html`,
    distribution: files.map((f) => ({
      '@type': ['DataDownload', 'dcat:Distribution'],
      name: f.name,
      description: f.fr,
      contentUrl: `${root}/data/${f.name}`,
      'dcat:downloadURL': `${root}/data/${f.name}`,
      encodingFormat: format[f.name.split('.').pop()!],
      'dcat:mediaType': format[f.name.split('.').pop()!],
    })),
  };
}

export function dictionaryCsv(): string {
  const rows: Cell[][] = OPEN_DATA_FILES.flatMap((f) => [
    [f.name, '', f.fr, f.en],
    ...f.fields.map((field) => [f.name, field.name, field.fr, field.en] as Cell[]),
  ]);
  return toCsv(['file', 'field', 'description_fr', 'description_en'], rows);
}

export function tableCsv(table: { header: string[]; rows: Cell[][] }): string {
  return toCsv(table.header, table.rows);
}

/** The three tables as one workbook (exceljs, the library of the Excel exports), dated by the snapshot so it builds the same each time. */
export async function openDataWorkbook(doc: PublicSnapshot): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${doc.asOf}T00:00:00Z`);
  Object.assign(workbook, { creator: 'PNQ Tracker', lastModifiedBy: 'PNQ Tracker', title: `PNQ — publication ${doc.number}`, created: date, modified: date });
  for (const table of openDataTables(doc)) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow(table.header);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? spreadsheetSafeText(cell) : cell)));
  }
  const about = workbook.addWorksheet('Licence');
  for (const line of LICENCE_TEXT.split('\n')) about.addRow([line]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
