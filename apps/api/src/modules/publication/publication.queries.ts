import type { PublicCriterion } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const SNAPSHOT_COLUMNS = `s.number, s.as_of::text AS "asOf", s.published_at AS "publishedAt", s.file_count AS "fileCount",
  s.total_bytes::float8 AS "totalBytes", s.generation_ms AS "generationMs", e.number AS "editionNumber"`;
const SNAPSHOT_ROW = {
  number: t.int,
  asOf: t.text,
  publishedAt: t.timestamptz,
  fileCount: t.int,
  totalBytes: t.float,
  generationMs: t.int,
  editionNumber: t.int.orNull,
};

export const selectSnapshots = sql(
  `SELECT ${SNAPSHOT_COLUMNS} FROM public_snapshot s LEFT JOIN quality_edition e ON e.snapshot_number = s.number ORDER BY s.number DESC`,
  [],
  SNAPSHOT_ROW,
);

export const selectLatestNumber = sql(`SELECT max(number) AS number FROM public_snapshot`, [], { number: t.int.orNull });

/** Serialises publications: the second of two waits, then sees the first's number. */
export const lockPublication = sql(`SELECT pg_advisory_xact_lock(hashtext('pnq.public_snapshot'))::text AS locked`, [], { locked: t.text });

export const insertSnapshot = sql(
  `INSERT INTO public_snapshot (number, as_of, published_by, file_count, total_bytes, generation_ms, manifest_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  [t.int, t.date, t.int, t.int, t.bigint, t.int, t.text],
);

export const insertFile = sql(`INSERT INTO public_file (snapshot_number, path, content_type, bytes, sha256, gzipped) VALUES ($1, $2, $3, $4, $5, $6)`, [
  t.int,
  t.text,
  t.text,
  t.int,
  t.text,
  t.bytea,
]);

export const selectFileList = sql(
  `SELECT path, content_type AS "contentType", bytes, sha256 FROM public_file WHERE snapshot_number = $1 ORDER BY path`,
  [t.int],
  { path: t.text, contentType: t.text, bytes: t.int, sha256: t.text },
);

export const selectFileContents = sql(
  `SELECT path, gzipped FROM public_file WHERE snapshot_number = $1 AND path = ANY($2) ORDER BY path`,
  [t.int, t.textArray],
  { path: t.text, gzipped: t.bytea },
);

export const selectCriteria = sql(`SELECT key, label, description, figure_keys AS "figureKeys", version FROM quality_criterion ORDER BY position, key`, [], {
  key: t.text,
  label: t.text,
  description: t.text,
  figureKeys: t.textArray,
  version: t.int,
});

export const lockCriterion = sql(`SELECT version FROM quality_criterion WHERE key = $1 FOR UPDATE`, [t.text], { version: t.int });

export const insertCriterion = sql(
  `INSERT INTO quality_criterion (key, position, label, description, figure_keys, recorded_by)
   VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM quality_criterion), $2, $3, $4, $5)`,
  [t.text, t.text, t.text, t.textArray, t.int],
);

export const updateCriterion = sql(
  `UPDATE quality_criterion SET label = $2, description = $3, figure_keys = $4, recorded_by = $5, recorded_at = now(), version = version + 1
    WHERE key = $1 RETURNING version`,
  [t.text, t.text, t.text, t.textArray, t.int],
  { version: t.int },
);

export const selectEditions = sql(
  `SELECT number, snapshot_number AS "snapshotNumber", period_start::text AS "periodStart", period_end::text AS "periodEnd",
          published_on::text AS "publishedOn", sources, method, criteria
     FROM quality_edition ORDER BY number`,
  [],
  {
    number: t.int,
    snapshotNumber: t.int,
    periodStart: t.text,
    periodEnd: t.text,
    publishedOn: t.text,
    sources: t.text,
    method: t.text,
    criteria: t.jsonb<PublicCriterion[]>(),
  },
);

export const insertEdition = sql(
  `INSERT INTO quality_edition (number, snapshot_number, period_start, period_end, published_on, sources, method, criteria)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  [t.int, t.int, t.date, t.date, t.date, t.text, t.text, t.jsonb<PublicCriterion[]>()],
);
