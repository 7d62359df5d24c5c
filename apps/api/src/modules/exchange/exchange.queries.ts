import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** A dry run the server ran: who, which organisation's template, which file. */
export const insertDryRun = sql(`INSERT INTO import_dry_run (user_id, organisation_id, file_hash) VALUES ($1, $2, $3)`, [t.int, t.int, t.text]);

/** Dry runs past their lifetime (used or not) are of no use: an apply would refuse them anyway. */
export const deleteExpiredDryRuns = sql(`DELETE FROM import_dry_run WHERE created_at < now() - make_interval(mins => $1)`, [t.int]);

/** The latest dry run of this file by this person, and whether it is used or expired (to say why an apply is refused). */
export const selectLatestDryRun = sql(
  `SELECT consumed_at IS NOT NULL AS "consumed", created_at < now() - make_interval(mins => $3) AS "expired"
     FROM import_dry_run
    WHERE user_id = $1 AND file_hash = $2
    ORDER BY created_at DESC
    LIMIT 1`,
  [t.int, t.text, t.int],
  { consumed: t.bool, expired: t.bool },
);

/**
 * Uses the pending dry runs of this file by this person for this organisation, inside the apply's transaction: the
 * rows stay locked until it ends, so of two applies at once the second finds them used (or free again if the first
 * rolled back). Returns the rows it used: none means no valid dry run.
 */
export const consumeDryRuns = sql(
  `UPDATE import_dry_run SET consumed_at = now()
    WHERE user_id = $1 AND organisation_id = $2 AND file_hash = $3 AND consumed_at IS NULL AND created_at >= now() - make_interval(mins => $4)
   RETURNING id`,
  [t.int, t.int, t.text, t.int],
  { id: t.bigint },
);
