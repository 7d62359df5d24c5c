import type { Language, Role } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const INVITATION_COLUMNS = `id, email, name, role, organisation_id AS "organisationId", language, invited_by AS "invitedBy",
  created_at AS "createdAt", sent_at AS "sentAt", expires_at AS "expiresAt", expires_at <= now() AS expired`;
const INVITATION_ROW = {
  id: t.int,
  email: t.text,
  name: t.text,
  role: t.text.of<Role>(),
  organisationId: t.int.orNull,
  language: t.text.of<Language>(),
  invitedBy: t.int.orNull,
  createdAt: t.timestamptz,
  sentAt: t.timestamptz,
  expiresAt: t.timestamptz,
  expired: t.bool.notNullByStatement,
};
/** An invitation not yet accepted nor revoked (it may have expired). */
const OPEN = `accepted_at IS NULL AND revoked_at IS NULL`;
const LIFETIME = `make_interval(secs => $2)`;

/** An expired open invitation of this address is revoked before the address is invited again. */
export const revokeExpiredInvitationOf = sql(`UPDATE account_invitation SET revoked_at = now() WHERE email = $1 AND ${OPEN} AND expires_at <= now()`, [t.text]);

/** A new invitation ($2: lifetime in seconds); nothing when an open one exists for the address (the unique index). */
export const insertInvitation = sql(
  `INSERT INTO account_invitation (email, expires_at, name, role, organisation_id, language, token_hash, invited_by)
   VALUES ($1, now() + ${LIFETIME}, $3, $4, $5, $6, $7, $8)
   ON CONFLICT (email) WHERE ${OPEN} DO NOTHING RETURNING ${INVITATION_COLUMNS}`,
  [t.text, t.float, t.text, t.text, t.int.orNull, t.text, t.text, t.int.orNull],
  INVITATION_ROW,
);

export const selectOpenInvitations = sql(
  `SELECT ${INVITATION_COLUMNS} FROM account_invitation WHERE ${OPEN} ORDER BY created_at DESC, id DESC`,
  [],
  INVITATION_ROW,
);

/** Resending gives a new link (only hashes are kept) and a new lifetime; the old link stops working. */
export const renewInvitation = sql(
  `UPDATE account_invitation SET token_hash = $3, sent_at = now(), expires_at = now() + ${LIFETIME} WHERE id = $1 AND ${OPEN} RETURNING ${INVITATION_COLUMNS}`,
  [t.int, t.float, t.text],
  INVITATION_ROW,
);

export const revokeInvitation = sql(
  `UPDATE account_invitation SET revoked_at = now() WHERE id = $1 AND ${OPEN} RETURNING ${INVITATION_COLUMNS}`,
  [t.int],
  INVITATION_ROW,
);

/** The open, unexpired invitation of a link. */
export const selectUsableInvitation = sql(
  `SELECT ${INVITATION_COLUMNS} FROM account_invitation WHERE token_hash = $1 AND ${OPEN} AND expires_at > now()`,
  [t.text],
  INVITATION_ROW,
);

/** Uses a link once: the open, unexpired invitation of this token hash is marked accepted; nothing when there is none. */
export const consumeInvitationByToken = sql(
  `UPDATE account_invitation SET accepted_at = now() WHERE token_hash = $1 AND ${OPEN} AND expires_at > now() RETURNING ${INVITATION_COLUMNS}`,
  [t.text],
  INVITATION_ROW,
);

/** Single sign-on with the address of an open, unexpired invitation accepts it. */
export const consumeInvitationByEmail = sql(
  `UPDATE account_invitation SET accepted_at = now() WHERE email = $1 AND ${OPEN} AND expires_at > now() RETURNING ${INVITATION_COLUMNS}`,
  [t.text],
  INVITATION_ROW,
);

export const setInvitationAccount = sql(`UPDATE account_invitation SET accepted_user_id = $2 WHERE id = $1`, [t.int, t.int]);

/** Reset requests from one address, then for one e-mail, one at a time (their own advisory-lock key spaces). */
export const lockResetsFromAddress = sql(`SELECT pg_advisory_xact_lock(3, hashtext($1))::text AS locked`, [t.text], { locked: t.text });
export const lockResetsForEmail = sql(`SELECT pg_advisory_xact_lock(4, hashtext($1))::text AS locked`, [t.text], { locked: t.text });

/** What the reset throttle weighs: requests for this e-mail and from this address within the window ($3 seconds). */
export const selectResetHistory = sql(
  `SELECT count(*) FILTER (WHERE email = $1)::int AS "emailRequests",
          extract(epoch FROM now() - min(requested_at) FILTER (WHERE email = $1))::float8 AS "emailOldestAge",
          count(*) FILTER (WHERE ip = $2)::int AS "addressRequests",
          extract(epoch FROM now() - min(requested_at) FILTER (WHERE ip = $2))::float8 AS "addressOldestAge"
     FROM password_reset WHERE requested_at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
  [t.text, t.text, t.float],
  { emailRequests: t.int, emailOldestAge: t.float.orNull, addressRequests: t.int, addressOldestAge: t.float.orNull },
);

/** A reset request ($5: lifetime in seconds); user and token are null when no account may sign in with the e-mail. */
export const insertResetRequest = sql(
  `INSERT INTO password_reset (email, ip, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5)) RETURNING expires_at AS "expiresAt"`,
  [t.text, t.text, t.int.orNull, t.text.orNull, t.float],
  { expiresAt: t.timestamptz },
);

/** Uses a reset link once; nothing when it is unknown, used or expired. */
export const consumeResetToken = sql(
  `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id AS "userId"`,
  [t.text],
  { userId: t.int.notNullByStatement },
);

/** Once a password is reset, the account's other links stop working too. */
export const consumeResetsOfUser = sql(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [t.int]);

/** Housekeeping: reset requests and closed invitations older than the retention ($1 days). */
export const deleteResetsBefore = sql(`DELETE FROM password_reset WHERE requested_at < now() - make_interval(days => $1)`, [t.int]);

/** An organisation merged into another: its pending invitations follow. */
export const moveInvitationsToOrganisation = sql(`UPDATE account_invitation SET organisation_id = $2 WHERE organisation_id = $1`, [t.int, t.int]);
