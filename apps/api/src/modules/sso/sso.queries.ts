import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** A round trip to the identity provider, bound to the browser that started it (the hash of its pnq_sso cookie). */
export const insertSsoFlow = sql(
  `INSERT INTO sso_flow (binding_hash, state, nonce, code_verifier, return_to, expires_at) VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
  [t.text, t.text, t.text, t.text, t.text, t.float],
);

/** Takes the round trip of this browser, once; nothing when unknown, used or expired. */
export const takeSsoFlow = sql(
  `DELETE FROM sso_flow WHERE binding_hash = $1 RETURNING state, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", expires_at > now() AS live`,
  [t.text],
  { state: t.text, nonce: t.text, codeVerifier: t.text, returnTo: t.text, live: t.bool.notNullByStatement },
);

/** Housekeeping: round trips never finished. */
export const deleteExpiredSsoFlows = sql(`DELETE FROM sso_flow WHERE expires_at < now()`, []);
