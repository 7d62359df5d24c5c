import { PLAN_FIRST_YEAR, type IndicatorRollUp } from '@pnq/domain';
import { col, ReportBlock } from './report-blocks';
import { excerptNote } from './report-excerpt';
import { formatDate, formatNumber, formatPercent, formatQualified, INDICATOR_STATUS_LABELS_FR } from './report-labels';
import { IndicatorsSection, MeasuredIndicator, NationalFigure, NationalValue, PillarIndicators } from './report-model';

/**
 * The report's indicators section as layout blocks: pure (the section's data in, blocks out), so both renderers
 * show the same text. Per pillar: the dashboard's "indicators on track", the action indicators with a numeric
 * target against their trajectory, the milestones achieved during the year; then the national figures.
 */
export function indicatorsSectionBlocks(section: IndicatorsSection, context: { at: string; year: number }): ReportBlock[] {
  const { totals } = section;
  return [
    { kind: 'heading', level: 1, text: '5. Indicateurs' },
    {
      kind: 'paragraph',
      text:
        `Au ${context.at}, ${onTrackPhrase(totals)} des actions sont sur la bonne voie (atteints, ou sur la trajectoire de leur cible). ` +
        'Un indicateur chiffré est sur la trajectoire tant qu’il reste au-dessus de la valeur attendue moins 10 % du chemin entre la référence et la cible ; ' +
        `sans valeur de référence, la trajectoire part de 0 au 1er janvier ${PLAN_FIRST_YEAR}.`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Pilier', 4),
        col('Indicateurs', 1.2, 'right'),
        col('Sur la bonne voie', 1.3, 'right'),
        col('dont atteints', 1.1, 'right'),
        col('En retard', 1, 'right'),
        col('Jalons non atteints', 1.2, 'right'),
        col('Sans mesure', 1, 'right'),
        col('Non évaluables', 1.2, 'right'),
      ],
      rows: [...section.pillars.map((p) => rollUpRow(`${p.number}. ${p.name}`, p.rollUp)), rollUpRow('Plan entier', totals)],
      strong: [...section.pillars.map(() => false), true],
    },
    ...section.pillars.flatMap((pillar) => pillarBlocks(pillar, context.year)),
    { kind: 'heading', level: 2, text: 'Infrastructure nationale de la qualité' },
    { kind: 'paragraph', text: `Dernière valeur connue au ${context.at} de chaque indicateur, la valeur précédente, et leur source.` },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Indicateur', 2.8),
        col('Dernière valeur', 1.6, 'right'),
        col('Date', 1.3),
        col('Valeur précédente', 1.6, 'right'),
        col('Date', 1.3),
        col('Cible (échéance)', 1.5, 'right'),
        col('Source', 1.8),
      ],
      rows: section.national.map(nationalRow),
    },
  ];
}

function onTrackPhrase(rollUp: IndicatorRollUp): string {
  return `${formatNumber(rollUp.onTrack)} des ${formatNumber(rollUp.indicators)} indicateurs de résultat (dont ${formatNumber(rollUp.achieved)} atteints)`;
}

function rollUpRow(label: string, r: IndicatorRollUp): string[] {
  return [label, ...[r.indicators, r.onTrack, r.achieved, r.behind, r.notAchieved, r.noData, r.noTarget].map((n) => formatNumber(n))];
}

const MEASURED_COLUMNS = [
  col('Réf.', 1.3),
  col('Indicateur', 2.7),
  col('Unité', 1.8),
  col('Valeur de départ', 1.1, 'right'),
  col('Cible (année)', 1.3, 'right'),
  col('Dernière valeur (date)', 1.6, 'right'),
  col('% de la cible', 1, 'right'),
  col('Attendu à la date', 1.1, 'right'),
  col('Statut', 1.8),
];

function pillarBlocks(pillar: PillarIndicators, year: number): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: `Pilier ${pillar.number} — ${pillar.name}` },
    { kind: 'paragraph', text: `Sur la bonne voie : ${onTrackPhrase(pillar.rollUp)} ; ${formatNumber(pillar.rollUp.behind)} en retard sur la trajectoire.` },
    { kind: 'heading', level: 3, text: `Indicateurs chiffrés avec une cible (${formatNumber(pillar.measured.length + (pillar.omitted?.measured ?? 0))})` },
    pillar.measured.length
      ? {
          kind: 'table',
          small: true,
          columns: MEASURED_COLUMNS,
          rows: pillar.measured.map(measuredRow),
        }
      : { kind: 'paragraph', text: 'Aucun.' },
    ...excerptNote(pillar.omitted?.measured ?? 0),
    {
      kind: 'heading',
      level: 3,
      text: `Jalons atteints en ${year} (${formatNumber(pillar.milestonesAchieved.length + (pillar.omitted?.milestonesAchieved ?? 0))})`,
    },
    pillar.milestonesAchieved.length
      ? {
          kind: 'table',
          small: true,
          columns: [col('Réf.', 1.2), col('Jalon', 7), col('Atteint le', 1.6)],
          rows: pillar.milestonesAchieved.map((m) => [m.ref, m.label, formatDate(m.date)]),
        }
      : { kind: 'paragraph', text: 'Aucun.' },
    ...excerptNote(pillar.omitted?.milestonesAchieved ?? 0),
  ];
}

const number = (value: number | null) => (value === null ? '—' : formatNumber(value));

function measuredRow(line: MeasuredIndicator): string[] {
  return [
    line.ref,
    line.label,
    line.unit ?? '—',
    number(line.baseline),
    `${formatNumber(line.target)}${line.targetYear === null ? '' : ` (${line.targetYear})`}`,
    line.latest ? `${formatNumber(line.latest.value)} (${formatDate(line.latest.date)})` : '—',
    formatPercent(line.percentOfTarget),
    number(line.expectedValue),
    INDICATOR_STATUS_LABELS_FR[line.status],
  ];
}

function qualified(value: NationalValue, unit: string): string {
  return `${formatQualified(value.qualifier, value.value)} ${unit}`.trim();
}

function nationalRow(figure: NationalFigure): string[] {
  const { latest, previous, target } = figure;
  const sources = [...new Set([latest?.source, previous?.source].filter((s): s is string => Boolean(s)))];
  return [
    figure.label,
    latest ? qualified(latest, figure.unit) : '—',
    formatDate(latest?.date ?? null),
    previous ? qualified(previous, figure.unit) : '—',
    formatDate(previous?.date ?? null),
    target ? `${qualified(target, figure.unit)} (${target.date.slice(0, 4)})` : '—',
    sources.join(' ; ') || '—',
  ];
}
