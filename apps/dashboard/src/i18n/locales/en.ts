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
  "auth": {
    "title": "Sign in",
    "intro": "Sign in to follow the National Quality Policy.",
    "email": "Email address",
    "password": "Password",
    "submit": "Sign in",
    "signOut": "Sign out",
    "demoHint": "Demo: admin@pnq.local, viewer@pnq.local or <acronym>@pnq.local (e.g. imanor@pnq.local), password pnq-demo-2035.",
    "errors": {
      "INVALID_CREDENTIALS": "Wrong email or password.",
      "LOGIN_THROTTLED": "Too many failed attempts. Try again in a few minutes.",
      "BAD_USER_INPUT": "Check the email address.",
      "OTHER": "Sign-in failed. Try again; if it persists, contact the CSNCA secretariat."
    }
  },
  "roles": {
    "ADMIN": "Secretariat (admin)",
    "EDITOR": "Editor",
    "VIEWER": "Viewer"
  },
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
