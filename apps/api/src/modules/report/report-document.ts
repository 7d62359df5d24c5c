import { RollUpCountsModel } from '../dashboard/dashboard.model';
import { healthByPillarSvg, progressByPillarSvg } from './report-charts';
import { indicatorsSectionBlocks } from './indicators-section.builder';
import { financingSectionBlocks } from './financing-section.builder';
import { col, ReportBlock, ReportColumn } from './report-blocks';
import { excerptNote } from './report-excerpt';
import { revisionsSectionBlocks } from './revisions-section';
import { ANNEX_MAX_ACTIONS, ReportAction, ReportModel } from './report-model';
import { ReportText, reportText } from './words/report-text';

const owners = (action: ReportAction) => action.owners.join(', ') || '—';

function rollUpRow(label: string, counts: RollUpCountsModel, { f }: ReportText): string[] {
  return [
    label,
    f.number(counts.actions),
    f.percent(counts.progress),
    f.number(counts.completed),
    f.number(counts.inProgress),
    f.number(counts.overdue),
    f.number(counts.atRisk),
  ];
}

const rollUpColumns = ({ w }: ReportText) => [
  col(w.rollUp.actions, 1, 'right'),
  col(w.rollUp.progress, 1.3, 'right'),
  col(w.rollUp.completed, 1.2, 'right'),
  col(w.rollUp.inProgress, 1.1, 'right'),
  col(w.rollUp.overdue, 1.1, 'right'),
  col(w.rollUp.atRisk, 1.1, 'right'),
];

/** The deadline as printed (or « À déterminer »), and when re-planned the due date in force: « 2025 → 30 juin 2034 ». */
function deadlineOf(action: ReportAction, { w, f }: ReportText): string {
  const printed = action.deadline ?? w.toBeDetermined;
  return action.revisedDueDate ? `${printed} → ${f.date(action.revisedDueDate)}` : printed;
}

/** « 2025-11-15 — text » (at most 300 characters of it), or a dash: no comment by the report's date. */
function latestComment(action: ReportAction): string {
  const entry = action.latestComment;
  if (!entry) return '—';
  const text = [...entry.comment];
  return `${entry.enteredOn} — ${text.length > 300 ? `${text.slice(0, 299).join('')}…` : entry.comment}`;
}

function actionList(
  title: string,
  actions: ReportAction[],
  omitted: number,
  columns: ReportColumn[],
  cells: (a: ReportAction) => string[],
  text: ReportText,
): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: `${title} (${text.f.number(actions.length + omitted)})` },
    actions.length ? { kind: 'table', columns, rows: actions.map(cells), small: true } : { kind: 'paragraph', text: text.w.none },
    ...excerptNote(omitted, text),
  ];
}

/** A table of contents from the report's first-level headings, put right after the cover. */
function withContents(blocks: ReportBlock[], title: string): ReportBlock[] {
  const entries = blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
  const afterCover = blocks.findIndex((block) => block.kind === 'pageBreak') + 1;
  return [...blocks.slice(0, afterCover), { kind: 'contents', title, entries }, { kind: 'pageBreak' }, ...blocks.slice(afterCover)];
}

/** The report's layout blocks in an edition's language (French, the official edition, by default). */
export function reportBlocks(report: ReportModel, text: ReportText = reportText()): ReportBlock[] {
  const { w, f } = text;
  const at = f.date(report.asOf);
  const before = f.date(report.previousAsOf);
  const { totals } = report;
  const blocks: ReportBlock[] = [
    {
      kind: 'cover',
      kicker: w.kingdom,
      title: w.title(report.year),
      lines: [w.situationAt(at), w.council, w.coverScope(f.number(report.pillars.length), f.number(totals.actions)), w.coverData(report.asOf)],
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: w.summaryHeading },
    {
      kind: 'paragraph',
      text: w.summary({
        at,
        before,
        progress: f.percent(totals.progress),
        previousProgress: f.percent(report.previousTotals.progress),
        actions: f.number(totals.actions),
        completed: f.number(totals.completed),
        inProgress: f.number(totals.inProgress),
        blocked: f.number(totals.blocked),
        notStarted: f.number(totals.notStarted),
        overdue: f.number(totals.overdue),
        atRisk: f.number(totals.atRisk),
        stale: f.number(totals.stale),
        unscheduled: f.number(totals.unscheduled),
        indicatorsOnTrack: f.number(report.indicators.totals.onTrack),
        indicators: f.number(report.indicators.totals.indicators),
        previousIndicatorsOnTrack: f.number(report.previousIndicatorTotals.onTrack),
      }),
    },
    {
      kind: 'table',
      columns: [col(w.keyFigure, 3), col(w.at(before), 1.4, 'right'), col(w.at(at), 1.4, 'right'), col(w.change, 1, 'right')],
      rows: report.keyFigures.map((figure) => {
        const show = (v: number | null) => (figure.unit === 'percent' ? f.percent(v) : v === null ? '—' : f.number(v));
        return [w.keyFigures[figure.key], show(figure.previous), show(figure.value), f.change(figure.value, figure.previous, figure.unit)];
      }),
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: w.progressHeading },
    { kind: 'chart', svg: progressByPillarSvg(report, text), caption: w.progressFigure(at) },
    { kind: 'chart', svg: healthByPillarSvg(report, text), caption: w.healthFigure(at) },
    {
      kind: 'table',
      columns: [col(w.pillar, 4), ...rollUpColumns(text)],
      rows: [...report.pillars.map((p) => rollUpRow(`${p.number}. ${p.name}`, p.counts, text)), rollUpRow(w.wholePlan, totals, text)],
      strong: [...report.pillars.map(() => false), true],
    },
  ];

  // An excerpt (a plan above ANNEX_MAX_ACTIONS) runs its pillars on without a page each.
  const pillarBreak: ReportBlock[] = report.annexActionCount > ANNEX_MAX_ACTIONS ? [] : [{ kind: 'pageBreak' }];
  for (const pillar of report.pillars) {
    blocks.push(
      ...pillarBreak,
      { kind: 'heading', level: 1, text: w.pillarHeading(pillar.number, pillar.name) },
      {
        kind: 'paragraph',
        text: w.pillarSummary({
          actions: f.number(pillar.counts.actions),
          progress: f.percent(pillar.counts.progress),
          completed: f.number(pillar.counts.completed),
          overdue: f.number(pillar.counts.overdue),
          atRisk: f.number(pillar.counts.atRisk),
        }),
      },
      { kind: 'heading', level: 2, text: w.axesAndProjects },
      {
        kind: 'table',
        small: true,
        columns: [col(w.axisOrProject, 5), ...rollUpColumns(text)],
        rows: pillar.axes.flatMap((axis) => [
          rollUpRow(w.axis(axis.ref, axis.title), axis.counts, text),
          ...axis.projects.map((project) => rollUpRow(w.project(project.ref, project.title), project.counts, text)),
        ]),
        strong: pillar.axes.flatMap((axis) => [true, ...axis.projects.map(() => false)]),
      },
      ...(pillar.omitted?.projects
        ? [{ kind: 'paragraph' as const, text: w.projectsLeftOut(f.number(pillar.omitted.projects), f.number(ANNEX_MAX_ACTIONS)) }]
        : []),
      ...actionList(
        w.completedIn(report.year),
        pillar.completedDuringYear,
        pillar.omitted?.completedDuringYear ?? 0,
        [col(w.col.ref, 1), col(w.col.action, 6), col(w.col.owner, 2)],
        (a) => [a.ref, a.title, owners(a)],
        text,
      ),
      ...actionList(
        w.overdueAt(at),
        pillar.overdueAtDate,
        pillar.omitted?.overdueAtDate ?? 0,
        [
          col(w.col.ref, 1),
          col(w.col.action, 4),
          col(w.col.owner, 1.6),
          col(w.col.deadline, 1.3),
          col(w.col.daysLate, 1.1, 'right'),
          col(w.rollUp.progress, 1.1, 'right'),
          col(w.col.latestComment, 3.5),
        ],
        (a) => [a.ref, a.title, owners(a), deadlineOf(a, text), a.daysLate === null ? '—' : f.number(a.daysLate), f.percent(a.progress), latestComment(a)],
        text,
      ),
      ...actionList(
        w.dueIn(report.year + 1),
        pillar.dueNextYear,
        pillar.omitted?.dueNextYear ?? 0,
        [col(w.col.ref, 1), col(w.col.action, 5), col(w.col.owner, 2), col(w.col.status, 1.4), col(w.rollUp.progress, 1.2, 'right')],
        (a) => [a.ref, a.title, owners(a), w.status[a.status], f.percent(a.progress)],
        text,
      ),
    );
  }

  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: w.byOrganisationHeading },
    { kind: 'paragraph', text: w.byOrganisationIntro },
    {
      kind: 'table',
      small: true,
      columns: [col(w.col.organisation, 4), ...rollUpColumns(text)],
      rows: report.organisations.map((o) => rollUpRow(o.label === o.name ? o.name : `${o.label} — ${o.name}`, o.counts, text)),
    },
    { kind: 'pageBreak' },
    ...indicatorsSectionBlocks(report.indicators, { at, year: report.year }, text),
    { kind: 'pageBreak' },
    ...financingSectionBlocks(report.financing, { at }, text),
    ...revisionsSectionBlocks(report.revisions, report.year, text),
    { kind: 'pageBreak' },
    ...annexBlocks(report, at, text),
  );
  return withContents(blocks, w.contents);
}

/** The annex: every action, or — above ANNEX_MAX_ACTIONS — a sentence pointing to the Excel export. */
export function annexBlocks(report: Pick<ReportModel, 'annex' | 'annexActionCount'>, at: string, text: ReportText = reportText()): ReportBlock[] {
  const { w, f } = text;
  const heading: ReportBlock = { kind: 'heading', level: 1, text: w.annexHeading };
  if (report.annex.length === 0 && report.annexActionCount > 0) {
    return [heading, { kind: 'paragraph', text: w.annexTooLarge(f.number(report.annexActionCount), f.number(ANNEX_MAX_ACTIONS), at) }];
  }
  return [
    heading,
    { kind: 'paragraph', text: w.annexIntro(at) },
    {
      kind: 'table',
      small: true,
      columns: [
        col(w.col.ref, 1.1),
        col(w.col.action, 4.6),
        col(w.col.owner, 2),
        col(w.col.deadline, 1.3),
        col(w.col.status, 1.3),
        col(w.rollUp.progress, 1.5, 'right'),
        col(w.col.health, 1.4),
      ],
      rows: report.annex.map((a) => [a.ref, a.title, owners(a), deadlineOf(a, text), w.status[a.status], f.percent(a.progress), w.health[a.health]]),
    },
  ];
}
