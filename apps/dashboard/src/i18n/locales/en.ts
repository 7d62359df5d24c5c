import type { Messages } from './fr';

export const en: Messages = {
  app: { name: 'PNQ Tracker', tagline: 'National Quality Policy — 2035 horizon' },
  common: {
    loading: 'Loading…',
    notFound: 'This page does not exist.',
    skipToContent: 'Skip to content',
    showTable: 'Show the data as a table',
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
  "nav": {
    "label": "Main navigation",
    "overview": "Overview",
    "plan": "The plan"
  },
  "asOf": {
    "label": "As of",
    "today": "Today"
  },
  "health": {
    "done": "Done",
    "onTrack": "On track",
    "atRisk": "At risk",
    "overdue": "Overdue",
    "cancelled": "Cancelled"
  },
  "overview": {
    "title": "PNQ progress as of {{date}}",
    "kpis": "Key figures",
    "progressByPillar": "Progress by pillar (%)",
    "dueByYear": "Actions by due year, by health",
    "overdueTitle": "Overdue actions ({{count}})",
    "noOverdue": "No overdue action on this date.",
    "organisationsTitle": "Owner organisations, by overdue and at-risk actions",
    "neverUpdated": "never",
    "kpi": {
      "actions": "Actions",
      "progress": "Progress",
      "completed": "Completed",
      "inProgress": "In progress",
      "overdue": "Overdue",
      "atRisk": "At risk",
      "stale": "Stale",
      "unscheduled": "Deadline to set"
    },
    "col": {
      "pillar": "Pillar",
      "year": "Year",
      "action": "Action",
      "owners": "Owners",
      "dueDate": "Due date",
      "daysLate": "Days late",
      "lastUpdate": "Last update",
      "organisation": "Organisation"
    }
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
