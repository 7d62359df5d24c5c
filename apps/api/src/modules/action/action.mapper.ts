import { dueDateOf } from '@pnq/domain';
import { SourceRangeModel } from '../../common/source-range.model';
import { ActionEntity } from './action.entity';
import { ActionModel } from './action.model';

export function toActionModel(entity: ActionEntity): ActionModel {
  const deadline = {
    raw: entity.deadlineRaw,
    kind: entity.deadlineKind,
    year: entity.deadlineYear,
    endYear: entity.deadlineEndYear,
    exact: entity.deadlineExact,
  };
  return Object.assign(new ActionModel(), {
    id: entity.id,
    projectId: entity.projectId,
    ref: entity.ref,
    code: entity.code,
    codeAsPrinted: entity.codeAsPrinted,
    title: entity.title,
    subActions: entity.subActions,
    deadline: { ...deadline, dueDate: dueDateOf(deadline) },
    flags: entity.flags,
    notes: entity.notes,
    source: SourceRangeModel.of(entity.sourceFrom, entity.sourceTo),
    version: entity.version,
    weight: entity.weight,
  });
}
