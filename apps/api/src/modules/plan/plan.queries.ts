import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';
import type { PlanFact } from './plan.model';

const PILLAR_COLUMNS = `id, number, name, annex, source_from AS "sourceFrom", source_to AS "sourceTo"`;
const PILLAR_ROW = { id: t.int, number: t.int, name: t.text, annex: t.text.orNull, sourceFrom: t.int.orNull, sourceTo: t.int.orNull };

const AXIS_COLUMNS = `id, pillar_id AS "pillarId", number, title, summary_title AS "summaryTitle", source_from AS "sourceFrom", source_to AS "sourceTo"`;
const AXIS_ROW = { id: t.int, pillarId: t.int, number: t.int, title: t.text, summaryTitle: t.text.orNull, sourceFrom: t.int.orNull, sourceTo: t.int.orNull };

const PROJECT_COLUMNS = `id, axis_id AS "axisId", ref, code, title, summary_title AS "summaryTitle", in_annex AS "inAnnex", in_summary AS "inSummary",
  flags, notes, source_from AS "sourceFrom", source_to AS "sourceTo"`;
const PROJECT_ROW = {
  id: t.int,
  axisId: t.int,
  ref: t.text,
  code: t.text,
  title: t.text,
  summaryTitle: t.text.orNull,
  inAnnex: t.bool,
  inSummary: t.bool,
  flags: t.textArray,
  notes: t.text.orNull,
  sourceFrom: t.int.orNull,
  sourceTo: t.int.orNull,
};

export const selectPlan = sql(
  `SELECT title, short_title AS "shortTitle", horizon_year AS "horizonYear", source_file AS "sourceFile",
          stated_axis_count AS "statedAxisCount", stated_project_count AS "statedProjectCount", facts,
          (SELECT count(*) FROM pillar)::int AS "pillarCount", (SELECT count(*) FROM axis)::int AS "axisCount",
          (SELECT count(*) FROM project)::int AS "projectCount"
     FROM plan WHERE id = 1`,
  [],
  {
    title: t.text,
    shortTitle: t.text,
    horizonYear: t.int,
    sourceFile: t.text,
    statedAxisCount: t.int.orNull,
    statedProjectCount: t.int.orNull,
    facts: t.jsonb<PlanFact[]>(),
    pillarCount: t.int,
    axisCount: t.int,
    projectCount: t.int,
  },
);

export const selectPillars = sql(`SELECT ${PILLAR_COLUMNS} FROM pillar ORDER BY number`, [], PILLAR_ROW);
export const selectPillarByNumber = sql(`SELECT ${PILLAR_COLUMNS} FROM pillar WHERE number = $1`, [t.int], PILLAR_ROW);
export const selectPillarsByIds = sql(`SELECT ${PILLAR_COLUMNS} FROM pillar WHERE id = ANY($1)`, [t.intArray], PILLAR_ROW);

export const selectAxesByPillarIds = sql(`SELECT ${AXIS_COLUMNS} FROM axis WHERE pillar_id = ANY($1) ORDER BY number`, [t.intArray], AXIS_ROW);
export const selectAxesByIds = sql(`SELECT ${AXIS_COLUMNS} FROM axis WHERE id = ANY($1)`, [t.intArray], AXIS_ROW);

export const selectProjectsByAxisIds = sql(`SELECT ${PROJECT_COLUMNS} FROM project WHERE axis_id = ANY($1) ORDER BY position`, [t.intArray], PROJECT_ROW);
export const selectProjectsByIds = sql(`SELECT ${PROJECT_COLUMNS} FROM project WHERE id = ANY($1)`, [t.intArray], PROJECT_ROW);

/** The seed: the plan's one row. */
export const upsertPlan = sql(
  `INSERT INTO plan (id, title, short_title, horizon_year, source_file, stated_axis_count, stated_project_count, facts)
   VALUES (1, $1, $2, $3, $4, $5, $6, $7)
   ON CONFLICT (id) DO UPDATE SET title = $1, short_title = $2, horizon_year = $3, source_file = $4,
     stated_axis_count = $5, stated_project_count = $6, facts = $7`,
  [t.text, t.text, t.int, t.text, t.int.orNull, t.int.orNull, t.jsonb<PlanFact[]>()],
);

export const upsertPillar = sql(
  `INSERT INTO pillar (number, name, annex, source_from, source_to) VALUES ($1, $2, $3, $4, $5)
   ON CONFLICT (number) DO UPDATE SET name = $2, annex = $3, source_from = $4, source_to = $5 RETURNING id`,
  [t.int, t.text, t.text.orNull, t.int.orNull, t.int.orNull],
  { id: t.int },
);

export const upsertAxis = sql(
  `INSERT INTO axis (pillar_id, number, title, summary_title, source_from, source_to) VALUES ($1, $2, $3, $4, $5, $6)
   ON CONFLICT (pillar_id, number) DO UPDATE SET title = $3, summary_title = $4, source_from = $5, source_to = $6
   RETURNING id`,
  [t.int, t.int, t.text, t.text.orNull, t.int.orNull, t.int.orNull],
  { id: t.int },
);

export const upsertProject = sql(
  `INSERT INTO project (axis_id, ref, code, position, title, summary_title, in_annex, in_summary, flags, notes, source_from, source_to)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
   ON CONFLICT (ref) DO UPDATE SET axis_id = $1, code = $3, position = $4, title = $5, summary_title = $6,
     in_annex = $7, in_summary = $8, flags = $9, notes = $10, source_from = $11, source_to = $12
   RETURNING id`,
  [t.int, t.text, t.text, t.int, t.text, t.text.orNull, t.bool, t.bool, t.textArray, t.text.orNull, t.int.orNull, t.int.orNull],
  { id: t.int },
);
