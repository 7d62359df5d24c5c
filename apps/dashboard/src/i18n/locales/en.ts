import type { Messages } from './fr';

export const en: Messages = {
  app: { name: 'PNQ Tracker', tagline: 'National Quality Policy — 2035 horizon' },
  common: {
    loading: 'Loading…',
    notFound: 'This page does not exist.',
    skipToContent: 'Skip to content',
    retry: 'Try again',
    errorTitle: 'The data could not be loaded',
  },
  language: { label: 'Language', fr: 'Français', ar: 'العربية', en: 'English' },
  plan: {
    title: 'The action plan',
    summary: '{{pillars}} pillars, {{axes}} development axes, {{projects}} projects, {{actions}} key actions',
    pillarsHeading: 'Pillars',
    pillar: 'Pillar {{number}}',
    axes: '{{count}} axes',
    projects: '{{count}} projects',
    actions: '{{count}} actions',
    statedAxes: 'The text states {{stated}} axes; its tables list {{listed}}.',
  },
};
