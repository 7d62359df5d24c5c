import { baselineDeadline, CalendarDate, RevisionKind } from '@pnq/domain';
import { ActionService } from '../action/action.service';
import { RevisionService } from '../revision/revision.service';
import { UserService } from '../user/user.service';
import { col, ReportBlock } from './report-blocks';
import { reportText, ReportText } from './words/report-text';

/** A revision of the plan that took effect during the year: what changed, why, decided by whom (words come with the edition). */
export interface ReportRevision {
  ref: string;
  title: string;
  kind: RevisionKind;
  effectiveDate: CalendarDate;
  baselineDueDate: CalendarDate | null;
  newDueDate: CalendarDate | null;
  ownerKeys: string[] | null;
  partnerKeys: string[] | null;
  newTitle: string | null;
  subActionCount: number | null;
  justification: string;
  decidedBy: string;
  decisionRef: string | null;
}

/** The revisions that took effect from 1 January of the year to the report's date, in the order they took effect. */
export async function loadRevisionsSection(
  services: { revisionService: RevisionService; actionService: ActionService; userService: UserService },
  year: number,
  asOf: CalendarDate,
): Promise<ReportRevision[]> {
  const revisions = await services.revisionService.revisionsBetween(`${year}-01-01`, asOf);
  if (revisions.length === 0) return [];
  const outlines = new Map((await services.actionService.outlines([...new Set(revisions.map((r) => r.actionId))])).map((o) => [o.id, o]));
  const deciders = [...new Set(revisions.map((r) => r.decidedBy))];
  const authors = await services.userService.authorsByIds(deciders);
  const nameOf = new Map(deciders.map((id, index) => [id, authors[index]?.name ?? '?']));
  return revisions.map((revision) => {
    const outline = outlines.get(revision.actionId)!;
    return {
      ref: outline.ref,
      title: outline.title,
      kind: revision.kind,
      effectiveDate: revision.effectiveDate,
      baselineDueDate: baselineDeadline(outline.deadline).dueDate,
      newDueDate: revision.dueDate,
      ownerKeys: revision.ownerKeys,
      partnerKeys: revision.partnerKeys,
      newTitle: revision.title,
      subActionCount: revision.subActions?.length ?? null,
      justification: revision.justification,
      decidedBy: nameOf.get(revision.decidedBy) ?? '?',
      decisionRef: revision.decisionRef,
    };
  });
}

/** What a revision changed, in the edition's words: « Nouvelle échéance — Échéance au 30 juin 2034 ». */
function changeOf(revision: ReportRevision, { w: words, f }: ReportText): string {
  const w = words.revisions;
  const detail =
    revision.kind === 'DEADLINE'
      ? w.dueOn(f.date(revision.newDueDate))
      : revision.kind === 'CANCELLATION'
        ? w.cancelled
        : revision.kind === 'PARTIES'
          ? [revision.ownerKeys && w.owners(revision.ownerKeys.join(', ')), revision.partnerKeys && w.partners(revision.partnerKeys.join(', '))]
              .filter(Boolean)
              .join(' ; ')
          : [
              revision.newTitle && w.wording(revision.newTitle),
              revision.subActionCount && w.subActions(revision.subActionCount, f.number(revision.subActionCount)),
            ]
              .filter(Boolean)
              .join(' ; ');
  return `${w.kind[revision.kind]} — ${detail}`;
}

/** « Révisions approuvées en N »: each revision with the adopted and the new deadline, why, and who decided it. */
export function revisionsSectionBlocks(revisions: readonly ReportRevision[], year: number, text: ReportText = reportText()): ReportBlock[] {
  const { w: words, f } = text;
  const w = words.revisions;
  const heading: ReportBlock = { kind: 'heading', level: 1, text: w.heading(year) };
  if (revisions.length === 0) return [heading, { kind: 'paragraph', text: w.none(year) }];
  return [
    heading,
    { kind: 'paragraph', text: w.intro(revisions.length, f.number(revisions.length)) },
    {
      kind: 'table',
      small: true,
      columns: [
        col(words.col.ref, 1),
        col(words.col.action, 3.4),
        col(w.col.change, 2.6),
        col(w.col.adopted, 1.4),
        col(w.col.revised, 1.4),
        col(w.col.why, 3),
        col(w.col.decided, 2),
      ],
      rows: revisions.map((r) => [
        r.ref,
        r.title,
        changeOf(r, text),
        r.baselineDueDate ? f.date(r.baselineDueDate) : words.toBeDetermined,
        r.newDueDate ? f.date(r.newDueDate) : '—',
        r.decisionRef ? `${r.justification} (${r.decisionRef})` : r.justification,
        `${r.decidedBy}, ${f.date(r.effectiveDate)}`,
      ]),
    },
  ];
}
