import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** One instance at a time (transaction-scoped advisory lock); the other skips. */
export const tryLockHousekeeping = sql(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [t.text], { locked: t.bool });

/** Claims this period's run of a job: a row comes back only when the last run is at least $2 minutes old (or there was none). */
export const claimHousekeepingRun = sql(
  `INSERT INTO housekeeping_run (job, last_run_at) VALUES ($1, now())
   ON CONFLICT (job) DO UPDATE SET last_run_at = now() WHERE housekeeping_run.last_run_at <= now() - make_interval(mins => $2)
   RETURNING job`,
  [t.text, t.int],
  { job: t.text },
);
