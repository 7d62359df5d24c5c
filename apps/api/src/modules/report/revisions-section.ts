import { baselineDeadline, CalendarDate, RevisionKind } from '@pnq/domain';
import { ActionService } from '../action/action.service';
import { RevisionService } from '../revision/revision.service';
import { UserService } from '../user/user.service';
import { col, ReportBlock } from './report-blocks';
import { formatDate } from './report-labels';

/** A revision of the plan that took effect during the year: what changed, why, decided by whom. */
export interface ReportRevision {
  ref: string;
  title: string;
  kind: RevisionKind;
  effectiveDate: CalendarDate;
  baselineDueDate: CalendarDate | null;
  newDueDate: CalendarDate | null;
  change: string;
  justification: string;
  decidedBy: string;
  decisionRef: string | null;
}

const KIND_FR: Record<RevisionKind, string> = {
  DEADLINE: 'Nouvelle échéance',
  CANCELLATION: 'Annulation',
  PARTIES: 'Responsables / partenaires',
  WORDING: 'Reformulation / découpage',
};

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
    const change =
      revision.kind === 'DEADLINE'
        ? `Échéance au ${formatDate(revision.dueDate!)}`
        : revision.kind === 'CANCELLATION'
          ? 'Action annulée'
          : revision.kind === 'PARTIES'
            ? [
                revision.ownerKeys && `Responsables : ${revision.ownerKeys.join(', ')}`,
                revision.partnerKeys && `Partenaires : ${revision.partnerKeys.join(', ')}`,
              ]
                .filter(Boolean)
                .join(' ; ')
            : [revision.title && `Libellé : ${revision.title}`, revision.subActions && `${revision.subActions.length} sous-action(s)`]
                .filter(Boolean)
                .join(' ; ');
    return {
      ref: outline.ref,
      title: outline.title,
      kind: revision.kind,
      effectiveDate: revision.effectiveDate,
      baselineDueDate: baselineDeadline(outline.deadline).dueDate,
      newDueDate: revision.dueDate,
      change: `${KIND_FR[revision.kind]} — ${change}`,
      justification: revision.justification,
      decidedBy: nameOf.get(revision.decidedBy) ?? '?',
      decisionRef: revision.decisionRef,
    };
  });
}

/** « Révisions approuvées en N »: each revision with the adopted and the new deadline, why, and who decided it. */
export function revisionsSectionBlocks(revisions: readonly ReportRevision[], year: number): ReportBlock[] {
  const heading: ReportBlock = { kind: 'heading', level: 1, text: `7. Révisions approuvées en ${year}` };
  if (revisions.length === 0)
    return [heading, { kind: 'paragraph', text: `Aucune révision du plan n’a pris effet en ${year} : le plan en vigueur est le plan adopté.` }];
  return [
    heading,
    {
      kind: 'paragraph',
      text: `Le plan adopté (la référence) n’est jamais modifié ; ces ${revisions.length} révision(s) forment, avec lui, le plan en vigueur au regard duquel ce rapport juge les retards.`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Réf.', 1),
        col('Action', 3.4),
        col('Changement', 2.6),
        col('Échéance adoptée', 1.4),
        col('Nouvelle échéance', 1.4),
        col('Motif', 3),
        col('Décidée par, le', 2),
      ],
      rows: revisions.map((r) => [
        r.ref,
        r.title,
        r.change,
        r.baselineDueDate ? formatDate(r.baselineDueDate) : 'À déterminer',
        r.newDueDate ? formatDate(r.newDueDate) : '—',
        r.decisionRef ? `${r.justification} (${r.decisionRef})` : r.justification,
        `${r.decidedBy}, ${formatDate(r.effectiveDate)}`,
      ]),
    },
  ];
}
