import type { ApiTokenScope } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const COLUMNS = `id, client_id AS "clientId", organisation_id AS "organisationId", name, token_hint AS "hint", scopes, created_by AS "createdBy",
  created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;
const ROW = {
  id: t.int,
  clientId: t.int,
  organisationId: t.int,
  name: t.text,
  hint: t.text,
  scopes: t.textArray.of<ApiTokenScope[]>(),
  createdBy: t.int,
  createdAt: t.timestamptz,
  expiresAt: t.timestamptz,
  revokedAt: t.timestamptz.orNull,
  lastUsedAt: t.timestamptz.orNull,
};

export const insertApiToken = sql(
  `INSERT INTO api_token (client_id, organisation_id, name, token_hash, token_hint, scopes, created_by, expires_at)
   VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING ${COLUMNS}`,
  [t.int, t.int, t.text, t.text, t.text, t.textArray, t.int, t.int],
  ROW,
);

/** Tokens, newest first: of one organisation ($1), or all when null. */
export const selectApiTokens = sql(
  `SELECT ${COLUMNS} FROM api_token WHERE $1::int IS NULL OR organisation_id = $1 ORDER BY created_at DESC, id DESC`,
  [t.int.orNull],
  ROW,
);

export const lockApiToken = sql(`SELECT ${COLUMNS} FROM api_token WHERE id = $1 FOR UPDATE`, [t.int], ROW);
export const revokeApiToken = sql(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`, [t.int], ROW);

/** Live tokens of an organisation (the limit per organisation). */
export const countLiveApiTokens = sql(
  `SELECT count(*)::int AS live FROM api_token WHERE organisation_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
  [t.int],
  { live: t.int },
);

/**
 * The live token of a hash (not revoked, not expired), noting its use: `last_used_at` moves at most every $2 seconds
 * (one write per minute, not per request).
 */
export const useApiToken = sql(
  `WITH live AS (SELECT id, client_id, name, scopes, last_used_at FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()),
   noted AS (UPDATE api_token t SET last_used_at = now() FROM live
              WHERE t.id = live.id AND (live.last_used_at IS NULL OR live.last_used_at < now() - make_interval(secs => $2)) RETURNING t.id)
   SELECT live.id, live.client_id AS "clientId", live.name, live.scopes FROM live`,
  [t.text, t.float],
  { id: t.int, clientId: t.int, name: t.text, scopes: t.textArray.of<ApiTokenScope[]>() },
);

/** An organisation merged into another: its tokens follow (their API-client accounts move with the user module's accounts). */
export const moveApiTokensToOrganisation = sql(`UPDATE api_token SET organisation_id = $2 WHERE organisation_id = $1`, [t.int, t.int]);
