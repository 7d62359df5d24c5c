import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';
import type { EvidenceStorageKind } from './evidence-storage';

/** One organisation's uploads one at a time (key space 20, the organisation id; 0 for the secretariat), so two cannot both fit the quota's last bytes. */
export const lockOrganisationUploads = sql(`SELECT pg_advisory_xact_lock(20, $1)::text AS locked`, [t.int], { locked: t.text });

/** What an organisation's files add up to (withdrawn ones included: they are kept); null: the secretariat's. */
export const selectStoredBytes = sql(
  `SELECT COALESCE(sum(size_bytes), 0)::float8 AS bytes FROM evidence_file WHERE organisation_id IS NOT DISTINCT FROM $1`,
  [t.int.orNull],
  { bytes: t.float },
);

export const insertEvidenceFile = sql(
  `INSERT INTO evidence_file (action_id, organisation_id, author_id, name, mime, size_bytes, sha256, storage, storage_key, status_update_id, comment_id, indicator_value_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id::int AS id`,
  [t.int, t.int.orNull, t.int, t.text, t.text, t.bigint, t.text, t.text.of<EvidenceStorageKind>(), t.text, t.bigint.orNull, t.bigint.orNull, t.bigint.orNull],
  { id: t.int },
);

const FILE_COLUMNS = `f.id::int AS id, f.action_id AS "actionId", f.organisation_id AS "organisationId", f.author_id AS "authorId", f.name, f.mime,
          f.size_bytes::float8 AS "sizeBytes", f.sha256, f.storage, f.storage_key AS "storageKey", f.entered_at AS "enteredAt",
          f.status_update_id::text AS "statusUpdateId", f.comment_id::text AS "commentId", f.indicator_value_id::text AS "indicatorValueId",
          w.reason AS "withdrawalReason", w.withdrawn_by AS "withdrawnBy", w.withdrawn_at AS "withdrawnAt"`;
const FILE_ROW = {
  id: t.int,
  actionId: t.int,
  organisationId: t.int.orNull,
  authorId: t.int,
  name: t.text,
  mime: t.text,
  sizeBytes: t.float,
  sha256: t.text,
  storage: t.text.of<EvidenceStorageKind>(),
  storageKey: t.text,
  enteredAt: t.timestamptz,
  statusUpdateId: t.text.orNull,
  commentId: t.text.orNull,
  indicatorValueId: t.text.orNull,
  withdrawalReason: t.text.orNull,
  withdrawnBy: t.int.orNull,
  withdrawnAt: t.timestamptz.orNull,
};

export const selectEvidenceFile = sql(
  `SELECT ${FILE_COLUMNS} FROM evidence_file f LEFT JOIN evidence_file_withdrawal w ON w.file_id = f.id WHERE f.id = $1::int`,
  [t.int],
  FILE_ROW,
);

/** The same, its row locked (a withdrawal). */
export const lockEvidenceFile = sql(`SELECT id::int AS id FROM evidence_file WHERE id = $1::int FOR UPDATE`, [t.int], { id: t.int });

export const selectEvidenceFilesOfActions = sql(
  `SELECT ${FILE_COLUMNS} FROM evidence_file f LEFT JOIN evidence_file_withdrawal w ON w.file_id = f.id
    WHERE f.action_id = ANY($1) ORDER BY f.entered_at, f.id`,
  [t.intArray],
  FILE_ROW,
);

export const insertWithdrawal = sql(
  `INSERT INTO evidence_file_withdrawal (file_id, reason, withdrawn_by) VALUES ($1::int, $2, $3) ON CONFLICT (file_id) DO NOTHING`,
  [t.int, t.text, t.int],
);

/** How many files each action had on a date: entered by the end of that day in Casablanca, not withdrawn by then (the meeting pack). */
export const selectFileCountsAsOf = sql(
  `SELECT f.action_id AS "actionId", count(*)::int AS files
     FROM evidence_file f LEFT JOIN evidence_file_withdrawal w ON w.file_id = f.id
    WHERE f.action_id = ANY($1) AND (f.entered_at AT TIME ZONE 'Africa/Casablanca')::date <= $2
      AND (w.withdrawn_at IS NULL OR (w.withdrawn_at AT TIME ZONE 'Africa/Casablanca')::date > $2)
    GROUP BY f.action_id`,
  [t.intArray, t.date],
  { actionId: t.int, files: t.int.notNullByStatement },
);

/** Evidence files of a merged organisation become the kept one's (its quota counts them). */
export const moveFilesToOrganisation = sql(`UPDATE evidence_file SET organisation_id = $2 WHERE organisation_id = $1`, [t.int, t.int]);

// The contents kept in PostgreSQL (PostgresEvidenceStorage): one piece per statement, never the whole file.
export const insertChunk = sql(`INSERT INTO evidence_file_chunk (storage_key, n, bytes) VALUES ($1, $2, $3)`, [t.text, t.int, t.bytea]);

export const selectChunk = sql(`SELECT bytes FROM evidence_file_chunk WHERE storage_key = $1 AND n = $2`, [t.text, t.int], { bytes: t.bytea });
