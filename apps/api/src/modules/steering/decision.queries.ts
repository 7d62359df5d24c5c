import type { ActionStatus, DecisionKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const insertDecision = sql(
  `INSERT INTO steering_decision (session_id, kind, text, decided_on, due_date, responsible_organisation_id, created_by)
   VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
  [t.int, t.text, t.text, t.date, t.date.orNull, t.int.orNull, t.int],
  { id: t.int },
);
export const insertDecisionActions = sql(`INSERT INTO steering_decision_action (decision_id, action_id) SELECT $1, unnest($2::int[])`, [t.int, t.intArray]);
export const insertDecisionOrganisations = sql(
  `INSERT INTO steering_decision_organisation (decision_id, organisation_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
  [t.int, t.intArray],
);
export const insertDecisionRevision = sql(`INSERT INTO steering_decision_revision (decision_id, request_id, outcome) VALUES ($1, $2::int, $3)`, [
  t.int,
  t.int,
  t.text,
]);

/**
 * Decisions with their links: of some sessions ($1), of a responsible organisation with a due date ($2), or by id ($3)
 * — each filter NULL to ignore — in session date order, then as recorded.
 */
export const selectDecisions = sql(
  `SELECT d.id, d.session_id AS "sessionId", d.kind, d.text, d.decided_on::text AS "decidedOn", d.due_date::text AS "dueDate",
          d.responsible_organisation_id AS "responsibleOrganisationId", d.created_at AS "createdAt",
          s.body AS "sessionBody", s.held_on::text AS "sessionDate",
          coalesce((SELECT array_agg(x.action_id ORDER BY x.action_id) FROM steering_decision_action x WHERE x.decision_id = d.id), '{}') AS "actionIds",
          coalesce((SELECT array_agg(x.organisation_id ORDER BY x.organisation_id) FROM steering_decision_organisation x WHERE x.decision_id = d.id), '{}') AS "organisationIds",
          coalesce((SELECT jsonb_agg(jsonb_build_object('requestId', x.request_id::int, 'outcome', x.outcome) ORDER BY x.request_id)
                      FROM steering_decision_revision x WHERE x.decision_id = d.id), '[]'::jsonb) AS "revisionDecisions"
     FROM steering_decision d JOIN steering_session s ON s.id = d.session_id
    WHERE ($1::int[] IS NULL OR d.session_id = ANY($1))
      AND ($2::int IS NULL OR (d.responsible_organisation_id = $2 AND d.due_date IS NOT NULL))
      AND ($3::int[] IS NULL OR d.id = ANY($3))
    ORDER BY s.held_on, s.id, d.id`,
  [t.intArray.orNull, t.int.orNull, t.intArray.orNull],
  {
    id: t.int,
    sessionId: t.int,
    kind: t.text.of<DecisionKind>(),
    text: t.text,
    decidedOn: t.text,
    dueDate: t.text.orNull,
    responsibleOrganisationId: t.int.orNull,
    createdAt: t.timestamptz,
    sessionBody: t.text,
    sessionDate: t.text,
    actionIds: t.intArray,
    organisationIds: t.intArray,
    revisionDecisions: t.jsonb<{ requestId: number; outcome: 'APPROVED' | 'REJECTED' }[]>(),
  },
);

const UPDATE_ROW = {
  decisionId: t.int,
  version: t.int,
  effectiveDate: t.text,
  status: t.text.of<ActionStatus>(),
  progress: t.int,
  comment: t.text,
  authorId: t.int,
  enteredAt: t.timestamptz,
};

/** The follow-up history of decisions, oldest first. */
export const selectDecisionUpdates = sql(
  `SELECT decision_id AS "decisionId", version, effective_date::text AS "effectiveDate", status, progress, comment, author_id AS "authorId", entered_at AS "enteredAt"
     FROM steering_decision_update WHERE decision_id = ANY($1) ORDER BY decision_id, version`,
  [t.intArray],
  UPDATE_ROW,
);

/** Locks the decision for its follow-up (writers of one decision queue here) and gives its latest version. */
export const lockDecision = sql(
  `SELECT d.id, d.due_date::text AS "dueDate", d.responsible_organisation_id AS "responsibleOrganisationId",
          coalesce((SELECT max(u.version) FROM steering_decision_update u WHERE u.decision_id = d.id), 0)::int AS version
     FROM steering_decision d WHERE d.id = $1 FOR UPDATE OF d`,
  [t.int],
  { id: t.int, dueDate: t.text.orNull, responsibleOrganisationId: t.int.orNull, version: t.int },
);

export const insertDecisionUpdate = sql(
  `INSERT INTO steering_decision_update (decision_id, version, effective_date, status, progress, comment, author_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  [t.int, t.int, t.date, t.text, t.int, t.text, t.int],
);

/** A merge: decisions naming the duplicate (responsible or linked) name the organisation kept. */
export const repointResponsible = sql(`UPDATE steering_decision SET responsible_organisation_id = $2 WHERE responsible_organisation_id = $1`, [t.int, t.int]);
export const moveDecisionOrganisations = sql(
  `WITH moved AS (DELETE FROM steering_decision_organisation WHERE organisation_id = $1 RETURNING decision_id)
   INSERT INTO steering_decision_organisation (decision_id, organisation_id) SELECT decision_id, $2 FROM moved ON CONFLICT DO NOTHING`,
  [t.int, t.int],
);

/** The last reminder of each kind sent about each decision (the digest's memory). */
export const selectLastDecisionReminders = sql(
  `SELECT decision_id AS "decisionId", kind, max(run_date)::text AS "lastRunDate" FROM steering_decision_reminder GROUP BY decision_id, kind`,
  [],
  { decisionId: t.int, kind: t.text.of<'DUE_SOON' | 'OVERDUE'>(), lastRunDate: t.text },
);

export const insertDecisionReminder = sql(`INSERT INTO steering_decision_reminder (decision_id, run_date, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
  t.int,
  t.date,
  t.text,
]);
