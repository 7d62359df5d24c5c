import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const insertLoginAttempt = sql(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [t.text, t.text, t.bool]);

/** Failed attempts in the window, for this email and for this address, and when the oldest of them leaves it. */
export const countRecentFailures = sql(
  `SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail",
          count(*) FILTER (WHERE ip = $2)::int AS "byAddress",
          extract(epoch FROM (min(at) + make_interval(mins => $3) - now()))::int AS "retryAfter"
     FROM login_attempt
    WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
  [t.text, t.text, t.int],
  { byEmail: t.int, byAddress: t.int, retryAfter: t.int.orNull },
);
