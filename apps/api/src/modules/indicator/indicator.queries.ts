import type { IndicatorKind, IndicatorTrajectory, NationalValueKind, NationalValueQualifier } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const INDICATOR_COLUMNS = `id, action_id AS "actionId", position, label, kind, ambiguous, unit, baseline::float8 AS baseline,
  baseline_date::text AS "baselineDate", target::float8 AS target, target_year AS "targetYear", trajectory, version, edited_at IS NOT NULL AS edited`;
const INDICATOR_ROW = {
  id: t.int,
  actionId: t.int,
  position: t.int,
  label: t.text,
  kind: t.text.of<IndicatorKind>(),
  ambiguous: t.bool,
  unit: t.text.orNull,
  baseline: t.float.orNull,
  baselineDate: t.text.orNull,
  target: t.float.orNull,
  targetYear: t.int.orNull,
  trajectory: t.text.of<IndicatorTrajectory>(),
  version: t.int,
  edited: t.bool,
};

export const selectIndicatorsByActionIds = sql(
  `SELECT ${INDICATOR_COLUMNS} FROM indicator WHERE action_id = ANY($1) ORDER BY position`,
  [t.intArray],
  INDICATOR_ROW,
);
export const selectAllIndicators = sql(`SELECT ${INDICATOR_COLUMNS} FROM indicator`, [], INDICATOR_ROW);
export const selectIndicatorById = sql(`SELECT ${INDICATOR_COLUMNS} FROM indicator WHERE id = $1`, [t.int], INDICATOR_ROW);
/** Locks the indicator row for the rest of the transaction (concurrent writers queue here). */
export const lockIndicator = sql(`SELECT ${INDICATOR_COLUMNS} FROM indicator WHERE id = $1 FOR UPDATE`, [t.int], INDICATOR_ROW);

export const incrementIndicatorVersion = sql(`UPDATE indicator SET version = version + 1 WHERE id = $1 RETURNING version`, [t.int], { version: t.int });

export const updateIndicatorDefinition = sql(
  `UPDATE indicator SET kind = $2, unit = $3, baseline = $4, baseline_date = $5, target = $6, target_year = $7, trajectory = $8,
          ambiguous = false, edited_at = now(), edited_by = $9 WHERE id = $1`,
  [t.int, t.text, t.text.orNull, t.numeric.orNull, t.date.orNull, t.numeric.orNull, t.int.orNull, t.text, t.int],
);

const VALUE_COLUMNS = `id::text AS id, indicator_id AS "indicatorId", version, date::text AS date, value::float8 AS value, achieved, source, comment,
  evidence_urls AS "evidenceUrls", author_id AS "authorId", entered_at AS "enteredAt"`;
const VALUE_ROW = {
  id: t.text,
  indicatorId: t.int,
  version: t.int,
  date: t.text,
  value: t.float.orNull,
  achieved: t.bool.orNull,
  source: t.text.orNull,
  comment: t.text,
  evidenceUrls: t.textArray,
  authorId: t.int,
  enteredAt: t.timestamptz,
};

export const selectValuesByIndicatorIds = sql(
  `SELECT ${VALUE_COLUMNS} FROM indicator_value v WHERE v.indicator_id = ANY($1) ORDER BY v.date DESC, v.version DESC`,
  [t.intArray],
  VALUE_ROW,
);

/** What evaluation needs of every recorded value (the dashboard's roll-ups). */
export const selectAllValueObservations = sql(
  `SELECT indicator_id AS "indicatorId", date::text AS date, value::float8 AS value, achieved, version FROM indicator_value`,
  [],
  { indicatorId: t.int, date: t.text, value: t.float.orNull, achieved: t.bool.orNull, version: t.int },
);

export const hasRecordedValues = sql(`SELECT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = $1) AS recorded`, [t.int], { recorded: t.bool });

export const insertIndicatorValue = sql(
  `INSERT INTO indicator_value (indicator_id, version, date, value, achieved, source, comment, evidence_urls, author_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
  [t.int, t.int, t.date, t.numeric.orNull, t.bool.orNull, t.text.orNull, t.text, t.textArray, t.int],
);

const NATIONAL_COLUMNS = `id, key, label, label_en AS "labelEn", pillar_number AS "pillarNumber", unit`;
const NATIONAL_ROW = { id: t.int, key: t.text, label: t.text, labelEn: t.text.orNull, pillarNumber: t.int.orNull, unit: t.text };

export const selectNationalIndicators = sql(`SELECT ${NATIONAL_COLUMNS} FROM national_indicator ORDER BY position`, [], NATIONAL_ROW);
export const selectNationalIndicatorByKey = sql(`SELECT ${NATIONAL_COLUMNS} FROM national_indicator WHERE key = $1`, [t.text], NATIONAL_ROW);
export const lockNationalIndicatorByKey = sql(`SELECT id FROM national_indicator WHERE key = $1 FOR UPDATE`, [t.text], { id: t.int });

export const selectNationalValuesByIndicatorIds = sql(
  `SELECT indicator_id AS "indicatorId", date::text AS date, value::float8 AS value, qualifier, kind, source_file AS "sourceFile",
          source_from AS "sourceFrom", source_to AS "sourceTo", quote, note, source_label AS "sourceLabel", entered_at AS "enteredAt"
     FROM national_indicator_value v WHERE v.indicator_id = ANY($1) ORDER BY v.date, v.kind, v.id`,
  [t.intArray],
  {
    indicatorId: t.int,
    date: t.text,
    value: t.float,
    qualifier: t.text.of<NationalValueQualifier>(),
    kind: t.text.of<NationalValueKind>(),
    sourceFile: t.text.orNull,
    sourceFrom: t.int.orNull,
    sourceTo: t.int.orNull,
    quote: t.text.orNull,
    note: t.text.orNull,
    sourceLabel: t.text.orNull,
    enteredAt: t.timestamptz.orNull,
  },
);

/** A figure an admin already added for that date and kind (seeded figures aside). */
export const selectAddedNationalValue = sql(
  `SELECT value::float8 AS value FROM national_indicator_value WHERE indicator_id = $1 AND date = $2 AND kind = $3 AND source_file IS NULL`,
  [t.int, t.date, t.text],
  { value: t.float },
);

export const insertNationalValue = sql(
  `INSERT INTO national_indicator_value (indicator_id, date, value, qualifier, kind, source_label, note, author_id, entered_at)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
  [t.int, t.date, t.numeric, t.text, t.text, t.text, t.text.orNull, t.int],
);

/** The seed: an action's indicator by position. An indicator an admin edited keeps its definition; the printed label follows the seed. */
export const upsertIndicator = sql(
  `INSERT INTO indicator (action_id, position, label, kind, ambiguous, classification_rule, unit, baseline, baseline_date, target, target_year, trajectory)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
   ON CONFLICT (action_id, position) DO UPDATE SET label = $3,
     kind = CASE WHEN indicator.edited_at IS NULL THEN $4 ELSE indicator.kind END,
     ambiguous = CASE WHEN indicator.edited_at IS NULL THEN $5 ELSE indicator.ambiguous END,
     classification_rule = $6,
     unit = CASE WHEN indicator.edited_at IS NULL THEN $7 ELSE indicator.unit END,
     baseline = CASE WHEN indicator.edited_at IS NULL THEN $8 ELSE indicator.baseline END,
     baseline_date = CASE WHEN indicator.edited_at IS NULL THEN $9 ELSE indicator.baseline_date END,
     target = CASE WHEN indicator.edited_at IS NULL THEN $10 ELSE indicator.target END,
     target_year = CASE WHEN indicator.edited_at IS NULL THEN $11 ELSE indicator.target_year END,
     trajectory = CASE WHEN indicator.edited_at IS NULL THEN $12 ELSE indicator.trajectory END`,
  [t.int, t.int, t.text, t.text, t.bool, t.text.orNull, t.text.orNull, t.numeric.orNull, t.date.orNull, t.numeric.orNull, t.int.orNull, t.text],
);

/** Indicators the plan no longer prints go, unless values were recorded against them (nothing recorded is lost). */
export const deleteUnprintedIndicators = sql(
  `DELETE FROM indicator i WHERE i.action_id = $1 AND i.position > $2 AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id)`,
  [t.int, t.int],
);

export const upsertNationalIndicator = sql(
  `INSERT INTO national_indicator (key, label, label_en, pillar_number, unit, position) VALUES ($1, $2, $3, $4, $5, $6)
   ON CONFLICT (key) DO UPDATE SET label = $2, label_en = $3, pillar_number = $4, unit = $5, position = $6 RETURNING id`,
  [t.text, t.text, t.text.orNull, t.int.orNull, t.text, t.int],
  { id: t.int },
);

export const upsertSeedNationalValue = sql(
  `INSERT INTO national_indicator_value (indicator_id, date, value, qualifier, kind, source_file, source_from, source_to, quote, note)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
   ON CONFLICT (indicator_id, date, kind, source_file, source_from)
   DO UPDATE SET value = $3, qualifier = $4, source_to = $8, quote = $9, note = $10`,
  [t.int, t.date, t.numeric, t.text, t.text, t.text.orNull, t.int.orNull, t.int.orNull, t.text.orNull, t.text.orNull],
);

/** Which action an indicator value belongs to and who entered it (a file attached to it). */
export const selectValueEntry = sql(
  `SELECT i.action_id AS "actionId", v.author_id AS "authorId" FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE v.id = $1`,
  [t.bigint],
  { actionId: t.int, authorId: t.int },
);

/** Values dated after $1 and on or before $2, with their indicator (the changes between two dates). */
export const selectValuesDatedBetween = sql(
  `SELECT v.indicator_id AS "indicatorId", i.action_id AS "actionId", i.label, v.date::text AS date, v.value::float8 AS value, v.achieved
     FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
    WHERE v.date > $1 AND v.date <= $2 ORDER BY v.date, v.id`,
  [t.date, t.date],
  { indicatorId: t.int, actionId: t.int, label: t.text, date: t.text, value: t.float.orNull, achieved: t.bool.orNull },
);
