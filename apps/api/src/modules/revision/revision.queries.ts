import type { RevisionChanges, RevisionKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export type RequestOutcome = 'APPROVED' | 'REJECTED';

const REVISION_ROW = {
  id: t.int,
  actionId: t.int,
  kind: t.text.of<RevisionKind>(),
  changes: t.jsonb<RevisionChanges>(),
  effectiveDate: t.text,
  justification: t.text,
  decisionRef: t.text.orNull,
  requestId: t.int.orNull,
  decidedBy: t.int,
  decidedAt: t.timestamptz,
};
const REVISION_COLUMNS = `r.id::int AS id, r.action_id AS "actionId", r.kind, r.changes, r.effective_date::text AS "effectiveDate", r.justification,
  r.decision_ref AS "decisionRef", r.request_id::int AS "requestId", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt"`;

/** Every revision of the actions asked, in the order they apply (effective date, then as recorded). */
export const selectRevisionsOfActions = sql(
  `SELECT ${REVISION_COLUMNS} FROM action_revision r WHERE r.action_id = ANY($1) ORDER BY r.action_id, r.effective_date, r.id`,
  [t.intArray],
  REVISION_ROW,
);

/** Revisions that took effect in a period (the yearly report: "révisions approuvées en N"), in the order they took effect. */
export const selectRevisionsDecidedBetween = sql(
  `SELECT ${REVISION_COLUMNS} FROM action_revision r WHERE r.effective_date BETWEEN $1 AND $2 ORDER BY r.effective_date, r.id`,
  [t.date, t.date],
  REVISION_ROW,
);

export const insertRevision = sql(
  `INSERT INTO action_revision (action_id, kind, changes, effective_date, justification, decision_ref, request_id, decided_by)
   VALUES ($1, $2, $3, $4, $5, $6, $7::int, $8) RETURNING id::int AS id`,
  [t.int, t.text, t.jsonb<RevisionChanges>(), t.date, t.text, t.text.orNull, t.int.orNull, t.int],
  { id: t.int },
);

const REQUEST_ROW = {
  id: t.int,
  actionId: t.int,
  kind: t.text.of<RevisionKind>(),
  changes: t.jsonb<RevisionChanges>(),
  justification: t.text,
  definitionVersion: t.int,
  requestedBy: t.int,
  organisationId: t.int.orNull,
  requestedAt: t.timestamptz,
  outcome: t.text.of<RequestOutcome>().orNull,
  comment: t.text.orNull,
  decisionRef: t.text.orNull,
  decidedBy: t.int.orNull,
  decidedAt: t.timestamptz.orNull,
};
const REQUEST_SELECT = `SELECT q.id::int AS id, q.action_id AS "actionId", q.kind, q.changes, q.justification, q.definition_version AS "definitionVersion",
         q.requested_by AS "requestedBy", q.organisation_id AS "organisationId", q.requested_at AS "requestedAt",
         d.outcome, d.comment, d.decision_ref AS "decisionRef", d.decided_by AS "decidedBy", d.decided_at AS "decidedAt"
    FROM revision_request q LEFT JOIN revision_decision d ON d.request_id = q.id`;

export const selectRequestById = sql(`${REQUEST_SELECT} WHERE q.id = $1::int`, [t.int], REQUEST_ROW);

/** Locks a request while it is decided (two decisions at once: the second waits, then finds it decided). */
export const lockRequest = sql(`SELECT id::int AS id FROM revision_request WHERE id = $1::int FOR UPDATE`, [t.int], { id: t.int });

export const selectRequestsOfActions = sql(`${REQUEST_SELECT} WHERE q.action_id = ANY($1) ORDER BY q.requested_at DESC, q.id DESC`, [t.intArray], REQUEST_ROW);

/** Requests, newest first: pending only ($1), of these actions ($2: NULL for all). */
export const selectRequests = sql(
  `${REQUEST_SELECT} WHERE ($1::bool IS NOT TRUE OR d.request_id IS NULL) AND ($2::int[] IS NULL OR q.action_id = ANY($2))
    ORDER BY q.requested_at DESC, q.id DESC LIMIT $3::int`,
  [t.bool.orNull, t.intArray.orNull, t.int],
  REQUEST_ROW,
);

export const insertRequest = sql(
  `INSERT INTO revision_request (action_id, kind, changes, justification, definition_version, requested_by, organisation_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::int AS id`,
  [t.int, t.text, t.jsonb<RevisionChanges>(), t.text, t.int, t.int, t.int.orNull],
  { id: t.int },
);

export const insertDecision = sql(`INSERT INTO revision_decision (request_id, outcome, comment, decision_ref, decided_by) VALUES ($1::int, $2, $3, $4, $5)`, [
  t.int,
  t.text,
  t.text,
  t.text.orNull,
  t.int,
]);

/** The requests made on a day (Casablanca): the secretariat's digest lines of the next day. */
export const selectRequestsMadeOn = sql(
  `SELECT q.action_id AS "actionId", q.changes, q.organisation_id AS "organisationId" FROM revision_request q
    WHERE (q.requested_at AT TIME ZONE 'Africa/Casablanca')::date = $1 ORDER BY q.id`,
  [t.date],
  { actionId: t.int, changes: t.jsonb<RevisionChanges>(), organisationId: t.int.orNull },
);

/** The decisions taken on a day (Casablanca): the requesters' and owners' digest lines of the next day. */
export const selectDecisionsTakenOn = sql(
  `SELECT q.action_id AS "actionId", q.changes, q.requested_by AS "requestedBy", d.outcome FROM revision_decision d JOIN revision_request q ON q.id = d.request_id
    WHERE (d.decided_at AT TIME ZONE 'Africa/Casablanca')::date = $1 ORDER BY d.request_id`,
  [t.date],
  { actionId: t.int, changes: t.jsonb<RevisionChanges>(), requestedBy: t.int, outcome: t.text.of<RequestOutcome>() },
);
