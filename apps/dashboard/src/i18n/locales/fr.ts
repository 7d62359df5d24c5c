export const fr = {
  app: { name: 'PNQ Tracker', tagline: 'Politique Nationale de la Qualité — horizon 2035' },
  common: {
    loading: 'Chargement…',
    notFound: 'Cette page n’existe pas.',
    skipToContent: 'Aller au contenu',
    showTable: 'Voir les données en tableau',
    retry: 'Réessayer',
    errorTitle: 'Les données n’ont pas pu être chargées',
  },
  language: { label: 'Langue', fr: 'Français', ar: 'العربية', en: 'English' },
  "auth": {
    "title": "Connexion",
    "intro": "Connectez-vous pour suivre la Politique Nationale de la Qualité.",
    "email": "Adresse e-mail",
    "password": "Mot de passe",
    "submit": "Se connecter",
    "signOut": "Se déconnecter",
    "demoHint": "Démonstration : admin@pnq.local, viewer@pnq.local ou <sigle>@pnq.local (ex. imanor@pnq.local), mot de passe pnq-demo-2035.",
    "errors": {
      "INVALID_CREDENTIALS": "Adresse e-mail ou mot de passe incorrect.",
      "LOGIN_THROTTLED": "Trop de tentatives échouées. Réessayez dans quelques minutes.",
      "BAD_USER_INPUT": "Vérifiez l’adresse e-mail saisie.",
      "OTHER": "La connexion a échoué. Réessayez ; si cela persiste, contactez le secrétariat du CSNCA."
    }
  },
  "roles": {
    "ADMIN": "Secrétariat (admin)",
    "EDITOR": "Éditeur",
    "VIEWER": "Lecteur"
  },
  "nav": {
    "label": "Navigation principale",
    "overview": "Vue d’ensemble",
    "plan": "Le plan"
  },
  "asOf": {
    "label": "Situation au",
    "today": "Aujourd’hui"
  },
  "health": {
    "done": "Réalisées",
    "onTrack": "Dans les temps",
    "atRisk": "À risque",
    "overdue": "En retard",
    "cancelled": "Annulées"
  },
  "overview": {
    "title": "Avancement du PNQ au {{date}}",
    "kpis": "Indicateurs clés",
    "progressByPillar": "Avancement par pilier (%)",
    "dueByYear": "Actions par année d’échéance, selon leur santé",
    "overdueTitle": "Actions en retard ({{count}})",
    "noOverdue": "Aucune action en retard à cette date.",
    "organisationsTitle": "Organisations responsables, par retards et risques",
    "neverUpdated": "jamais",
    "kpi": {
      "actions": "Actions",
      "progress": "Avancement",
      "completed": "Réalisées",
      "inProgress": "En cours",
      "overdue": "En retard",
      "atRisk": "À risque",
      "stale": "Sans nouvelles",
      "unscheduled": "Échéance à fixer"
    },
    "col": {
      "pillar": "Pilier",
      "year": "Année",
      "action": "Action",
      "owners": "Responsables",
      "dueDate": "Échéance",
      "daysLate": "Jours de retard",
      "lastUpdate": "Dernière mise à jour",
      "organisation": "Organisation"
    }
  },
  plan: {
    title: 'Le plan d’action',
    summary: '{{pillars}} piliers, {{axes}} axes de développement, {{projects}} projets, {{actions}} actions-clés',
    pillarsHeading: 'Piliers',
    pillar: 'Pilier {{number}}',
    axes: '{{count}} axes',
    projects: '{{count}} projets',
    actions: '{{count}} actions',
    statedAxes: 'Le texte annonce {{stated}} axes ; ses tableaux en listent {{listed}}.',
  },
};
export type Messages = typeof fr;
