import { RollUpCountsModel } from '../dashboard/dashboard.model';
import { healthByPillarSvg, progressByPillarSvg } from './report-charts';
import { formatChange, formatDate, formatNumber, formatPercent, HEALTH_LABELS_FR, statusLabel } from './report-labels';
import { indicatorsSectionBlocks } from './indicators-section.builder';
import { financingSectionBlocks } from './financing-section.builder';
import { col, ReportBlock, ReportColumn } from './report-blocks';
import { excerptNote } from './report-excerpt';
import { ANNEX_MAX_ACTIONS, ReportAction, ReportModel } from './report-model';

const owners = (action: ReportAction) => action.owners.join(', ') || '—';
const days = (value: number | null) => (value === null ? '—' : formatNumber(value));

function rollUpRow(label: string, counts: RollUpCountsModel): string[] {
  return [
    label,
    String(counts.actions),
    formatPercent(counts.progress),
    String(counts.completed),
    String(counts.inProgress),
    String(counts.overdue),
    String(counts.atRisk),
  ];
}

const ROLL_UP_COLUMNS = [
  col('Actions', 1, 'right'),
  col('Avancement', 1.3, 'right'),
  col('Terminées', 1.2, 'right'),
  col('En cours', 1.1, 'right'),
  col('En retard', 1.1, 'right'),
  col('À risque', 1.1, 'right'),
];

function actionList(title: string, actions: ReportAction[], omitted: number, columns: ReportColumn[], cells: (a: ReportAction) => string[]): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: `${title} (${formatNumber(actions.length + omitted)})` },
    actions.length ? { kind: 'table', columns, rows: actions.map(cells), small: true } : { kind: 'paragraph', text: 'Aucune.' },
    ...excerptNote(omitted),
  ];
}

export function reportBlocks(report: ReportModel): ReportBlock[] {
  const at = formatDate(report.asOf);
  const before = formatDate(report.previousAsOf);
  const { totals } = report;
  const blocks: ReportBlock[] = [
    {
      kind: 'cover',
      title: report.title,
      lines: [
        `Situation au ${at}`,
        'Conseil Supérieur de Normalisation, de Certification et d’Accréditation (CSNCA)',
        `${report.pillars.length} piliers · ${formatNumber(totals.actions)} actions-clés suivies`,
        `Données : PNQ Tracker, état au ${report.asOf}`,
      ],
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '1. Synthèse' },
    {
      kind: 'paragraph',
      text:
        `Au ${at}, l’avancement moyen pondéré du plan d’action est de ${formatPercent(totals.progress)} ` +
        `(${formatPercent(report.previousTotals.progress)} au ${before}). Sur ${formatNumber(totals.actions)} actions, ` +
        `${formatNumber(totals.completed)} sont terminées, ${formatNumber(totals.inProgress)} en cours, ${formatNumber(totals.blocked)} bloquées ` +
        `et ${formatNumber(totals.notStarted)} non démarrées ; ${formatNumber(totals.overdue)} sont en retard et ${formatNumber(totals.atRisk)} à risque. ` +
        `${formatNumber(report.indicators.totals.onTrack)} des ${formatNumber(report.indicators.totals.indicators)} indicateurs de résultat des actions sont sur la bonne voie ` +
        `(${formatNumber(report.previousIndicatorTotals.onTrack)} au ${before}).`,
    },
    {
      kind: 'table',
      columns: [col('Indicateur clé', 3), col(`Au ${before}`, 1.4, 'right'), col(`Au ${at}`, 1.4, 'right'), col('Évolution', 1, 'right')],
      rows: report.keyFigures.map((f) => {
        const show = (v: number | null) => (f.unit === 'percent' ? formatPercent(v) : v === null ? '—' : formatNumber(v));
        return [f.label, show(f.previous), show(f.value), formatChange(f.value, f.previous, f.unit)];
      }),
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '2. Avancement par pilier' },
    { kind: 'chart', svg: progressByPillarSvg(report), caption: `Figure 1 — Avancement moyen pondéré par pilier au ${at}` },
    { kind: 'chart', svg: healthByPillarSvg(report), caption: `Figure 2 — Actions de chaque pilier selon leur santé au ${at}` },
    {
      kind: 'table',
      columns: [col('Pilier', 4), ...ROLL_UP_COLUMNS],
      rows: [...report.pillars.map((p) => rollUpRow(`${p.number}. ${p.name}`, p.counts)), rollUpRow('Plan entier', totals)],
      strong: [...report.pillars.map(() => false), true],
    },
  ];

  // An excerpt (a plan above ANNEX_MAX_ACTIONS) runs its pillars on without a page each.
  const pillarBreak: ReportBlock[] = report.annexActionCount > ANNEX_MAX_ACTIONS ? [] : [{ kind: 'pageBreak' }];
  for (const pillar of report.pillars) {
    blocks.push(
      ...pillarBreak,
      { kind: 'heading', level: 1, text: `3.${pillar.number}. Pilier ${pillar.number} — ${pillar.name}` },
      {
        kind: 'paragraph',
        text: `${formatNumber(pillar.counts.actions)} actions, avancement ${formatPercent(pillar.counts.progress)} ; ${formatNumber(pillar.counts.completed)} terminées, ${formatNumber(pillar.counts.overdue)} en retard, ${formatNumber(pillar.counts.atRisk)} à risque.`,
      },
      { kind: 'heading', level: 2, text: 'Axes et projets' },
      {
        kind: 'table',
        small: true,
        columns: [col('Axe / projet', 5), ...ROLL_UP_COLUMNS],
        rows: pillar.axes.flatMap((axis) => [
          rollUpRow(`Axe ${axis.ref} — ${axis.title}`, axis.counts),
          ...axis.projects.map((project) => rollUpRow(`Projet ${project.ref} — ${project.title}`, project.counts)),
        ]),
        strong: pillar.axes.flatMap((axis) => [true, ...axis.projects.map(() => false)]),
      },
      ...(pillar.omitted?.projects
        ? [
            {
              kind: 'paragraph' as const,
              text: `Les ${formatNumber(pillar.omitted.projects)} projets du pilier ne sont pas détaillés : au-delà de ${formatNumber(ANNEX_MAX_ACTIONS)} actions, ce rapport s’en tient aux axes.`,
            },
          ]
        : []),
      ...actionList(
        `Actions terminées en ${report.year}`,
        pillar.completedDuringYear,
        pillar.omitted?.completedDuringYear ?? 0,
        [col('Réf.', 1), col('Action', 6), col('Responsable', 2)],
        (a) => [a.ref, a.title, owners(a)],
      ),
      ...actionList(
        `Actions en retard au ${at}`,
        pillar.overdueAtDate,
        pillar.omitted?.overdueAtDate ?? 0,
        [col('Réf.', 1), col('Action', 5), col('Responsable', 2), col('Échéance', 1.4), col('Retard (jours)', 1.2, 'right'), col('Avancement', 1.2, 'right')],
        (a) => [a.ref, a.title, owners(a), a.deadline, days(a.daysLate), formatPercent(a.progress)],
      ),
      ...actionList(
        `Actions à échéance en ${report.year + 1}`,
        pillar.dueNextYear,
        pillar.omitted?.dueNextYear ?? 0,
        [col('Réf.', 1), col('Action', 5), col('Responsable', 2), col('Statut', 1.4), col('Avancement', 1.2, 'right')],
        (a) => [a.ref, a.title, owners(a), statusLabel(a.status), formatPercent(a.progress)],
      ),
    );
  }

  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '4. Par organisation responsable' },
    { kind: 'paragraph', text: 'Actions dont l’organisation est responsable ou pilote, les plus en retard d’abord.' },
    {
      kind: 'table',
      small: true,
      columns: [col('Organisation', 4), ...ROLL_UP_COLUMNS],
      rows: report.organisations.map((o) => rollUpRow(o.label === o.name ? o.name : `${o.label} — ${o.name}`, o.counts)),
    },
    { kind: 'pageBreak' },
    ...indicatorsSectionBlocks(report.indicators, { at, year: report.year }),
    { kind: 'pageBreak' },
    ...financingSectionBlocks(report.financing, { at }),
    { kind: 'pageBreak' },
    ...annexBlocks(report, at),
  );
  return blocks;
}

/** The annex: every action, or — above ANNEX_MAX_ACTIONS — a sentence pointing to the Excel export. */
export function annexBlocks(report: Pick<ReportModel, 'annex' | 'annexActionCount'>, at: string): ReportBlock[] {
  const heading: ReportBlock = { kind: 'heading', level: 1, text: 'Annexe — Toutes les actions' };
  if (report.annex.length === 0 && report.annexActionCount > 0) {
    return [
      heading,
      {
        kind: 'paragraph',
        text: `Le plan compte ${formatNumber(report.annexActionCount)} actions : au-delà de ${formatNumber(ANNEX_MAX_ACTIONS)}, l’annexe n’est pas reproduite dans ce document. La liste complète, avec l’état de chaque action au ${at}, s’obtient par l’export Excel de l’explorateur (Explorer → Exporter en Excel).`,
      },
    ];
  }
  return [
    heading,
    { kind: 'paragraph', text: `État de chaque action au ${at}.` },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Réf.', 1.1),
        col('Action', 4.6),
        col('Responsable', 2),
        col('Échéance', 1.3),
        col('Statut', 1.3),
        col('Avancement', 1.5, 'right'),
        col('Santé', 1.4),
      ],
      rows: report.annex.map((a) => [a.ref, a.title, owners(a), a.deadline, statusLabel(a.status), formatPercent(a.progress), HEALTH_LABELS_FR[a.health]]),
    },
  ];
}
