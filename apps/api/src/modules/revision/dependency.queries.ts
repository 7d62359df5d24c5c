import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const DEPENDENCY_ROW = {
  dependentId: t.int,
  predecessorId: t.int,
  sourceLine: t.int.orNull,
  sourceText: t.text.orNull,
  note: t.text.orNull,
  createdBy: t.int.orNull,
  createdAt: t.timestamptz,
};
const DEPENDENCY_COLUMNS = `dependent_id AS "dependentId", predecessor_id AS "predecessorId", source_line AS "sourceLine", source_text AS "sourceText",
  note, created_by AS "createdBy", created_at AS "createdAt"`;

/** Every link of the plan (cycle checks look at them all). */
export const selectAllDependencies = sql(`SELECT ${DEPENDENCY_COLUMNS} FROM action_dependency`, [], DEPENDENCY_ROW);

/** The links of these actions, as dependents ($1) or as predecessors ($2). */
export const selectDependenciesOf = sql(
  `SELECT ${DEPENDENCY_COLUMNS} FROM action_dependency WHERE dependent_id = ANY($1) OR predecessor_id = ANY($2) ORDER BY dependent_id, predecessor_id`,
  [t.intArray, t.intArray],
  DEPENDENCY_ROW,
);

/** Serialises changes to the links (a cycle check and its insert must see the same graph). */
export const lockDependencies = sql(`SELECT pg_advisory_xact_lock(5, hashtext('pnq:action-dependency'))::text AS locked`, [], { locked: t.text });

export const insertDependency = sql(
  `INSERT INTO action_dependency (dependent_id, predecessor_id, source_line, source_text, note, created_by) VALUES ($1, $2, $3, $4, $5, $6)
   ON CONFLICT (dependent_id, predecessor_id) DO NOTHING RETURNING dependent_id AS "dependentId"`,
  [t.int, t.int, t.int.orNull, t.text.orNull, t.text.orNull, t.int.orNull],
  { dependentId: t.int },
);

/** The seed: a link the plan's text prints, kept up to date with its line. */
export const upsertSeedDependency = sql(
  `INSERT INTO action_dependency (dependent_id, predecessor_id, source_line, source_text) VALUES ($1, $2, $3, $4)
   ON CONFLICT (dependent_id, predecessor_id) DO UPDATE SET source_line = $3, source_text = $4`,
  [t.int, t.int, t.int, t.text],
);

export const deleteDependency = sql(
  `DELETE FROM action_dependency WHERE dependent_id = $1 AND predecessor_id = $2 RETURNING dependent_id AS "dependentId"`,
  [t.int, t.int],
  { dependentId: t.int },
);
