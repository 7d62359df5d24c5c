import { defineLoader } from '../../common/request-loaders';
import { AxisModel } from './axis.model';
import { PillarModel } from './pillar.model';
import { PlanService } from './plan.service';
import { ProjectModel } from './project.model';

export const AXES_BY_PILLAR = defineLoader('axes by pillar id', (service: PlanService, ids: readonly number[]): Promise<AxisModel[][]> =>
  service.axesByPillarIds(ids),
);
export const PROJECTS_BY_AXIS = defineLoader('projects by axis id', (service: PlanService, ids: readonly number[]): Promise<ProjectModel[][]> =>
  service.projectsByAxisIds(ids),
);
export const PILLAR_BY_ID = defineLoader('pillar by id', (service: PlanService, ids: readonly number[]): Promise<(PillarModel | undefined)[]> =>
  service.pillarsByIds(ids),
);
export const AXIS_BY_ID = defineLoader('axis by id', (service: PlanService, ids: readonly number[]): Promise<(AxisModel | undefined)[]> =>
  service.axesByIds(ids),
);
export const PROJECT_BY_ID = defineLoader('project by id', (service: PlanService, ids: readonly number[]): Promise<(ProjectModel | undefined)[]> =>
  service.projectsByIds(ids),
);
