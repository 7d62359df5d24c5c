import { col, ReportBlock, ReportColumn } from '../report/report-blocks';
import { formatChange, formatDate, formatNumber } from '../report/report-labels';
import { MeetingPack, PackChangeCounts, PackDecision, PackSession, SessionMinutes } from './meeting-pack-content';

const plural = (count: number, one: string, many: string) => `${formatNumber(count)} ${count > 1 ? many : one}`;

/**
 * The changes since the previous session in one sentence — the figures of planChanges(from, session date), the same as
 * the compare view's.
 */
export function changesSentence(from: string, total: PackChangeCounts, revisionsApproved: number, indicatorValues: number): string {
  return (
    `Depuis le ${formatDate(from)} : ${plural(total.completed, 'action réalisée', 'actions réalisées')}, ` +
    `${formatNumber(total.newlyOverdue)} nouvellement en retard, ${formatNumber(total.newlyAtRisk)} nouvellement à risque, ` +
    `${plural(total.statusMoved, 'changement de statut', 'changements de statut')}, ` +
    `${plural(total.progressMoved, 'changement d’avancement', 'changements d’avancement')}, ` +
    `${plural(revisionsApproved, 'révision du plan entrée en vigueur', 'révisions du plan entrées en vigueur')}, ` +
    `${plural(indicatorValues, 'valeur d’indicateur enregistrée', 'valeurs d’indicateur enregistrées')}.`
  );
}

function sessionLines(session: PackSession): string[] {
  return [
    `${session.body} — séance du ${formatDate(session.heldOn)}`,
    session.place,
    session.since ? `Depuis la séance du ${formatDate(session.since)}` : 'Première séance de cette instance',
  ];
}

function agenda(session: PackSession): ReportBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Ordre du jour' },
    ...(session.agenda.length === 0
      ? [{ kind: 'paragraph', text: 'Ordre du jour non renseigné.' } as ReportBlock]
      : session.agenda.map((item, index): ReportBlock => ({ kind: 'paragraph', text: `${index + 1}. ${item}` }))),
  ];
}

/** A list as a table, or a sentence saying it is empty. */
const tableOrSaying = (columns: ReportColumn[], rows: string[][], none: string): ReportBlock =>
  rows.length === 0 ? { kind: 'paragraph', text: none } : { kind: 'table', columns, rows, small: true };

const decisionRow = (d: PackDecision) => [d.session, `${d.kind} : ${d.text}`, d.responsible, formatDate(d.dueDate), d.followUp, d.health];

/** The meeting pack as report blocks (both renderers lay them out the same way). French; health named in words. */
export function meetingPackBlocks(pack: MeetingPack): ReportBlock[] {
  const { session, changes } = pack;
  const counts = (c: PackChangeCounts) => [c.label, c.completed, c.newlyOverdue, c.newlyAtRisk, c.statusMoved, c.progressMoved].map(String);
  const blocks: ReportBlock[] = [
    { kind: 'cover', kicker: 'Royaume du Maroc', title: 'Dossier de séance', lines: [...sessionLines(session), `Situation au ${formatDate(pack.asOf)}`] },
    { kind: 'pageBreak' },
    ...agenda(session),
    {
      kind: 'paragraph',
      text: `Organisations convoquées : ${session.attending.length > 0 ? session.attending.join(', ') : 'non renseignées'}.`,
    },
    { kind: 'heading', level: 1, text: 'Chiffres clés' },
    {
      kind: 'table',
      columns: [
        col('Indicateur', 4),
        col(`Au ${formatDate(pack.from)}`, 2, 'right'),
        col(`Au ${formatDate(pack.asOf)}`, 2, 'right'),
        col('Évolution', 2, 'right'),
      ],
      rows: pack.keyFigures.map((f) => [f.label, formatNumber(f.before), formatNumber(f.after), formatChange(f.after, f.before, 'count')]),
    },
    { kind: 'heading', level: 2, text: 'Changements depuis la séance précédente' },
    { kind: 'paragraph', text: changesSentence(pack.from, changes.total, changes.revisionsApproved, changes.indicatorValues) },
    {
      kind: 'table',
      columns: [
        col('Pilier', 5),
        col('Réalisées', 2, 'right'),
        col('Nouv. en retard', 2, 'right'),
        col('Nouv. à risque', 2, 'right'),
        col('Statut', 2, 'right'),
        col('Avancement', 2, 'right'),
      ],
      rows: [...changes.byPillar.map(counts), counts({ ...changes.total, label: 'Total' })],
      strong: [...changes.byPillar.map(() => false), true],
      small: true,
    },
    { kind: 'heading', level: 1, text: 'Exceptions par pilier (en retard, à risque, bloquées)' },
  ];
  for (const pillar of pack.pillars) {
    blocks.push({ kind: 'heading', level: 2, text: `Pilier ${pillar.number} — ${pillar.name}` });
    if (pillar.exceptions.length === 0) {
      blocks.push({ kind: 'paragraph', text: 'Aucune action en retard, à risque ou bloquée.' });
      continue;
    }
    blocks.push({
      kind: 'table',
      columns: [
        col('Réf.', 3),
        col('Action', 9),
        col('Responsables', 4),
        col('Situation', 4),
        col('Retard (j)', 2, 'right'),
        col('Dernière mise à jour', 3),
        col('Dernier commentaire du responsable', 8),
        col('Pièces justificatives', 3),
      ],
      rows: pillar.exceptions.map((e) => [
        e.ref,
        e.title,
        e.owners,
        e.situation,
        e.daysLate === null ? '—' : formatNumber(e.daysLate),
        e.lastUpdate ? formatDate(e.lastUpdate) : 'Jamais',
        e.comment ?? '—',
        e.files === 0 ? 'Aucune' : plural(e.files, 'pièce', 'pièces'),
      ]),
      small: true,
    });
  }
  blocks.push(
    { kind: 'heading', level: 1, text: 'Demandes de révision en attente de décision' },
    tableOrSaying(
      [col('Réf.', 2), col('Demande', 5), col('Justification', 7), col('Demandée le', 3)],
      pack.pendingRequests.map((r) => [r.ref, r.what, r.justification, formatDate(r.requestedOn)]),
      'Aucune demande en attente.',
    ),
    { kind: 'heading', level: 1, text: 'Suivi des décisions des séances précédentes' },
    tableOrSaying(
      [col('Séance', 4), col('Décision', 8), col('Responsable', 3), col('Échéance', 3), col('Suivi', 3), col('Santé', 3)],
      pack.followUp.map(decisionRow),
      'Aucune décision antérieure.',
    ),
    { kind: 'heading', level: 1, text: 'Annexe — indicateurs qui ont bougé' },
    tableOrSaying(
      [col('Réf.', 2), col('Indicateur', 9), col('Date', 3), col('Valeur', 3, 'right')],
      pack.indicators.map((v) => [v.ref, v.label, formatDate(v.date), v.value]),
      `Aucune valeur d’indicateur enregistrée depuis le ${formatDate(pack.from)}.`,
    ),
  );
  return blocks;
}

/** The minutes as report blocks: an editable draft the secretariat finishes by hand (attendance, agenda, decisions). */
export function minutesBlocks(minutes: SessionMinutes): ReportBlock[] {
  const { session } = minutes;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: 'Procès-verbal de séance' },
    ...sessionLines(session).map((text): ReportBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 2, text: 'Présents' },
    {
      kind: 'table',
      columns: [col('Organisation', 5), col('Représentée par (à compléter)', 5)],
      rows: session.attending.length > 0 ? session.attending.map((name) => [name, '']) : [['', '']],
    },
    ...agenda(session).map((block): ReportBlock => (block.kind === 'heading' ? { ...block, level: 2 } : block)),
    { kind: 'heading', level: 2, text: 'Décisions et recommandations' },
  ];
  if (minutes.decisions.length === 0) blocks.push({ kind: 'paragraph', text: 'Aucune décision enregistrée.' });
  minutes.decisions.forEach((d, index) => {
    blocks.push({ kind: 'heading', level: 3, text: `${d.kind} n° ${index + 1}` });
    blocks.push({ kind: 'paragraph', text: d.text });
    blocks.push({ kind: 'paragraph', text: `Responsable : ${d.responsible} — échéance : ${formatDate(d.dueDate)}` });
    if (d.actions.length > 0) blocks.push({ kind: 'paragraph', text: `Actions concernées : ${d.actions.join(', ')}` });
    for (const outcome of d.revisionOutcomes) blocks.push({ kind: 'paragraph', text: outcome });
  });
  blocks.push({ kind: 'heading', level: 2, text: 'Observations' });
  blocks.push({ kind: 'paragraph', text: '(à compléter)' });
  return blocks;
}
