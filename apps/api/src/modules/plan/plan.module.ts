import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AxisEntity } from './axis.entity';
import { PillarEntity } from './pillar.entity';
import { PlanEntity } from './plan.entity';
import { ProjectEntity } from './project.entity';
import { AxisResolver, PillarResolver, PlanResolver, ProjectResolver } from './plan.resolver';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature([PlanEntity, PillarEntity, AxisEntity, ProjectEntity])],
  providers: [PlanService, PlanResolver, PillarResolver, AxisResolver, ProjectResolver],
  exports: [PlanService],
})
export class PlanModule {}
