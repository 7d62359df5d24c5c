import { PLAN_FIRST_YEAR, type IndicatorRollUp } from '@pnq/domain';
import { col, ReportBlock } from './report-blocks';
import { excerptNote } from './report-excerpt';
import { IndicatorsSection, MeasuredIndicator, NationalFigure, NationalValue, PillarIndicators } from './report-model';
import { ReportText, reportText } from './words/report-text';

/**
 * The report's indicators section as layout blocks: pure (the section's data in, blocks out), so both renderers
 * show the same text. Per pillar: the dashboard's "indicators on track", the action indicators with a numeric
 * target against their trajectory, the milestones achieved during the year; then the national figures.
 */
export function indicatorsSectionBlocks(section: IndicatorsSection, context: { at: string; year: number }, text: ReportText = reportText()): ReportBlock[] {
  const { totals } = section;
  const { w } = text;
  const c = w.indicators.col;
  return [
    { kind: 'heading', level: 1, text: w.indicators.heading },
    { kind: 'paragraph', text: w.indicators.intro(context.at, onTrackPhrase(totals, text), PLAN_FIRST_YEAR) },
    {
      kind: 'table',
      small: true,
      columns: [
        col(w.pillar, 4),
        col(c.indicators, 1.2, 'right'),
        col(c.onTrack, 1.3, 'right'),
        col(c.achieved, 1.1, 'right'),
        col(c.behind, 1, 'right'),
        col(c.notAchieved, 1.2, 'right'),
        col(c.noData, 1, 'right'),
        col(c.noTarget, 1.2, 'right'),
      ],
      rows: [...section.pillars.map((p) => rollUpRow(`${p.number}. ${p.name}`, p.rollUp, text)), rollUpRow(w.wholePlan, totals, text)],
      strong: [...section.pillars.map(() => false), true],
    },
    ...section.pillars.flatMap((pillar) => pillarBlocks(pillar, context.year, text)),
    { kind: 'heading', level: 2, text: w.indicators.nationalHeading },
    { kind: 'paragraph', text: w.indicators.nationalIntro(context.at) },
    {
      kind: 'table',
      small: true,
      columns: [
        col(c.indicator, 2.8),
        col(c.latestValue, 1.6, 'right'),
        col(c.date, 1.3),
        col(c.previousValue, 1.6, 'right'),
        col(c.date, 1.3),
        col(c.targetDeadline, 1.5, 'right'),
        col(c.source, 1.8),
      ],
      rows: section.national.map((figure) => nationalRow(figure, text)),
    },
  ];
}

function onTrackPhrase(rollUp: IndicatorRollUp, { w, f }: ReportText): string {
  return w.indicators.onTrackPhrase(f.number(rollUp.onTrack), f.number(rollUp.indicators), f.number(rollUp.achieved));
}

function rollUpRow(label: string, r: IndicatorRollUp, { f }: ReportText): string[] {
  return [label, ...[r.indicators, r.onTrack, r.achieved, r.behind, r.notAchieved, r.noData, r.noTarget].map((n) => f.number(n))];
}

function pillarBlocks(pillar: PillarIndicators, year: number, text: ReportText): ReportBlock[] {
  const { w, f } = text;
  const c = w.indicators.col;
  return [
    { kind: 'heading', level: 2, text: w.indicators.pillarHeading(pillar.number, pillar.name) },
    { kind: 'paragraph', text: w.indicators.pillarOnTrack(onTrackPhrase(pillar.rollUp, text), f.number(pillar.rollUp.behind)) },
    { kind: 'heading', level: 3, text: w.indicators.measuredHeading(f.number(pillar.measured.length + (pillar.omitted?.measured ?? 0))) },
    pillar.measured.length
      ? {
          kind: 'table',
          small: true,
          columns: [
            col(w.col.ref, 1.3),
            col(c.indicator, 2.7),
            col(c.unit, 1.8),
            col(c.baseline, 1.1, 'right'),
            col(c.targetYear, 1.3, 'right'),
            col(c.latest, 1.6, 'right'),
            col(c.percentOfTarget, 1, 'right'),
            col(c.expected, 1.1, 'right'),
            col(w.col.status, 1.8),
          ],
          rows: pillar.measured.map((line) => measuredRow(line, text)),
        }
      : { kind: 'paragraph', text: w.noneMasculine },
    ...excerptNote(pillar.omitted?.measured ?? 0, text),
    {
      kind: 'heading',
      level: 3,
      text: w.indicators.milestonesHeading(year, f.number(pillar.milestonesAchieved.length + (pillar.omitted?.milestonesAchieved ?? 0))),
    },
    pillar.milestonesAchieved.length
      ? {
          kind: 'table',
          small: true,
          columns: [col(w.col.ref, 1.2), col(c.milestone, 7), col(c.achievedOn, 1.6)],
          rows: pillar.milestonesAchieved.map((m) => [m.ref, m.label, f.date(m.date)]),
        }
      : { kind: 'paragraph', text: w.noneMasculine },
    ...excerptNote(pillar.omitted?.milestonesAchieved ?? 0, text),
  ];
}

function measuredRow(line: MeasuredIndicator, { w, f }: ReportText): string[] {
  const number = (value: number | null) => (value === null ? '—' : f.number(value));
  return [
    line.ref,
    line.label,
    line.unit ?? '—',
    number(line.baseline),
    `${f.number(line.target)}${line.targetYear === null ? '' : ` (${line.targetYear})`}`,
    line.latest ? `${f.number(line.latest.value)} (${f.date(line.latest.date)})` : '—',
    f.percent(line.percentOfTarget),
    number(line.expectedValue),
    w.indicators.status[line.status],
  ];
}

function qualified(value: NationalValue, unit: string, { w, f }: ReportText): string {
  return `${w.indicators.qualified[value.qualifier](f.number(value.value))} ${unit}`.trim();
}

function nationalRow(figure: NationalFigure, text: ReportText): string[] {
  const { latest, previous, target } = figure;
  const { f } = text;
  const sources = [...new Set([latest?.source, previous?.source].filter((s): s is string => Boolean(s)))];
  return [
    figure.label,
    latest ? qualified(latest, figure.unit, text) : '—',
    f.date(latest?.date ?? null),
    previous ? qualified(previous, figure.unit, text) : '—',
    f.date(previous?.date ?? null),
    target ? `${qualified(target, figure.unit, text)} (${target.date.slice(0, 4)})` : '—',
    sources.join(' ; ') || '—',
  ];
}
