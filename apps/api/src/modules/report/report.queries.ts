import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const insertEdition = sql(
  `INSERT INTO report_edition (year, format, as_of, file_name, content, sha256, finalised_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  [t.int, t.text, t.date, t.text, t.bytea, t.text, t.int],
);

export const selectEditions = sql(
  `SELECT e.year, e.format, e.as_of::text AS "asOf", e.file_name AS "fileName", e.sha256, octet_length(e.content) AS size,
          e.finalised_by AS "finalisedBy", e.finalised_at AS "finalisedAt"
     FROM report_edition e ORDER BY e.year DESC, e.format DESC`,
  [],
  {
    year: t.int,
    format: t.text.of<'pdf' | 'docx'>(),
    asOf: t.text,
    fileName: t.text,
    sha256: t.text,
    size: t.int,
    finalisedBy: t.int,
    finalisedAt: t.timestamptz,
  },
);

export const selectEditionFile = sql(`SELECT file_name AS "fileName", content, sha256 FROM report_edition WHERE year = $1 AND format = $2`, [t.int, t.text], {
  fileName: t.text,
  content: t.bytea,
  sha256: t.text,
});

export const countEditionsOfYear = sql(`SELECT count(*)::int AS editions FROM report_edition WHERE year = $1`, [t.int], { editions: t.int });
