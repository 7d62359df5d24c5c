import { ReportBlock } from './report-blocks';
import { ReportText, reportText } from './words/report-text';
import { ANNEX_MAX_ACTIONS, EXCERPT_LIST_LINES, ReportModel, ReportPillar } from './report-model';

/**
 * The report of a plan of more than ANNEX_MAX_ACTIONS actions, as an excerpt (see EXCERPT_LIST_LINES): every figure
 * and roll-up is kept; each list keeps its first lines and the count of the others; axes keep their roll-up, their
 * projects' rows are left out. A smaller plan's report is returned as it is.
 */
export function excerptOfLargePlan(report: ReportModel): ReportModel {
  if (report.annexActionCount <= ANNEX_MAX_ACTIONS) return report;
  const cut = <T>(lines: T[]): [T[], number] => [lines.slice(0, EXCERPT_LIST_LINES), Math.max(0, lines.length - EXCERPT_LIST_LINES)];
  const pillars = report.pillars.map((pillar): ReportPillar => {
    const [completedDuringYear, completed] = cut(pillar.completedDuringYear);
    const [overdueAtDate, overdue] = cut(pillar.overdueAtDate);
    const [dueNextYear, due] = cut(pillar.dueNextYear);
    const projects = pillar.axes.reduce((sum, axis) => sum + axis.projects.length, 0);
    return {
      ...pillar,
      axes: pillar.axes.map((axis) => ({ ...axis, projects: [] })),
      completedDuringYear,
      overdueAtDate,
      dueNextYear,
      omitted: { completedDuringYear: completed, overdueAtDate: overdue, dueNextYear: due, projects },
    };
  });
  const indicatorPillars = report.indicators.pillars.map((pillar) => {
    const [measured, measuredLeft] = cut(pillar.measured);
    const [milestonesAchieved, milestonesLeft] = cut(pillar.milestonesAchieved);
    return { ...pillar, measured, milestonesAchieved, omitted: { measured: measuredLeft, milestonesAchieved: milestonesLeft } };
  });
  return { ...report, pillars, indicators: { ...report.indicators, pillars: indicatorPillars } };
}

/** Under a list an excerpt cut (a plan above ANNEX_MAX_ACTIONS actions): how many lines are left out, and where they are. */
export function excerptNote(omitted: number, { w, f }: ReportText = reportText()): ReportBlock[] {
  if (!omitted) return [];
  return [{ kind: 'paragraph', text: w.excerptNote(f.number(omitted), f.number(ANNEX_MAX_ACTIONS), EXCERPT_LIST_LINES) }];
}
