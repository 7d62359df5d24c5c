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
    "myActions": "Mes actions",
    "explorer": "Explorer",
    "timeline": "Calendrier",
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
  "status": {
    "NOT_STARTED": "Non démarrée",
    "IN_PROGRESS": "En cours",
    "COMPLETED": "Terminée",
    "BLOCKED": "Bloquée",
    "CANCELLED": "Annulée"
  },
  "healthValue": {
    "DONE": "Réalisée",
    "CANCELLED": "Annulée",
    "OVERDUE": "En retard",
    "AT_RISK": "À risque",
    "ON_TRACK": "Dans les temps",
    "STALE": "Sans nouvelles",
    "UNSCHEDULED": "Échéance à fixer"
  },
  "healthReason": {
    "COMPLETED": "Action terminée.",
    "CANCELLED": "Action annulée.",
    "NO_DEADLINE": "Aucune échéance : le secrétariat doit la fixer.",
    "PAST_DUE_DATE": "Échéance dépassée de {{days}} jour(s).",
    "BEHIND_SCHEDULE": "Échéance dans {{days}} jour(s), avancement en dessous des {{expected}} % attendus.",
    "BLOCKED_NEAR_DUE_DATE": "Bloquée à {{days}} jour(s) de l’échéance.",
    "WITHIN_SCHEDULE": "Dans les temps (échéance dans {{days}} jour(s)).",
    "NO_UPDATE_IN_12_MONTHS": "Action continue sans mise à jour depuis 12 mois.",
    "NO_UPDATE_FOR_PREVIOUS_YEAR": "Action annuelle sans mise à jour pour l’année précédente.",
    "RECENTLY_UPDATED": "Action récurrente à jour.",
    "NOT_STARTED_YET": "Pas encore commencée (démarre plus tard)."
  },
  "deadlineKind": {
    "YEAR": "année",
    "RANGE": "période",
    "FROM_YEAR": "à partir de",
    "CONTINUOUS": "en continu",
    "ANNUAL": "annuelle",
    "TBD": "à déterminer"
  },
  "action": {
    "notFound": "Aucune action « {{ref}} ». Vérifiez la référence (ex. 1-2.1.1).",
    "axis": "Axe {{number}}",
    "project": "Projet {{code}}",
    "deadline": "Échéance",
    "noDeadline": "non précisée",
    "dueDate": "date d’échéance",
    "owners": "Responsables",
    "partners": "Partenaires",
    "indicators": "Résultats attendus / indicateurs",
    "subActions": "Sous-actions",
    "source": "Source",
    "sourceLines": "PNQ, lignes {{from}}–{{to}}",
    "printedAs": "imprimé « {{code}} »",
    "readOnly": "Vous pouvez consulter cette action ; seules ses organisations responsables et le secrétariat peuvent la mettre à jour.",
    "history": "Historique ({{count}})",
    "noHistory": "Aucune mise à jour pour l’instant.",
    "enteredBy": "Saisi par {{name}} le {{date}}",
    "update": {
      "title": "Mettre à jour",
      "status": "Statut",
      "progress": "Avancement (%)",
      "effectiveDate": "Date d’effet",
      "comment": "Commentaire (ce qui a changé)",
      "reason": "Motif (obligatoire)",
      "evidence": "Liens vers les preuves (un par ligne)",
      "submit": "Enregistrer la mise à jour",
      "retry": "Enregistrer ma saisie sur la nouvelle version",
      "saved": "Mise à jour enregistrée.",
      "conflictTitle": "Quelqu’un a mis à jour cette action entre-temps.",
      "conflictBody": "Rien n’a été enregistré. L’historique ci-dessous montre la dernière mise à jour (version {{version}}) ; votre saisie est conservée : relisez-la puis enregistrez à nouveau.",
      "errors": {
        "INVALID_PROGRESS": "Avancement : un nombre entier de 0 à 100 ; 100 si terminée, 0 si non démarrée.",
        "COMMENT_REQUIRED": "Un commentaire est nécessaire.",
        "REASON_REQUIRED": "Indiquez le motif du blocage ou de l’annulation."
      }
    }
  },
  "myActions": {
    "title": "Actions de {{organisation}}, les plus urgentes d’abord",
    "titleNoOrganisation": "Mes actions",
    "noOrganisation": "Votre compte n’est rattaché à aucune organisation : cette page sert aux éditeurs des organisations responsables.",
    "empty": "Votre organisation n’est responsable d’aucune action.",
    "health": "Santé",
    "update": "Mettre à jour",
    "updateAction": "Mettre à jour l’action {{ref}}"
  },
  "explorer": {
    "title": "Explorer le plan",
    "filters": "Filtres",
    "text": "Recherche (référence ou titre)",
    "all": "Tous",
    "year": "Échéance (année)",
    "reset": "Effacer les filtres",
    "count": "{{count}} action(s)",
    "ref": "Réf."
  },
  "organisation": {
    "notFound": "Aucune organisation « {{key}} ».",
    "owned": "Actions dont elle est responsable",
    "partnered": "Actions dont elle est partenaire",
    "ownedTitle": "Responsable de {{count}} action(s), les plus urgentes d’abord",
    "partneredTitle": "Partenaire de {{count}} action(s)",
    "none": "Aucune."
  },
  "timeline": {
    "title": "Calendrier des actions jusqu’en 2035",
    "intro": "{{count}} actions placées selon leur échéance, colorées selon leur santé ; {{unscheduled}} sans échéance ne figurent pas.",
    "filterInExplorer": "Filtrer dans l’explorateur (les filtres s’appliquent ici aussi)"
  },
  plan: {
    notInAnnex: "Projet cité dans la synthèse du PNQ, sans actions dans les annexes.",
    overdue: "{{count}} en retard",
    treeHeading: "Piliers, axes, projets et actions",
    title: 'Le plan d’action',
    summary: '{{pillars}} piliers, {{axes}} axes de développement, {{projects}} projets, {{actions}} actions-clés',
    pillarsHeading: 'Piliers',
    pillar: 'Pilier {{number}}',
    axes: '{{count}} axes',
    projects: '{{count}} projets',
    actions: '{{count}} actions',
    statedAxes: 'Le texte annonce {{stated}} axes ; ses tableaux en listent {{listed}}.',
  },
  // Issue 5: indicators that measure, national infrastructure figures.
  "indicators": {
    "title": "Indicateurs de résultat ({{count}})",
    "none": "Aucun indicateur imprimé pour cette action.",
    "kind": {
      "MILESTONE": "Jalon",
      "QUANTITATIVE": "Quantitatif"
    },
    "ambiguous": "Classement à confirmer",
    "status": {
      "ACHIEVED": "Atteint",
      "ON_TRACK": "Sur la trajectoire",
      "BEHIND": "En retard sur la trajectoire",
      "NOT_ACHIEVED": "Pas encore atteint",
      "NO_DATA": "Aucune mesure à cette date",
      "NO_TARGET": "Non évaluable (pas de cible datée)"
    },
    "target": "Cible",
    "noTarget": "Pas de cible chiffrée dans le plan",
    "baseline": "Valeur de référence",
    "latest": "Dernière valeur",
    "noValue": "Aucune valeur à cette date",
    "percentOfTarget": "{{percent}} du chemin vers la cible",
    "expected": "Attendu à cette date (trajectoire)",
    "achievedOn": "Atteint le {{date}}",
    "notYet": "Pas encore atteint à cette date",
    "trend": "Évolution — {{label}}",
    "showTable": "Voir les valeurs en tableau",
    "records": "Enregistrements",
    "yes": "Oui",
    "no": "Non",
    "col": {
      "date": "Date",
      "value": "Valeur",
      "source": "Source",
      "comment": "Commentaire",
      "author": "Saisi par",
      "achieved": "Atteint",
      "evidence": "Preuves"
    },
    "record": {
      "title": "Enregistrer une valeur mesurée",
      "titleMilestone": "Enregistrer l’atteinte du jalon",
      "value": "Valeur ({{unit}})",
      "achieved": "Jalon atteint",
      "date": "Date de la mesure",
      "source": "Source (rapport, registre…)",
      "comment": "Commentaire",
      "evidence": "Liens de preuve (http ou https, un par ligne)",
      "submit": "Enregistrer",
      "retry": "Enregistrer sur la dernière version",
      "saved": "Valeur enregistrée.",
      "conflictTitle": "Quelqu’un a enregistré une valeur entre-temps",
      "conflictBody": "L’indicateur est maintenant à la version {{version}}. Rien n’a été enregistré : vérifiez les dernières valeurs, puis enregistrez de nouveau (votre saisie est conservée).",
      "errors": {
        "INVALID_INDICATOR_VALUE": "Indiquez un nombre valide (ou, pour un jalon, atteint oui/non).",
        "INVALID_VALUE_DATE": "La date doit être une date valide, au plus tard aujourd’hui.",
        "COMMENT_TOO_LONG": "Le commentaire fait au plus 2000 caractères.",
        "SOURCE_TOO_LONG": "La source fait au plus 500 caractères.",
        "INVALID_EVIDENCE_URL": "Chaque lien de preuve doit commencer par http:// ou https://."
      }
    },
    "define": {"title": "Modifier la définition (secrétariat)", "kind": "Nature", "unit": "Unité", "trajectory": "Trajectoire", "LINEAR": "Linéaire jusqu’à la cible", "LEVEL": "Niveau à tenir (taux, par an)", "baselineDate": "Date de la référence", "targetYear": "Année cible", "submit": "Enregistrer la définition", "saved": "Définition enregistrée.", "invalid": "Définition à corriger : {{detail}}"},
    "rollUp": {
      "column": "Indicateurs sur la bonne voie",
      "cell": "{{onTrack}} / {{count}} (dont {{achieved}} atteints)",
      "kpi": "Indicateurs sur la bonne voie"
    }
  },
  "infrastructure": {
    "nav": "Infrastructure qualité en chiffres",
    "title": "Infrastructure qualité en chiffres",
    "intro": "{{count}} indicateurs de l’infrastructure qualité nationale (normes, certification, métrologie, accréditation…), avec leurs valeurs datées et leurs sources. Chaque graphique a son tableau.",
    "general": "Ensemble de l’infrastructure",
    "showTable": "Voir les valeurs et les sources en tableau",
    "lines": "lignes {{from}}–{{to}}",
    "kind": {
      "ACTUAL": "Réalisé",
      "TARGET": "Objectif"
    },
    "qualifier": {
      "EXACT": "",
      "MORE_THAN": "plus de",
      "ABOUT": "environ"
    },
    "qualifierOption": {
      "EXACT": "Exact",
      "MORE_THAN": "Plus de",
      "ABOUT": "Environ"
    },
    "col": {
      "date": "Date",
      "value": "Valeur",
      "kind": "Nature",
      "source": "Source"
    },
    "add": {
      "title": "Ajouter une valeur annuelle",
      "indicator": "Indicateur",
      "year": "Année (valeur au 31 décembre)",
      "value": "Valeur",
      "kind": "Nature",
      "qualifier": "Précision",
      "source": "Source (obligatoire)",
      "note": "Note",
      "submit": "Ajouter",
      "saved": "Valeur ajoutée."
    }
  },
};
export type Messages = typeof fr;
