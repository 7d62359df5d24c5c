import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
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
    return context.loaders
      .get<number, AxisModel[]>('axesByPillar', (ids) => this.planService.axesByPillarIds(ids))
      .load(pillar.id);
  }
}

@Resolver(() => AxisModel)
export class AxisResolver {
  constructor(private readonly planService: PlanService) {}

  @ResolveField(() => PillarModel)
  pillar(@Parent() axis: AxisModel, @Context() context: GraphqlContext) {
    return context.loaders.get<number, PillarModel | undefined>('pillarById', (ids) => this.planService.pillarsByIds(ids)).load(axis.pillarId);
  }

  @ResolveField(() => [ProjectModel])
  projects(@Parent() axis: AxisModel, @Context() context: GraphqlContext): Promise<ProjectModel[]> {
    return context.loaders
      .get<number, ProjectModel[]>('projectsByAxis', (ids) => this.planService.projectsByAxisIds(ids))
      .load(axis.id);
  }
}

@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(private readonly planService: PlanService) {}

  @ResolveField(() => AxisModel)
  axis(@Parent() project: ProjectModel, @Context() context: GraphqlContext) {
    return context.loaders.get<number, AxisModel | undefined>('axisById', (ids) => this.planService.axesByIds(ids)).load(project.axisId);
  }
}
