import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const JOB_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** The channel instances LISTEN on: a new job is announced there when its row commits. */
export const JOB_CHANNEL = 'pnq_job';

/**
 * Statements run by an instance's background sweep (never on behalf of a request) say so in a comment, which the
 * benchmark's statement counter leaves out: a request's statement count must not depend on when a sweep fell.
 */
const BACKGROUND = '/* background: job queue */';

/** Serialises enqueues (count, then insert), so that limits hold when many ask at once, on any instance. */
export const lockEnqueue = sql(`SELECT pg_advisory_xact_lock(hashtext('pnq:job:enqueue'))::text AS locked`, [], { locked: t.text });

export const countUnfinished = sql(
  `SELECT count(*)::int AS total, count(*) FILTER (WHERE requested_by = $2)::int AS mine
     FROM job WHERE state IN ('QUEUED','RUNNING') AND kind = ANY($1)`,
  [t.textArray, t.int.orNull],
  { total: t.int, mine: t.int },
);

export const insertJob = sql(
  `INSERT INTO job (kind, params, requested_by) VALUES ($1, $2::text::jsonb, $3) RETURNING id::text AS id`,
  [t.text, t.text, t.int.orNull],
  { id: t.text },
);

/** Delivered to every listening instance when the transaction commits: a job's id when queued, `done:<id>` when finished. */
export const announceJob = sql(`SELECT pg_notify('${JOB_CHANNEL}', $1)::text AS sent`, [t.text], { sent: t.text });

const JOB_COLUMNS = `j.id::text AS id, j.kind, j.params, j.requested_by AS "requestedBy", j.state, j.progress, j.stage, j.attempts,
  j.created_at AS "createdAt", j.started_at AS "startedAt", j.finished_at AS "finishedAt", j.file_name AS "fileName",
  j.content_type AS "contentType", j.content_sha256 AS "contentSha256", j.error_code AS "errorCode", j.error_message AS "errorMessage",
  octet_length(j.content) AS "contentBytes"`;
const JOB_ROW = {
  id: t.text,
  kind: t.text,
  params: t.jsonb<Record<string, unknown>>(),
  requestedBy: t.int.orNull,
  state: t.text.of<JobState>(),
  progress: t.int,
  stage: t.text.orNull,
  attempts: t.int,
  createdAt: t.timestamptz,
  startedAt: t.timestamptz.orNull,
  finishedAt: t.timestamptz.orNull,
  fileName: t.text.orNull,
  contentType: t.text.orNull,
  contentSha256: t.text.orNull,
  errorCode: t.text.orNull,
  errorMessage: t.text.orNull,
  contentBytes: t.int.orNull,
};

/** A job, and how many queued jobs were asked before it (its place in the queue). */
export const selectJob = sql(
  `SELECT ${JOB_COLUMNS},
          CASE WHEN j.state = 'QUEUED'
               THEN (SELECT count(*)::int FROM job q WHERE q.state = 'QUEUED' AND (q.created_at, q.id) < (j.created_at, j.id)) END AS "queuedBefore"
     FROM job j WHERE j.id = $1`,
  [t.bigint],
  { ...JOB_ROW, queuedBefore: t.int.orNull },
);

/** Whether a job is finished: the slow check behind a wait (its finish is normally announced at once). */
export const selectJobFinished = sql(`${BACKGROUND} SELECT state IN ('DONE','FAILED') AS finished FROM job WHERE id = $1`, [t.bigint], {
  finished: t.bool,
});

export const selectJobContent = sql(`SELECT content FROM job WHERE id = $1 AND state = 'DONE'`, [t.bigint], { content: t.bytea.orNull });

/**
 * Claims the oldest job of these kinds that is waiting, or whose claim ran out (its instance died): one
 * statement, skipping rows another instance is claiming. $4: one job only (a CLI running its own), else NULL.
 */
export const claimJob = sql(
  `${BACKGROUND}
   UPDATE job j SET state = 'RUNNING', claimed_by = $2, lease_until = now() + make_interval(secs => $3), attempts = j.attempts + 1,
          started_at = coalesce(j.started_at, now()), stage = NULL
    WHERE j.id = (SELECT id FROM job w
                   WHERE (w.state = 'QUEUED' OR (w.state = 'RUNNING' AND w.lease_until < now())) AND w.kind = ANY($1)
                     AND ($4::int8 IS NULL OR w.id = $4)
                   ORDER BY w.created_at, w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
   RETURNING j.id::text AS id, j.kind, j.params, j.requested_by AS "requestedBy", j.attempts`,
  [t.textArray, t.text, t.float, t.bigint.orNull],
  { id: t.text, kind: t.text, params: t.jsonb<Record<string, unknown>>(), requestedBy: t.int.orNull, attempts: t.int },
);

/** Jobs whose claim ran out too many times (each attempt's instance died, e.g. out of memory): failed, not retried forever. */
export const failAbandonedJobs = sql(
  `${BACKGROUND}
   UPDATE job SET state = 'FAILED', claimed_by = NULL, lease_until = NULL, finished_at = now(), error_code = $2, error_message = $3
    WHERE state = 'RUNNING' AND lease_until < now() AND attempts >= $1`,
  [t.int, t.text, t.text],
);

/** Renews this instance's claim and records progress; no row: the claim was lost (another instance took the job over). */
export const renewJob = sql(
  `${BACKGROUND}
   UPDATE job SET lease_until = now() + make_interval(secs => $3), progress = $4, stage = $5
    WHERE id = $1 AND claimed_by = $2 AND state = 'RUNNING'`,
  [t.bigint, t.text, t.float, t.int, t.text.orNull],
);

export const completeJob = sql(
  `UPDATE job SET state = 'DONE', progress = 100, stage = NULL, claimed_by = NULL, lease_until = NULL, finished_at = now(),
          file_name = $3, content_type = $4, content = $5, content_sha256 = $6
    WHERE id = $1 AND claimed_by = $2 AND state = 'RUNNING'`,
  [t.bigint, t.text, t.text.orNull, t.text.orNull, t.bytea.orNull, t.text.orNull],
);

export const failJob = sql(
  `UPDATE job SET state = 'FAILED', stage = NULL, claimed_by = NULL, lease_until = NULL, finished_at = now(), error_code = $3, error_message = $4
    WHERE id = $1 AND claimed_by = $2 AND state = 'RUNNING'`,
  [t.bigint, t.text, t.text, t.text],
);

/** An instance stopping cleanly hands its running jobs back to the queue at once (no need to wait for the claim to run out). */
export const releaseJobs = sql(
  `${BACKGROUND}
   UPDATE job SET state = 'QUEUED', claimed_by = NULL, lease_until = NULL, stage = NULL, attempts = attempts - 1
    WHERE claimed_by = $1 AND state = 'RUNNING'`,
  [t.text],
);

export const purgeFinishedJobs = sql(`${BACKGROUND} DELETE FROM job WHERE finished_at < now() - make_interval(secs => $1)`, [t.float]);
