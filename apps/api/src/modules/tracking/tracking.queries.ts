import type { ActionStatus } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const selectLatestUpdate = sql(
  `SELECT version, status, progress, effective_date::text AS "effectiveDate" FROM action_status_update WHERE action_id = $1 ORDER BY version DESC LIMIT 1`,
  [t.int],
  { version: t.int, status: t.text.of<ActionStatus>(), progress: t.int, effectiveDate: t.text },
);

export const insertStatusUpdate = sql(
  `INSERT INTO action_status_update (action_id, version, status, progress, comment, effective_date, evidence_urls, next_milestone, next_milestone_date, author_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
  [t.int, t.int, t.text, t.int, t.text, t.date, t.textArray, t.text.orNull, t.date.orNull, t.int],
);

export const selectHistory = sql(
  `SELECT id::text AS id, action_id AS "actionId", version, status, progress, comment, effective_date::text AS "effectiveDate",
          evidence_urls AS "evidenceUrls", next_milestone AS "nextMilestone", next_milestone_date::text AS "nextMilestoneDate",
          author_id AS "authorId", entered_at AS "enteredAt"
     FROM action_status_update WHERE action_id = ANY($1) ORDER BY effective_date DESC, version DESC`,
  [t.intArray],
  {
    id: t.text,
    actionId: t.int,
    version: t.int,
    status: t.text.of<ActionStatus>(),
    progress: t.int,
    comment: t.text,
    effectiveDate: t.text,
    evidenceUrls: t.textArray,
    nextMilestone: t.text.orNull,
    nextMilestoneDate: t.text.orNull,
    authorId: t.int,
    enteredAt: t.timestamptz,
  },
);

/**
 * The state of many actions on a date: one index probe per action (the latest update effective by then, read
 * from the covering index action_status_update_state_idx). Actions without one come back without a row.
 */
export const selectStatesAsOf = sql(
  `SELECT ids.id AS "actionId", s.status, s.progress, s.effective_date::text AS "effectiveDate", s.version
     FROM unnest($1::int[]) AS ids(id)
    CROSS JOIN LATERAL (
          SELECT status, progress, effective_date, version FROM action_status_update u
           WHERE u.action_id = ids.id AND u.effective_date <= $2
           ORDER BY u.effective_date DESC, u.version DESC LIMIT 1) s`,
  [t.intArray, t.date],
  { actionId: t.int, status: t.text.of<ActionStatus>(), progress: t.int, effectiveDate: t.text, version: t.int },
);

/** Who updated which action since an instant (a call for updates' follow-up). */
export const selectUpdatesEnteredSince = sql(
  `SELECT action_id AS "actionId", author_id AS "authorId", entered_at AS "enteredAt" FROM action_status_update WHERE entered_at >= $1`,
  [t.timestamptz],
  { actionId: t.int, authorId: t.int, enteredAt: t.timestamptz },
);

export const insertComment = sql(
  `INSERT INTO action_comment (action_id, author_id, comment, evidence_urls, reply_to_id, corrects_id, mentioned_organisation_ids, mentioned_user_ids)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
  [t.int, t.int, t.text, t.textArray, t.bigint.orNull, t.bigint.orNull, t.intArray, t.intArray],
  { id: t.text },
);

/** The comment a reply answers or a correction replaces: its action, its author, whether a correction replaced it already. */
export const selectReferencedComment = sql(
  `SELECT c.action_id AS "actionId", c.author_id AS "authorId",
          EXISTS (SELECT 1 FROM action_comment k WHERE k.corrects_id = c.id) AS corrected
     FROM action_comment c WHERE c.id = $1`,
  [t.bigint],
  { actionId: t.int, authorId: t.int, corrected: t.bool.notNullByStatement },
);

export const selectComments = sql(
  `SELECT c.id::text AS id, c.action_id AS "actionId", c.author_id AS "authorId", c.comment, c.evidence_urls AS "evidenceUrls", c.entered_at AS "enteredAt",
          c.reply_to_id::text AS "replyToId", c.corrects_id::text AS "correctsId", k.id::text AS "correctedById"
     FROM action_comment c LEFT JOIN action_comment k ON k.corrects_id = c.id
    WHERE c.action_id = ANY($1) ORDER BY c.entered_at DESC, c.id DESC`,
  [t.intArray],
  {
    id: t.text,
    actionId: t.int,
    authorId: t.int,
    comment: t.text,
    evidenceUrls: t.textArray,
    enteredAt: t.timestamptz,
    replyToId: t.text.orNull,
    correctsId: t.text.orNull,
    correctedById: t.text.orNull,
  },
);

/** The latest discussion entry of each action entered by the end of a day in Casablanca (the Excel export, the yearly report). */
export const selectLatestCommentsAsOf = sql(
  `SELECT DISTINCT ON (c.action_id) c.action_id AS "actionId", c.comment, (c.entered_at AT TIME ZONE 'Africa/Casablanca')::date::text AS "enteredOn"
     FROM action_comment c
    WHERE c.action_id = ANY($1) AND (c.entered_at AT TIME ZONE 'Africa/Casablanca')::date <= $2
    ORDER BY c.action_id, c.entered_at DESC, c.id DESC`,
  [t.intArray, t.date],
  { actionId: t.int, comment: t.text, enteredOn: t.text.notNullByStatement },
);

/** Which action a status update belongs to and who entered it (a file attached to it). */
export const selectStatusUpdateEntry = sql(`SELECT action_id AS "actionId", author_id AS "authorId" FROM action_status_update WHERE id = $1`, [t.bigint], {
  actionId: t.int,
  authorId: t.int,
});

/** Which action a discussion entry belongs to and who wrote it (a file attached to it). */
export const selectCommentEntry = sql(`SELECT action_id AS "actionId", author_id AS "authorId" FROM action_comment WHERE id = $1`, [t.bigint], {
  actionId: t.int,
  authorId: t.int,
});
