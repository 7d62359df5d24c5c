import { SourceRangeModel } from '../../common/source-range.model';
import { AxisEntity } from './axis.entity';
import { AxisModel } from './axis.model';
import { PillarEntity } from './pillar.entity';
import { PillarModel } from './pillar.model';
import { ProjectEntity } from './project.entity';
import { ProjectModel } from './project.model';

export function toPillarModel(entity: PillarEntity): PillarModel {
  const { sourceFrom, sourceTo, ...rest } = entity;
  return Object.assign(new PillarModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}

export function toAxisModel(entity: AxisEntity): AxisModel {
  const { sourceFrom, sourceTo, ...rest } = entity;
  return Object.assign(new AxisModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}

export function toProjectModel(entity: ProjectEntity): ProjectModel {
  const { sourceFrom, sourceTo, ...rest } = entity;
  return Object.assign(new ProjectModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}
