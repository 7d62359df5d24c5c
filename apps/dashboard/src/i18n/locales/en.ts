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
    "myActions": "My actions",
    "explorer": "Explore",
    "timeline": "Timeline",
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
  "status": {
    "NOT_STARTED": "Not started",
    "IN_PROGRESS": "In progress",
    "COMPLETED": "Completed",
    "BLOCKED": "Blocked",
    "CANCELLED": "Cancelled"
  },
  "healthValue": {
    "DONE": "Done",
    "CANCELLED": "Cancelled",
    "OVERDUE": "Overdue",
    "AT_RISK": "At risk",
    "ON_TRACK": "On track",
    "STALE": "Stale",
    "UNSCHEDULED": "Deadline to set"
  },
  "healthReason": {
    "COMPLETED": "Completed.",
    "CANCELLED": "Cancelled.",
    "NO_DEADLINE": "No deadline: the secretariat must set one.",
    "PAST_DUE_DATE": "{{days}} day(s) past the due date.",
    "BEHIND_SCHEDULE": "Due in {{days}} day(s), progress below the {{expected}} % expected.",
    "BLOCKED_NEAR_DUE_DATE": "Blocked {{days}} day(s) before the due date.",
    "WITHIN_SCHEDULE": "On schedule (due in {{days}} day(s)).",
    "NO_UPDATE_IN_12_MONTHS": "Continuous action with no update for 12 months.",
    "NO_UPDATE_FOR_PREVIOUS_YEAR": "Annual action with no update for the previous year.",
    "RECENTLY_UPDATED": "Recurring action, up to date.",
    "NOT_STARTED_YET": "Not started yet (starts later)."
  },
  "deadlineKind": {
    "YEAR": "year",
    "RANGE": "range",
    "FROM_YEAR": "from",
    "CONTINUOUS": "continuous",
    "ANNUAL": "annual",
    "TBD": "to be determined"
  },
  "action": {
    "notFound": "No action “{{ref}}”. Check the reference (e.g. 1-2.1.1).",
    "axis": "Axis {{number}}",
    "project": "Project {{code}}",
    "deadline": "Deadline",
    "noDeadline": "not given",
    "dueDate": "due date",
    "owners": "Owners",
    "partners": "Partners",
    "indicators": "Expected results / indicators",
    "subActions": "Sub-actions",
    "source": "Source",
    "sourceLines": "PNQ, lines {{from}}–{{to}}",
    "printedAs": "printed “{{code}}”",
    "readOnly": "You can read this action; only its owner organisations and the secretariat can update it.",
    "history": "History ({{count}})",
    "noHistory": "No update yet.",
    "enteredBy": "Entered by {{name}} on {{date}}",
    "update": {
      "title": "Update",
      "status": "Status",
      "progress": "Progress (%)",
      "effectiveDate": "Effective date",
      "comment": "Comment (what changed)",
      "reason": "Reason (required)",
      "evidence": "Evidence links (one per line)",
      "submit": "Save the update",
      "retry": "Save my update on the new version",
      "saved": "Update saved.",
      "conflictTitle": "Someone updated this action in the meantime.",
      "conflictBody": "Nothing was saved. The history below shows the latest update (version {{version}}); what you typed is kept: review it and save again.",
      "errors": {
        "INVALID_PROGRESS": "Progress: a whole number 0–100; 100 when completed, 0 when not started.",
        "COMMENT_REQUIRED": "A comment is needed.",
        "REASON_REQUIRED": "Give the reason for blocking or cancelling."
      }
    }
  },
  "myActions": {
    "title": "{{organisation}}’s actions, most urgent first",
    "titleNoOrganisation": "My actions",
    "noOrganisation": "Your account belongs to no organisation: this page is for editors of owner organisations.",
    "empty": "Your organisation owns no action.",
    "health": "Health",
    "update": "Update",
    "updateAction": "Update action {{ref}}"
  },
  "explorer": {
    "title": "Explore the plan",
    "filters": "Filters",
    "text": "Search (reference or title)",
    "all": "All",
    "year": "Deadline (year)",
    "reset": "Clear filters",
    "count": "{{count}} action(s)",
    "ref": "Ref."
  },
  "organisation": {
    "notFound": "No organisation “{{key}}”.",
    "owned": "Actions it owns",
    "partnered": "Actions it partners",
    "ownedTitle": "Owner of {{count}} action(s), most urgent first",
    "partneredTitle": "Partner of {{count}} action(s)",
    "none": "None."
  },
  "timeline": {
    "title": "Actions over time, to 2035",
    "intro": "{{count}} actions placed by their deadline, coloured by health; {{unscheduled}} without a deadline are not shown.",
    "filterInExplorer": "Filter in the explorer (the filters apply here too)"
  },
  plan: {
    notInAnnex: "Project listed in the PNQ summary, with no actions in the annexes.",
    overdue: "{{count}} overdue",
    treeHeading: "Pillars, axes, projects and actions",
    title: 'The action plan',
    summary: '{{pillars}} pillars, {{axes}} development axes, {{projects}} projects, {{actions}} key actions',
    pillarsHeading: 'Pillars',
    pillar: 'Pillar {{number}}',
    axes: '{{count}} axes',
    projects: '{{count}} projects',
    actions: '{{count}} actions',
    statedAxes: 'The text states {{stated}} axes; its tables list {{listed}}.',
  },
  // Issue 5: indicators that measure, national infrastructure figures.
  "indicators": {
    "title": "Result indicators ({{count}})",
    "none": "No indicator printed for this action.",
    "kind": {
      "MILESTONE": "Milestone",
      "QUANTITATIVE": "Quantitative"
    },
    "ambiguous": "Classification to confirm",
    "status": {
      "ACHIEVED": "Achieved",
      "ON_TRACK": "On track",
      "BEHIND": "Behind the trajectory",
      "NOT_ACHIEVED": "Not yet achieved",
      "NO_DATA": "No measurement by this date",
      "NO_TARGET": "Cannot be judged (no dated target)"
    },
    "target": "Target",
    "noTarget": "No numeric target in the plan",
    "baseline": "Baseline",
    "latest": "Latest value",
    "noValue": "No value by this date",
    "percentOfTarget": "{{percent}} of the way to the target",
    "expected": "Expected by this date (trajectory)",
    "achievedOn": "Achieved on {{date}}",
    "notYet": "Not yet achieved by this date",
    "trend": "Trend — {{label}}",
    "showTable": "Show the values as a table",
    "records": "Records",
    "yes": "Yes",
    "no": "No",
    "col": {
      "date": "Date",
      "value": "Value",
      "source": "Source",
      "comment": "Comment",
      "author": "Entered by",
      "achieved": "Achieved",
      "evidence": "Evidence"
    },
    "record": {
      "title": "Record a measured value",
      "titleMilestone": "Record the milestone",
      "value": "Value ({{unit}})",
      "achieved": "Milestone achieved",
      "date": "Date of the measurement",
      "source": "Source (report, register…)",
      "comment": "Comment",
      "evidence": "Evidence links (http or https, one per line)",
      "submit": "Record",
      "retry": "Record on the latest version",
      "saved": "Value recorded.",
      "conflictTitle": "Someone recorded a value in the meantime",
      "conflictBody": "The indicator is now at version {{version}}. Nothing was saved: check the latest values, then record again (what you typed is kept).",
      "errors": {
        "INVALID_INDICATOR_VALUE": "Enter a valid number (or, for a milestone, achieved yes/no).",
        "INVALID_VALUE_DATE": "The date must be a valid date, today at the latest.",
        "COMMENT_TOO_LONG": "The comment is at most 2000 characters.",
        "SOURCE_TOO_LONG": "The source is at most 500 characters.",
        "INVALID_EVIDENCE_URL": "Each evidence link must start with http:// or https://."
      }
    },
    "define": {"title": "Edit the definition (secretariat)", "kind": "Kind", "unit": "Unit", "trajectory": "Trajectory", "LINEAR": "Linear to the target", "LEVEL": "Level to hold (rate, per year)", "baselineDate": "Baseline date", "targetYear": "Target year", "submit": "Save the definition", "saved": "Definition saved.", "invalid": "Definition to correct: {{detail}}"},
    "rollUp": {
      "column": "Indicators on track",
      "cell": "{{onTrack}} / {{count}} ({{achieved}} achieved)",
      "kpi": "Indicators on track"
    }
  },
  "infrastructure": {
    "nav": "Quality infrastructure in figures",
    "title": "Quality infrastructure in figures",
    "intro": "{{count}} indicators of the national quality infrastructure (standards, certification, metrology, accreditation…), with their dated values and sources. Each chart has its table.",
    "general": "Whole infrastructure",
    "showTable": "Show the values and sources as a table",
    "lines": "lines {{from}}–{{to}}",
    "kind": {
      "ACTUAL": "Actual",
      "TARGET": "Target"
    },
    "qualifier": {
      "EXACT": "",
      "MORE_THAN": "more than",
      "ABOUT": "about"
    },
    "qualifierOption": {
      "EXACT": "Exact",
      "MORE_THAN": "More than",
      "ABOUT": "About"
    },
    "col": {
      "date": "Date",
      "value": "Value",
      "kind": "Kind",
      "source": "Source"
    },
    "add": {
      "title": "Add a yearly value",
      "indicator": "Indicator",
      "year": "Year (value on 31 December)",
      "value": "Value",
      "kind": "Kind",
      "qualifier": "Precision",
      "source": "Source (required)",
      "note": "Note",
      "submit": "Add",
      "saved": "Value added."
    }
  },
};
