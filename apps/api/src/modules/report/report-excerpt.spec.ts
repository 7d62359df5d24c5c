import { describe, expect, it } from 'vitest';
import { RollUpCountsModel } from '../dashboard/dashboard.model';
import { excerptNote, excerptOfLargePlan } from './report-excerpt';
import { EXCERPT_LIST_LINES, ReportAction, ReportModel } from './report-model';

const action = (ref: string) =>
  ({
    ref,
    title: `Action ${ref}`,
    owners: [],
    deadline: '2025',
    revisedDueDate: null,
    dueDate: null,
    status: 'IN_PROGRESS',
    progress: 0,
    health: 'OVERDUE',
    daysLate: 1,
  }) as ReportAction;
const actions = (count: number) => Array.from({ length: count }, (_, i) => action(`1-1.1.${i + 1}`));
const counts = {} as RollUpCountsModel;

/** A report whose pillar lists hold `lines` actions each, for a plan of `planActions` actions. */
function report(planActions: number, lines: number): ReportModel {
  const projects = [{ ref: '1.1.1', title: 'Projet', counts }];
  return {
    annexActionCount: planActions,
    pillars: [
      {
        number: 1,
        name: 'P',
        counts,
        axes: [{ ref: '1.1', title: 'Axe', counts, projects }],
        completedDuringYear: actions(lines),
        overdueAtDate: actions(lines),
        dueNextYear: actions(lines),
      },
    ],
    indicators: {
      pillars: [
        { number: 1, name: 'P', rollUp: {}, measured: [], milestonesAchieved: actions(lines).map((a) => ({ ref: a.ref, label: 'Jalon', date: '2025-06-30' })) },
      ],
    },
  } as unknown as ReportModel;
}

describe('the report of a large plan is an excerpt with bounded lists', () => {
  it.each([
    { case: 'the PNQ (333 actions): every line kept', planActions: 333, lines: 40, kept: 40, omitted: undefined },
    { case: 'ten PNQs (3,330 actions): every line kept', planActions: 3330, lines: 40, kept: 40, omitted: undefined },
    {
      case: 'a hundred PNQs (33,300 actions), long lists: the first lines and the count of the others',
      planActions: 33300,
      lines: 40,
      kept: EXCERPT_LIST_LINES,
      omitted: 40 - EXCERPT_LIST_LINES,
    },
    { case: 'a hundred PNQs, short lists: whole, nothing omitted', planActions: 33300, lines: 2, kept: 2, omitted: 0 },
  ])('$case', ({ planActions, lines, kept, omitted }) => {
    const excerpt = excerptOfLargePlan(report(planActions, lines));
    const [pillar] = excerpt.pillars;
    for (const list of [pillar.completedDuringYear, pillar.overdueAtDate, pillar.dueNextYear, excerpt.indicators.pillars[0].milestonesAchieved]) {
      expect(list).toHaveLength(kept);
    }
    expect(pillar.omitted?.overdueAtDate).toBe(omitted);
    expect(excerpt.indicators.pillars[0].omitted?.milestonesAchieved).toBe(omitted);
    expect(pillar.axes[0].projects).toHaveLength(omitted === undefined ? 1 : 0);
    expect(pillar.omitted?.projects).toBe(omitted === undefined ? undefined : 1);
  });

  it.each([
    [0, 0],
    [12, 1],
  ])('says how many lines were left out (%i) under the list: %i paragraph(s)', (left, paragraphs) => {
    const notes = excerptNote(left);
    expect(notes).toHaveLength(paragraphs);
    if (paragraphs)
      expect(notes[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^… et 12 autres : au-delà de 5.000 actions.*export Excel/) as string });
  });
});
