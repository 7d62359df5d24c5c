import { SourceRangeModel } from '../../common/source-range.model';
import { RowOf } from '../../database/sql/sql-types';
import { AxisModel } from './axis.model';
import { PillarModel } from './pillar.model';
import { selectAxesByIds, selectPillars, selectProjectsByIds } from './plan.queries';
import { ProjectModel } from './project.model';

type PillarRow = RowOf<(typeof selectPillars)['row']>;
type AxisRow = RowOf<(typeof selectAxesByIds)['row']>;
type ProjectRow = RowOf<(typeof selectProjectsByIds)['row']>;

export function toPillarModel({ sourceFrom, sourceTo, ...rest }: PillarRow): PillarModel {
  return Object.assign(new PillarModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}

export function toAxisModel({ sourceFrom, sourceTo, ...rest }: AxisRow): AxisModel {
  return Object.assign(new AxisModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}

export function toProjectModel({ sourceFrom, sourceTo, ...rest }: ProjectRow): ProjectModel {
  return Object.assign(new ProjectModel(), rest, { source: SourceRangeModel.of(sourceFrom, sourceTo) });
}
