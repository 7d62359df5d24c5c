import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
import { AXES_BY_PILLAR, AXIS_BY_ID, PILLAR_BY_ID, PROJECTS_BY_AXIS } from './plan.loaders';
import { AxisModel } from './axis.model';
import { PillarModel } from './pillar.model';
import { PlanModel } from './plan.model';
import { PlanService } from './plan.service';
import { ProjectModel } from './project.model';

@Resolver(() => PlanModel)
export class PlanResolver {
  constructor(private readonly planService: PlanService) {}

  @Query(() => PlanModel, { description: 'The plan followed by this installation, with its counts.' })
  plan(): Promise<PlanModel> {
    return this.planService.getPlan();
  }

  @Query(() => [PillarModel], { description: 'The five pillars, in document order.' })
  pillars(): Promise<PillarModel[]> {
    return this.planService.listPillars();
  }

  @Query(() => PillarModel, { nullable: true })
  pillar(@Args('number', { type: () => Int }) number: number): Promise<PillarModel | null> {
    return this.planService.findPillar(number);
  }
}

@Resolver(() => PillarModel)
export class PillarResolver {
  constructor(private readonly planService: PlanService) {}

  @ResolveField(() => [AxisModel])
  axes(@Parent() pillar: PillarModel, @Context() context: GraphqlContext): Promise<AxisModel[]> {
    return context.loaders.for(AXES_BY_PILLAR, this.planService).load(pillar.id);
  }
}

@Resolver(() => AxisModel)
export class AxisResolver {
  constructor(private readonly planService: PlanService) {}

  @ResolveField(() => PillarModel)
  pillar(@Parent() axis: AxisModel, @Context() context: GraphqlContext) {
    return context.loaders.for(PILLAR_BY_ID, this.planService).load(axis.pillarId);
  }

  @ResolveField(() => [ProjectModel])
  projects(@Parent() axis: AxisModel, @Context() context: GraphqlContext): Promise<ProjectModel[]> {
    return context.loaders.for(PROJECTS_BY_AXIS, this.planService).load(axis.id);
  }
}

@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(private readonly planService: PlanService) {}

  @ResolveField(() => AxisModel)
  axis(@Parent() project: ProjectModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AXIS_BY_ID, this.planService).load(project.axisId);
  }
}
