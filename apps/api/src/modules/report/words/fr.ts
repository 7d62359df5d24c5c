import type { ActionStatus, FundingStatus, Health, IndicatorStatus, NationalValueQualifier, RevisionKind } from '@pnq/domain';
import { FUNDING_STATUS_LABELS_FR, HEALTH_LABELS_FR, STATUS_LABELS_FR } from '@pnq/domain';

/** Counts a sentence gives, already formatted (« 1 234 »). */
type N = string;

/**
 * The yearly report's words in French — the plan's language, and the official edition's. The English and Arabic
 * editions give the same keys (ReportWords); plan titles stay as the plan writes them.
 */
export const REPORT_WORDS_FR = {
  title: (year: number) => `Rapport annuel d’avancement de la Politique Nationale de la Qualité — année ${year}`,
  kingdom: 'Royaume du Maroc',
  council: 'Conseil Supérieur de Normalisation, de Certification et d’Accréditation (CSNCA)',
  situationAt: (at: string) => `Situation au ${at}`,
  coverScope: (pillars: N, actions: N) => `${pillars} piliers · ${actions} actions-clés suivies`,
  coverData: (asOf: string) => `Données : PNQ Tracker, état au ${asOf}`,
  page: (page: number, pages: number) => `page ${page} / ${pages}`,
  generatedFrom: (asOf: string) => `Rapport généré à partir des données de PNQ Tracker au ${asOf}`,
  contents: 'Sommaire',
  summaryHeading: '1. Synthèse',
  summary: (s: SummaryFigures) =>
    `Au ${s.at}, l’avancement moyen pondéré du plan d’action est de ${s.progress} (${s.previousProgress} au ${s.before}). ` +
    `Sur ${s.actions} actions, ${s.completed} sont terminées, ${s.inProgress} en cours, ${s.blocked} bloquées et ${s.notStarted} non démarrées ; ` +
    `${s.overdue} sont en retard, ${s.atRisk} à risque, ${s.stale} sans nouvelles (sans mise à jour depuis 12 mois) et ${s.unscheduled} à l’échéance à fixer. ` +
    `${s.indicatorsOnTrack} des ${s.indicators} indicateurs de résultat des actions sont sur la bonne voie (${s.previousIndicatorsOnTrack} au ${s.before}).`,
  keyFigure: 'Indicateur clé',
  at: (date: string) => `Au ${date}`,
  change: 'Évolution',
  keyFigures: {
    actions: 'Actions suivies',
    progress: 'Avancement moyen pondéré',
    completed: 'Actions terminées',
    inProgress: 'Actions en cours',
    notStarted: 'Actions non démarrées',
    blocked: 'Actions bloquées',
    overdue: 'Actions en retard',
    atRisk: 'Actions à risque',
    stale: 'Sans nouvelles',
    unscheduled: 'Échéance à fixer',
    indicatorsOnTrack: 'Indicateurs de résultat sur la bonne voie',
  },
  progressHeading: '2. Avancement par pilier',
  progressFigure: (at: string) => `Figure 1 — Avancement moyen pondéré par pilier au ${at}`,
  healthFigure: (at: string) => `Figure 2 — Actions de chaque pilier selon leur santé au ${at}`,
  pillar: 'Pilier',
  pillarShort: (number: number) => `Pilier ${number}`,
  wholePlan: 'Plan entier',
  rollUp: { actions: 'Actions', progress: 'Avancement', completed: 'Terminées', inProgress: 'En cours', overdue: 'En retard', atRisk: 'À risque' },
  pillarHeading: (number: number, name: string) => `3.${number}. Pilier ${number} — ${name}`,
  pillarSummary: (p: { actions: N; progress: string; completed: N; overdue: N; atRisk: N }) =>
    `${p.actions} actions, avancement ${p.progress} ; ${p.completed} terminées, ${p.overdue} en retard, ${p.atRisk} à risque.`,
  axesAndProjects: 'Axes et projets',
  axisOrProject: 'Axe / projet',
  axis: (ref: string, title: string) => `Axe ${ref} — ${title}`,
  project: (ref: string, title: string) => `Projet ${ref} — ${title}`,
  projectsLeftOut: (projects: N, max: N) =>
    `Les ${projects} projets du pilier ne sont pas détaillés : au-delà de ${max} actions, ce rapport s’en tient aux axes.`,
  completedIn: (year: number) => `Actions terminées en ${year}`,
  overdueAt: (at: string) => `Actions en retard au ${at}`,
  dueIn: (year: number) => `Actions à échéance en ${year}`,
  none: 'Aucune.',
  noneMasculine: 'Aucun.',
  col: {
    ref: 'Réf.',
    action: 'Action',
    owner: 'Responsable',
    deadline: 'Échéance',
    daysLate: 'Retard (jours)',
    status: 'Statut',
    health: 'Santé',
    organisation: 'Organisation',
    latestComment: 'Dernier commentaire',
  },
  toBeDetermined: 'À déterminer',
  byOrganisationHeading: '4. Par organisation responsable',
  byOrganisationIntro: 'Actions dont l’organisation est responsable ou pilote, les plus en retard d’abord.',
  annexHeading: 'Annexe — Toutes les actions',
  annexTooLarge: (actions: N, max: N, at: string) =>
    `Le plan compte ${actions} actions : au-delà de ${max}, l’annexe n’est pas reproduite dans ce document. La liste complète, avec l’état de chaque action au ${at}, s’obtient par l’export Excel de l’explorateur (Explorer → Exporter en Excel).`,
  annexIntro: (at: string) => `État de chaque action au ${at}.`,
  excerptNote: (omitted: N, max: N, lines: number) =>
    `… et ${omitted} autres : au-delà de ${max} actions, ce rapport n’en donne que les ${lines} premières ; l’export Excel de l’explorateur les liste toutes.`,
  status: STATUS_LABELS_FR as Record<ActionStatus, string>,
  health: HEALTH_LABELS_FR as Record<Health, string>,
  indicators: {
    heading: '5. Indicateurs',
    intro: (at: string, onTrack: string, firstYear: number) =>
      `Au ${at}, ${onTrack} des actions sont sur la bonne voie (atteints, ou sur la trajectoire de leur cible). ` +
      'Un indicateur chiffré est sur la trajectoire tant qu’il reste au-dessus de la valeur attendue moins 10 % du chemin entre la référence et la cible ; ' +
      `sans valeur de référence, la trajectoire part de 0 au 1er janvier ${firstYear}.`,
    onTrackPhrase: (onTrack: N, indicators: N, achieved: N) => `${onTrack} des ${indicators} indicateurs de résultat (dont ${achieved} atteints)`,
    col: {
      indicators: 'Indicateurs',
      onTrack: 'Sur la bonne voie',
      achieved: 'dont atteints',
      behind: 'En retard',
      notAchieved: 'Jalons non atteints',
      noData: 'Sans mesure',
      noTarget: 'Non évaluables',
      indicator: 'Indicateur',
      unit: 'Unité',
      baseline: 'Valeur de départ',
      targetYear: 'Cible (année)',
      latest: 'Dernière valeur (date)',
      percentOfTarget: '% de la cible',
      expected: 'Attendu à la date',
      milestone: 'Jalon',
      achievedOn: 'Atteint le',
      latestValue: 'Dernière valeur',
      date: 'Date',
      previousValue: 'Valeur précédente',
      targetDeadline: 'Cible (échéance)',
      source: 'Source',
    },
    pillarHeading: (number: number, name: string) => `Pilier ${number} — ${name}`,
    pillarOnTrack: (onTrack: string, behind: N) => `Sur la bonne voie : ${onTrack} ; ${behind} en retard sur la trajectoire.`,
    measuredHeading: (count: N) => `Indicateurs chiffrés avec une cible (${count})`,
    milestonesHeading: (year: number, count: N) => `Jalons atteints en ${year} (${count})`,
    nationalHeading: 'Infrastructure nationale de la qualité',
    nationalIntro: (at: string) => `Dernière valeur connue au ${at} de chaque indicateur, la valeur précédente, et leur source.`,
    status: {
      ACHIEVED: 'Atteint',
      ON_TRACK: 'Sur la trajectoire',
      BEHIND: 'En retard sur la trajectoire',
      NOT_ACHIEVED: 'Pas encore atteint',
      NO_DATA: 'Aucune mesure',
      NO_TARGET: 'Non évaluable',
    } as Record<IndicatorStatus, string>,
    qualified: {
      EXACT: (figure: string) => figure,
      MORE_THAN: (figure: string) => `plus de ${figure}`,
      ABOUT: (figure: string) => `environ ${figure}`,
    } as Record<NationalValueQualifier, (figure: string) => string>,
  },
  revisions: {
    heading: (year: number) => `7. Révisions approuvées en ${year}`,
    none: (year: number) => `Aucune révision du plan n’a pris effet en ${year} : le plan en vigueur est le plan adopté.`,
    intro: (count: number, formatted: N) =>
      `Le plan adopté (la référence) n’est jamais modifié ; ${count > 1 ? `ces ${formatted} révisions forment` : 'cette révision forme'}, avec lui, le plan en vigueur au regard duquel ce rapport juge les retards.`,
    kind: { DEADLINE: 'Nouvelle échéance', CANCELLATION: 'Annulation', PARTIES: 'Responsables / partenaires', WORDING: 'Reformulation / découpage' } as Record<
      RevisionKind,
      string
    >,
    dueOn: (date: string) => `Échéance au ${date}`,
    cancelled: 'Action annulée',
    owners: (keys: string) => `Responsables : ${keys}`,
    partners: (keys: string) => `Partenaires : ${keys}`,
    wording: (title: string) => `Libellé : ${title}`,
    subActions: (count: number, formatted: N) => `${formatted} ${count > 1 ? 'sous-actions' : 'sous-action'}`,
    col: {
      change: 'Changement',
      adopted: 'Échéance adoptée',
      revised: 'Nouvelle échéance',
      why: 'Motif',
      decided: 'Décidée par, le',
    },
  },
  financing: {
    heading: '6. Financement des actions',
    rates: (rates: string) => `Montants en dirhams, chaque ligne convertie au cours de référence en vigueur : ${rates}.`,
    rate: (currency: string, rate: string, date: string) => `1 ${currency} = ${rate} MAD (cours du ${date})`,
    noRates: 'Montants en dirhams ; aucune devise étrangère à convertir.',
    unconverted: (currencies: string) => ` Montants en ${currencies} non convertis faute de cours de référence à cette date.`,
    summary: (f: { at: string; recorded: N; actions: N; needed: string; secured: string; disbursed: string; gap: string; late: string }) =>
      `Au ${f.at}, le financement de ${f.recorded} des ${f.actions} actions est renseigné par leurs responsables. ` +
      `Besoin estimé : ${f.needed} ; acquis (engagé) : ${f.secured} ; décaissé : ${f.disbursed} ; reste à financer : ${f.gap}. ` +
      `${f.late} en retard sans financement acquis. `,
    actions: (count: number, formatted: N) => `${formatted} ${count > 1 ? 'actions' : 'action'}`,
    col: {
      recorded: 'Renseignées',
      needed: 'Besoin (MAD)',
      secured: 'Acquis (MAD)',
      disbursed: 'Décaissé (MAD)',
      gap: 'Reste à financer (MAD)',
      lateNotFunded: 'En retard non financées',
      partner: 'Partenaire',
      lines: 'Lignes',
      planned: 'Programmé (MAD)',
      committed: 'Engagé (MAD)',
      daysLate: 'Jours de retard',
      funding: 'Financement',
    },
    pillar: (number: number, name: string) => `Pilier ${number} — ${name}`,
    wholePlan: 'Ensemble du plan',
    byPartner: 'Par partenaire de coopération',
    ownBudgets: 'Budgets propres des responsables',
    lateHeading: (count: N) => `Actions en retard et non financées (${count})`,
    noLate: 'Aucune action en retard sans financement acquis.',
    costNotEstimated: 'coût non estimé',
    more: (count: N) => `… et ${count} de plus, listées dans PNQ Tracker (Financement, ou Explorer → « En retard et non financées »).`,
    status: FUNDING_STATUS_LABELS_FR as Record<FundingStatus, string>,
  },
};

/** The figures of the summary's sentence, formatted. */
export interface SummaryFigures {
  at: string;
  before: string;
  progress: string;
  previousProgress: string;
  actions: N;
  completed: N;
  inProgress: N;
  blocked: N;
  notStarted: N;
  overdue: N;
  atRisk: N;
  stale: N;
  unscheduled: N;
  indicatorsOnTrack: N;
  indicators: N;
  previousIndicatorsOnTrack: N;
}

export type ReportWords = typeof REPORT_WORDS_FR;
