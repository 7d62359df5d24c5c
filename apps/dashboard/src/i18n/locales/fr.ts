export const fr = {
  app: { name: 'PNQ Tracker', tagline: 'Politique Nationale de la Qualité — horizon 2035' },
  common: {
    loading: 'Chargement…',
    notFound: 'Cette page n’existe pas.',
    skipToContent: 'Aller au contenu',
    retry: 'Réessayer',
    errorTitle: 'Les données n’ont pas pu être chargées',
  },
  language: { label: 'Langue', fr: 'Français', ar: 'العربية', en: 'English' },
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
