import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { groupByKeys, pickByKeys } from '../../common/collections';
import { SourceRangeModel } from '../../common/source-range.model';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AxisModel } from './axis.model';
import { PillarModel } from './pillar.model';
import { PlanFact, PlanModel } from './plan.model';
import { ProjectModel } from './project.model';
import { toAxisModel, toPillarModel, toProjectModel } from './plan.mapper';
import { planNotLoaded } from './plan.errors';
import {
  selectAxesByIds,
  selectAxesByPillarIds,
  selectPillarByNumber,
  selectPillars,
  selectPillarsByIds,
  selectPlan,
  selectProjectsByAxisIds,
  selectProjectsByIds,
  upsertAxis,
  upsertPillar,
  upsertPlan,
  upsertProject,
} from './plan.queries';

type Source = { fromLine: number; toLine: number } | null | undefined;

export interface PlanDraft {
  title: string;
  shortTitle: string;
  horizonYear: number;
  sourceFile: string;
  statedAxisCount: number | null;
  statedProjectCount: number | null;
  facts: PlanFact[];
}
export interface PillarDraft {
  number: number;
  name: string;
  annex: string | null;
  source: Source;
}
export interface AxisDraft {
  pillarId: number;
  number: number;
  title: string;
  summaryTitle: string | null;
  source: Source;
}
export interface ProjectDraft {
  axisId: number;
  ref: string;
  code: string;
  position: number;
  title: string;
  summaryTitle: string | null;
  inAnnex: boolean;
  inSummary: boolean;
  flags: string[];
  notes: string | null;
  source: Source;
}

/** Owns plan, pillar, axis and project: the structure of the plan, as seeded from the PNQ. */
@Injectable()
export class PlanService {
  constructor(private readonly dataSource: DataSource) {}

  /** The plan with its structure's counts (the action count is the action module's field). */
  async getPlan(): Promise<PlanModel> {
    const plan = await selectPlan.one(this.dataSource);
    if (!plan) throw planNotLoaded();
    return Object.assign(new PlanModel(), plan, {
      facts: plan.facts.map((fact) => ({
        key: fact.key,
        statement: fact.statement,
        source: fact.source ? SourceRangeModel.of(fact.source.fromLine, fact.source.toLine) : null,
      })),
    });
  }

  async listPillars(): Promise<PillarModel[]> {
    return (await selectPillars.all(this.dataSource)).map(toPillarModel);
  }

  async findPillar(number: number): Promise<PillarModel | null> {
    const pillar = await selectPillarByNumber.one(this.dataSource, [number]);
    return pillar ? toPillarModel(pillar) : null;
  }

  async axesByPillarIds(pillarIds: readonly number[]): Promise<AxisModel[][]> {
    const rows = await selectAxesByPillarIds.all(this.dataSource, [[...pillarIds]]);
    return groupByKeys(pillarIds, rows.map(toAxisModel), (axis) => axis.pillarId);
  }

  async projectsByAxisIds(axisIds: readonly number[]): Promise<ProjectModel[][]> {
    const rows = await selectProjectsByAxisIds.all(this.dataSource, [[...axisIds]]);
    return groupByKeys(axisIds, rows.map(toProjectModel), (project) => project.axisId);
  }

  async projectsByIds(ids: readonly number[]): Promise<(ProjectModel | undefined)[]> {
    const rows = await selectProjectsByIds.all(this.dataSource, [[...ids]]);
    return pickByKeys(ids, rows.map(toProjectModel), (project) => project.id);
  }

  async axesByIds(ids: readonly number[]): Promise<(AxisModel | undefined)[]> {
    const rows = await selectAxesByIds.all(this.dataSource, [[...ids]]);
    return pickByKeys(ids, rows.map(toAxisModel), (axis) => axis.id);
  }

  async pillarsByIds(ids: readonly number[]): Promise<(PillarModel | undefined)[]> {
    const rows = await selectPillarsByIds.all(this.dataSource, [[...ids]]);
    return pickByKeys(ids, rows.map(toPillarModel), (pillar) => pillar.id);
  }

  /** The seed's writes, inside its transaction: upserts by stable keys (pillar number, axis number, project ref). */
  async upsertPlan(db: SqlExecutor, plan: PlanDraft): Promise<void> {
    await upsertPlan.run(db, [plan.title, plan.shortTitle, plan.horizonYear, plan.sourceFile, plan.statedAxisCount, plan.statedProjectCount, plan.facts]);
  }

  async upsertPillar(db: SqlExecutor, pillar: PillarDraft): Promise<number> {
    return (await upsertPillar.single(db, [pillar.number, pillar.name, pillar.annex, pillar.source?.fromLine ?? null, pillar.source?.toLine ?? null])).id;
  }

  async upsertAxis(db: SqlExecutor, axis: AxisDraft): Promise<number> {
    const { source } = axis;
    return (await upsertAxis.single(db, [axis.pillarId, axis.number, axis.title, axis.summaryTitle, source?.fromLine ?? null, source?.toLine ?? null])).id;
  }

  async upsertProject(db: SqlExecutor, project: ProjectDraft): Promise<number> {
    const { source } = project;
    return (
      await upsertProject.single(db, [
        project.axisId,
        project.ref,
        project.code,
        project.position,
        project.title,
        project.summaryTitle,
        project.inAnnex,
        project.inSummary,
        project.flags,
        project.notes,
        source?.fromLine ?? null,
        source?.toLine ?? null,
      ])
    ).id;
  }
}
