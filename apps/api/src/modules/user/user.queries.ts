import type { Language, Role } from '@pnq/domain';
import type { SessionMethod } from './session-method';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const COLUMNS = `id, email, name, role, organisation_id AS "organisationId", active, language, mail_opt_out AS "mailOptOut"`;
const ROW = {
  id: t.int,
  email: t.text,
  name: t.text,
  role: t.text.of<Role>(),
  organisationId: t.int.orNull,
  active: t.bool,
  language: t.text.of<Language>(),
  mailOptOut: t.bool,
};
/** Same columns from `u` in a join. */
const U_COLUMNS = `u.id, u.email, u.name, u.role, u.organisation_id AS "organisationId", u.active, u.language, u.mail_opt_out AS "mailOptOut"`;

/** People's accounts (API-client accounts are listed with their tokens). */
export const selectUsers = sql(`SELECT ${COLUMNS} FROM app_user WHERE kind = 'PERSON' ORDER BY role, email`, [], ROW);
export const selectUsersByIds = sql(`SELECT ${COLUMNS} FROM app_user WHERE id = ANY($1)`, [t.intArray], ROW);
export const selectActiveUsers = sql(`SELECT ${COLUMNS} FROM app_user WHERE active AND kind = 'PERSON' ORDER BY id`, [], ROW);
export const selectUserIdByEmail = sql(`SELECT id FROM app_user WHERE email = $1`, [t.text], { id: t.int });
export const lockUserByEmail = sql(`SELECT ${COLUMNS} FROM app_user WHERE email = $1 FOR UPDATE`, [t.text], ROW);
export const lockUserById = sql(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 FOR UPDATE`, [t.int], ROW);
export const countActiveAdmins = sql(`SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN' AND active`, [], { admins: t.int });

/** A person's account that may sign in ($1 e-mail): active, and not a demo account unless demo accounts are usable ($2). */
const MAY_SIGN_IN = `email = $1 AND active AND kind = 'PERSON' AND (NOT is_demo OR $2)`;

/** The password hash of an account that may sign in with a password (it has one). */
export const selectPasswordHash = sql(
  `SELECT id, password_hash AS "passwordHash" FROM app_user WHERE ${MAY_SIGN_IN} AND password_hash IS NOT NULL`,
  [t.text, t.bool],
  { id: t.int, passwordHash: t.text.notNullByStatement },
);

/** An account that may sign in (single sign-on, a password reset), by e-mail. */
export const selectSignInAccount = sql(`SELECT ${COLUMNS} FROM app_user WHERE ${MAY_SIGN_IN}`, [t.text, t.bool], ROW);

/** The password hash of an account by id (a password change checks the current one); null: it has none. */
export const selectPasswordHashById = sql(`SELECT password_hash AS "passwordHash" FROM app_user WHERE id = $1`, [t.int], { passwordHash: t.text.orNull });

/** A person's account, made when an invitation is accepted ($6: null when they sign in through single sign-on only). */
export const insertPerson = sql(
  `INSERT INTO app_user (email, name, role, organisation_id, language, password_hash, password_changed_at)
   VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END)
   ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
  [t.text, t.text, t.text, t.int.orNull, t.text, t.text.orNull],
  ROW,
);

/** The account an API token acts as: an editor of its organisation, with no password and an address that cannot receive mail. */
export const insertApiClient = sql(
  `INSERT INTO app_user (email, name, role, organisation_id, kind) VALUES ($1, $2, 'EDITOR', $3, 'API_CLIENT') RETURNING id`,
  [t.text, t.text, t.int],
  { id: t.int },
);
export const deactivateApiClient = sql(`UPDATE app_user SET active = false WHERE id = $1 AND kind = 'API_CLIENT'`, [t.int]);

/** A new password; every session of the account but $3 (the one that changed it, if any) ends. */
export const updatePassword = sql(`UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [t.int, t.text]);
export const revokeOtherSessionsOfUser = sql(
  `UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND token_hash IS DISTINCT FROM $2`,
  [t.int, t.text.orNull],
);

export const updateUser = sql(
  `UPDATE app_user SET name = $2, role = $3, organisation_id = $4, active = $5, language = $6 WHERE id = $1 RETURNING ${COLUMNS}`,
  [t.int, t.text, t.text, t.int.orNull, t.bool, t.text],
  ROW,
);

export const updatePreferences = sql(`UPDATE app_user SET language = $2, mail_opt_out = $3 WHERE id = $1 RETURNING ${COLUMNS}`, [t.int, t.text, t.bool], ROW);

export const moveUsersToOrganisation = sql(`UPDATE app_user SET organisation_id = $2 WHERE organisation_id = $1`, [t.int, t.int]);

/** Active editors per organisation (the follow-up of a call for updates). */
export const countActiveEditorsByOrganisation = sql(
  `SELECT organisation_id AS "organisationId", count(*)::int AS editors FROM app_user
    WHERE role = 'EDITOR' AND active AND kind = 'PERSON' AND organisation_id IS NOT NULL GROUP BY organisation_id`,
  [],
  { organisationId: t.int.notNullByStatement, editors: t.int },
);

/** The first admin from the environment, unless the address is taken. */
export const insertFirstAdmin = sql(
  `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Secrétariat du CSNCA', 'ADMIN', $2) ON CONFLICT (email) DO NOTHING RETURNING id`,
  [t.text, t.text],
  { id: t.int },
);

/** Active admins who are real people (not demo accounts). */
export const countActiveRealAdmins = sql(`SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN' AND active AND NOT is_demo`, [], { admins: t.int });

/** Demo accounts: created once, never overwritten (a changed name or password stays). */
export const insertDemoAccounts = sql(
  `INSERT INTO app_user (email, name, role, organisation_id, password_hash, is_demo)
   SELECT email, name, role, organisation_id, $5, true FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS d(email, name, role, organisation_id)
   ON CONFLICT (email) DO NOTHING RETURNING email`,
  [t.textArray, t.textArray, t.textArray, t.intOrNullArray, t.text],
  { email: t.text },
);

/** Production: every demo account off, and the sessions of every demo account ended. */
export const deactivateDemoAccounts = sql(`UPDATE app_user SET active = false WHERE is_demo AND active RETURNING email`, [], { email: t.text });
export const revokeDemoSessions = sql(
  `UPDATE user_session s SET revoked_at = now() FROM app_user u WHERE u.id = s.user_id AND u.is_demo AND s.revoked_at IS NULL AND s.expires_at > now()`,
  [],
);

const SESSION_CLOCK = `make_interval(secs => $2)`;
/** A new session ($2: idle seconds; $4: the browser's user agent; $5: how the person signed in) and who it belongs to. */
export const insertSession = sql(
  `WITH s AS (INSERT INTO user_session (token_hash, user_id, expires_at, user_agent, method) VALUES ($1, $3, now() + ${SESSION_CLOCK}, $4, $5)
     RETURNING user_id, expires_at)
   SELECT ${U_COLUMNS}, s.expires_at AS "expiresAt" FROM s JOIN app_user u ON u.id = s.user_id`,
  [t.text, t.float, t.int, t.text.orNull, t.text],
  { ...ROW, expiresAt: t.timestamptz },
);

/** A user keeps at most $2 live sessions: older ones beyond are deleted (a flood of sign-ins cannot grow the table). */
export const deleteSessionsBeyond = sql(
  `DELETE FROM user_session WHERE token_hash IN (
     SELECT token_hash FROM user_session WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC, token_hash OFFSET $2::int)`,
  [t.int, t.int],
);

/**
 * The active user behind a live session ($1 token hash), in one statement per request: not revoked, not past its
 * sliding expiry nor its absolute lifetime ($3 seconds after sign-in), the account active and usable ($5: demo
 * accounts allowed). When last seen more than $4 seconds ago, the expiry slides to $2 seconds from now (never past
 * the absolute lifetime) and `renewed` says the cookie should be sent again.
 */
export const touchSession = sql(
  `WITH live AS (
     SELECT s.token_hash, s.last_seen_at, s.expires_at, s.created_at, ${U_COLUMNS}
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.created_at > now() - make_interval(secs => $3)
        AND u.active AND (NOT u.is_demo OR $5)
   ), slid AS (
     UPDATE user_session s
        SET last_seen_at = now(), expires_at = least(greatest(s.expires_at, now() + ${SESSION_CLOCK}), s.created_at + make_interval(secs => $3))
       FROM live WHERE s.token_hash = live.token_hash AND live.last_seen_at < now() - make_interval(secs => $4)
     RETURNING s.expires_at
   )
   SELECT live.id, live.email, live.name, live.role, live."organisationId", live.active, live.language, live."mailOptOut",
          coalesce((SELECT expires_at FROM slid), live.expires_at) AS "expiresAt", EXISTS (SELECT 1 FROM slid) AS renewed
     FROM live`,
  [t.text, t.float, t.float, t.float, t.bool],
  { ...ROW, expiresAt: t.timestamptz.notNullByStatement, renewed: t.bool.notNullByStatement },
);

/** The live sessions of an account ($2: the absolute lifetime in seconds), newest first; `current` is the one of token hash $3. */
export const selectLiveSessionsOfUser = sql(
  `SELECT id::text AS id, created_at AS "createdAt", last_seen_at AS "lastSeenAt",
          least(expires_at, created_at + make_interval(secs => $2)) AS "expiresAt", user_agent AS "userAgent", method,
          token_hash = $3 AS current
     FROM user_session
    WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND created_at > now() - make_interval(secs => $2)
    ORDER BY created_at DESC, user_session.id DESC`,
  [t.int, t.float, t.text.orNull],
  {
    id: t.text,
    createdAt: t.timestamptz,
    lastSeenAt: t.timestamptz,
    expiresAt: t.timestamptz.notNullByStatement,
    userAgent: t.text.orNull,
    method: t.text.of<SessionMethod>(),
    current: t.bool.notNullByStatement,
  },
);

/** Ends one live session of an account by its id; returns whether it was the one of token hash $3. */
export const revokeSessionOfUser = sql(
  `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()
   RETURNING token_hash = $3 AS current`,
  [t.bigint, t.int, t.text.orNull],
  { current: t.bool.notNullByStatement },
);

export const revokeSession = sql(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [t.text]);
export const revokeSessionsOfUser = sql(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [t.int]);

/** Housekeeping: sessions that ended (expired or revoked) more than $1 days ago. */
export const deleteSessionsEndedBefore = sql(`DELETE FROM user_session WHERE least(expires_at, revoked_at) < now() - make_interval(days => $1)`, [t.int]);
