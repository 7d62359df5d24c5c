import type { Language, Role } from '@pnq/domain';
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

export const selectUsers = sql(`SELECT ${COLUMNS} FROM app_user ORDER BY role, email`, [], ROW);
export const selectUsersByIds = sql(`SELECT ${COLUMNS} FROM app_user WHERE id = ANY($1)`, [t.intArray], ROW);
export const selectActiveUsers = sql(`SELECT ${COLUMNS} FROM app_user WHERE active ORDER BY id`, [], ROW);
export const selectUserIdByEmail = sql(`SELECT id FROM app_user WHERE email = $1`, [t.text], { id: t.int });
export const lockUserByEmail = sql(`SELECT ${COLUMNS} FROM app_user WHERE email = $1 FOR UPDATE`, [t.text], ROW);
export const lockUserById = sql(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 FOR UPDATE`, [t.int], ROW);
export const countActiveAdmins = sql(`SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN' AND active`, [], { admins: t.int });

export const selectPasswordHash = sql(`SELECT id, password_hash AS "passwordHash" FROM app_user WHERE email = $1 AND active`, [t.text], {
  id: t.int,
  passwordHash: t.text,
});

export const insertUser = sql(
  `INSERT INTO app_user (email, name, role, organisation_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
  [t.text, t.text, t.text, t.int.orNull, t.text],
  ROW,
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
    WHERE role = 'EDITOR' AND active AND organisation_id IS NOT NULL GROUP BY organisation_id`,
  [],
  { organisationId: t.int.notNullByStatement, editors: t.int },
);

/** The first admin from the environment, unless the address is taken. */
export const insertFirstAdmin = sql(
  `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Secrétariat du CSNCA', 'ADMIN', $2) ON CONFLICT (email) DO NOTHING`,
  [t.text, t.text],
);

/** Demo accounts: created once, never overwritten (a changed name or password stays). */
export const insertDemoAccounts = sql(
  `INSERT INTO app_user (email, name, role, organisation_id, password_hash, is_demo)
   SELECT email, name, role, organisation_id, $5, true FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS d(email, name, role, organisation_id)
   ON CONFLICT (email) DO NOTHING RETURNING email`,
  [t.textArray, t.textArray, t.textArray, t.intOrNullArray, t.text],
  { email: t.text },
);

export const insertSession = sql(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [t.text, t.int, t.timestamptz]);

/** The active user behind a live session, sliding its expiry: one statement per request. */
export const touchSession = sql(
  `UPDATE user_session s SET last_seen_at = now(), expires_at = greatest(s.expires_at, now() + make_interval(secs => $2))
     FROM app_user u
    WHERE s.token_hash = $1 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
    RETURNING ${U_COLUMNS}`,
  [t.text, t.float],
  ROW,
);

export const revokeSession = sql(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [t.text]);
export const revokeSessionsOfUser = sql(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [t.int]);
