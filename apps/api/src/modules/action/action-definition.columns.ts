import type { DeadlineKind } from '@pnq/domain';
import { RowOf, t } from '../../database/sql/sql-types';

/** An action's own columns as statements select them: this module's, and the snapshot read model's (which reads them with the plan). */
export const ACTION_DEFINITION_COLUMNS = {
  id: t.int,
  projectId: t.int,
  ref: t.text,
  code: t.text,
  codeAsPrinted: t.text.orNull,
  title: t.text,
  subActions: t.textArray,
  deadlineRaw: t.text.orNull,
  deadlineKind: t.text.of<DeadlineKind>(),
  deadlineYear: t.int.orNull,
  deadlineEndYear: t.int.orNull,
  deadlineExact: t.bool,
  flags: t.textArray,
  notes: t.text.orNull,
  sourceFrom: t.int.orNull,
  sourceTo: t.int.orNull,
  version: t.int,
  weight: t.float,
};

export type ActionDefinitionRow = RowOf<typeof ACTION_DEFINITION_COLUMNS>;

/** The select list of those columns, on the `action` table under the alias given. */
export function actionDefinitionSelect(alias: string): string {
  const a = `${alias}.`;
  return `${a}id, ${a}project_id AS "projectId", ${a}ref, ${a}code, ${a}code_as_printed AS "codeAsPrinted", ${a}title, ${a}sub_actions AS "subActions",
  ${a}deadline_raw AS "deadlineRaw", ${a}deadline_kind AS "deadlineKind", ${a}deadline_year AS "deadlineYear", ${a}deadline_end_year AS "deadlineEndYear",
  ${a}deadline_exact AS "deadlineExact", ${a}flags, ${a}notes, ${a}source_from AS "sourceFrom", ${a}source_to AS "sourceTo", ${a}version, ${a}weight::float8 AS weight`;
}
