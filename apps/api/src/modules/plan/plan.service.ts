import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKeys } from '../../common/request-loaders';
import { SourceRangeModel } from '../../common/source-range.model';
import { AxisEntity } from './axis.entity';
import { AxisModel } from './axis.model';
import { PillarEntity } from './pillar.entity';
import { PillarModel } from './pillar.model';
import { PlanEntity } from './plan.entity';
import { PlanModel } from './plan.model';
import { ProjectEntity } from './project.entity';
import { ProjectModel } from './project.model';
import { toAxisModel, toPillarModel, toProjectModel } from './plan.mapper';
import { PlanNotLoadedError } from './plan.errors';

@Injectable()
export class PlanService {
  constructor(
    @InjectRepository(PlanEntity) private readonly plans: Repository<PlanEntity>,
    @InjectRepository(PillarEntity) private readonly pillars: Repository<PillarEntity>,
    @InjectRepository(AxisEntity) private readonly axes: Repository<AxisEntity>,
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
  ) {}

  async getPlan(): Promise<PlanModel> {
    const plan = await this.plans.findOneBy({ id: 1 });
    if (!plan) throw new PlanNotLoadedError();
    const [counts] = await this.plans.query(`
      SELECT (SELECT count(*) FROM pillar)::int AS "pillarCount",
             (SELECT count(*) FROM axis)::int AS "axisCount",
             (SELECT count(*) FROM project)::int AS "projectCount",
             (SELECT count(*) FROM action)::int AS "actionCount"`);
    return Object.assign(new PlanModel(), plan, counts, {
      facts: plan.facts.map((fact) => ({
        key: fact.key,
        statement: fact.statement,
        source: fact.source ? SourceRangeModel.of(fact.source.fromLine, fact.source.toLine) : null,
      })),
    });
  }

  async listPillars(): Promise<PillarModel[]> {
    return (await this.pillars.find({ order: { number: 'ASC' } })).map(toPillarModel);
  }

  async findPillar(number: number): Promise<PillarModel | null> {
    const pillar = await this.pillars.findOneBy({ number });
    return pillar ? toPillarModel(pillar) : null;
  }

  async axesByPillarIds(pillarIds: readonly number[]): Promise<AxisModel[][]> {
    const rows = await this.axes.find({ where: { pillarId: In([...pillarIds]) }, order: { number: 'ASC' } });
    return groupByKeys(pillarIds, rows.map(toAxisModel), (axis) => axis.pillarId);
  }

  async projectsByAxisIds(axisIds: readonly number[]): Promise<ProjectModel[][]> {
    const rows = await this.projects.find({ where: { axisId: In([...axisIds]) }, order: { position: 'ASC' } });
    return groupByKeys(axisIds, rows.map(toProjectModel), (project) => project.axisId);
  }

  async projectsByIds(ids: readonly number[]): Promise<(ProjectModel | undefined)[]> {
    const rows = new Map((await this.projects.findBy({ id: In([...ids]) })).map((row) => [row.id, toProjectModel(row)]));
    return ids.map((id) => rows.get(id));
  }

  async axesByIds(ids: readonly number[]): Promise<(AxisModel | undefined)[]> {
    const rows = new Map((await this.axes.findBy({ id: In([...ids]) })).map((row) => [row.id, toAxisModel(row)]));
    return ids.map((id) => rows.get(id));
  }

  async pillarsByIds(ids: readonly number[]): Promise<(PillarModel | undefined)[]> {
    const rows = new Map((await this.pillars.findBy({ id: In([...ids]) })).map((row) => [row.id, toPillarModel(row)]));
    return ids.map((id) => rows.get(id));
  }
}
