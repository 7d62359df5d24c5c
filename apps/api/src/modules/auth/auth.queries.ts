import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/**
 * Sign-in attempts from one address, then on one e-mail, one at a time until the transaction ends (always in this
 * order, so two attempts never wait on each other crosswise). Two-key advisory locks: their own key space.
 */
export const lockAttemptsFromAddress = sql(`SELECT pg_advisory_xact_lock(1, hashtext($1))::text AS locked`, [t.text], { locked: t.text });
export const lockAttemptsOnEmail = sql(`SELECT pg_advisory_xact_lock(2, hashtext($1))::text AS locked`, [t.text], { locked: t.text });

/**
 * What the throttle weighs (libs/domain login-throttle): failures of this e-mail from this address since its last
 * success, from this address, and on this e-mail, in the window; the ages in seconds; whether the account signed in
 * from this address within the last $4 days.
 */
export const selectAttemptHistory = sql(
  `WITH last_success AS (
     SELECT max(at) AS at FROM login_attempt WHERE email = $1 AND ip = $2 AND succeeded AND at > now() - make_interval(days => $4)
   ), recent AS (
     SELECT email, ip, at FROM login_attempt WHERE NOT succeeded AND at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)
   )
   SELECT count(r.at) FILTER (WHERE r.email = $1 AND r.ip = $2 AND r.at > coalesce(s.at, '-infinity'))::int AS "pairFailures",
          extract(epoch FROM now() - max(r.at) FILTER (WHERE r.email = $1 AND r.ip = $2))::float8 AS "pairLastFailureAge",
          count(r.at) FILTER (WHERE r.ip = $2)::int AS "addressFailures",
          extract(epoch FROM now() - min(r.at) FILTER (WHERE r.ip = $2))::float8 AS "addressOldestFailureAge",
          count(r.at) FILTER (WHERE r.email = $1)::int AS "emailFailures",
          extract(epoch FROM now() - min(r.at) FILTER (WHERE r.email = $1))::float8 AS "emailOldestFailureAge",
          (s.at IS NOT NULL) AS "knownAddress"
     FROM last_success s LEFT JOIN recent r ON true
    GROUP BY s.at`,
  [t.text, t.text, t.float, t.int],
  {
    pairFailures: t.int,
    pairLastFailureAge: t.float.orNull,
    addressFailures: t.int,
    addressOldestFailureAge: t.float.orNull,
    emailFailures: t.int,
    emailOldestFailureAge: t.float.orNull,
    knownAddress: t.bool,
  },
);

/** An attempt counts as failed from the moment it is let through, until its password is found right. */
export const insertFailedAttempt = sql(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`, [t.text, t.text], {
  id: t.bigint,
});
export const markAttemptSucceeded = sql(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [t.bigint]);

/** Housekeeping: attempts older than the retention. */
export const deleteAttemptsBefore = sql(`DELETE FROM login_attempt WHERE at < now() - make_interval(days => $1)`, [t.int]);
