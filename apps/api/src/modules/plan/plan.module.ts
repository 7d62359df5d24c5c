import { Module } from '@nestjs/common';
import { AxisResolver, PillarResolver, PlanResolver, ProjectResolver } from './plan.resolver';
import { PlanService } from './plan.service';

/** Owns plan, pillar, axis, project. */
@Module({
  providers: [PlanService, PlanResolver, PillarResolver, AxisResolver, ProjectResolver],
  exports: [PlanService],
})
export class PlanModule {}
