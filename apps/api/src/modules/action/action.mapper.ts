import { dueDateOf } from '@pnq/domain';
import { SourceRangeModel } from '../../common/source-range.model';
import { ActionDefinitionRow } from './action-definition.columns';
import { ActionModel } from './action.model';

export function toActionModel(row: ActionDefinitionRow): ActionModel {
  const deadline = { raw: row.deadlineRaw, kind: row.deadlineKind, year: row.deadlineYear, endYear: row.deadlineEndYear, exact: row.deadlineExact };
  return Object.assign(new ActionModel(), {
    id: row.id,
    projectId: row.projectId,
    ref: row.ref,
    code: row.code,
    codeAsPrinted: row.codeAsPrinted,
    title: row.title,
    subActions: row.subActions,
    deadline: { ...deadline, dueDate: dueDateOf(deadline) },
    flags: row.flags,
    notes: row.notes,
    source: SourceRangeModel.of(row.sourceFrom, row.sourceTo),
    version: row.version,
    weight: row.weight,
  });
}
