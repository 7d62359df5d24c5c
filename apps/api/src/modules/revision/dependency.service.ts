import { Injectable } from '@nestjs/common';
import { dependencyCycle as findCycle, trimText } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { groupByKeys } from '../../common/collections';
import { SqlExecutor } from '../../database/sql/typed-query';
import { actionNotFound } from '../action/action.errors';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { dependencyCycle, dependencyNotFound } from './revision.errors';
import { DependencyInput } from './dto/dependency.input';
import { DependencyModel } from './revision.model';
import { deleteDependency, insertDependency, lockDependencies, selectAllDependencies, selectDependenciesOf, upsertSeedDependency } from './dependency.queries';

/** A link the plan's text prints, as the seed gives it. */
export interface SeedDependency {
  dependentId: number;
  predecessorId: number;
  sourceLine: number;
  sourceText: string;
}

/**
 * Owns action_dependency: which action waits for which (read from the plan's text by the seed, or added by the
 * secretariat); a link that would close a cycle is refused. Their effect on health is the snapshot's (withPredecessors).
 */
@Injectable()
export class DependencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly auditService: AuditService,
  ) {}

  async add(actor: AuthenticatedUser, input: DependencyInput): Promise<void> {
    assertAdmin(actor, 'link actions');
    await this.dataSource.transaction(async (manager) => {
      await lockDependencies.single(manager);
      const { dependentId, predecessorId } = await this.ids(manager, input);
      const [links, outlines] = await Promise.all([selectAllDependencies.all(manager), this.actionService.outlines(undefined, manager)]);
      const refOf = new Map(outlines.map((o) => [o.id, o.ref]));
      const cycle = findCycle(
        links.map((l) => ({ dependent: refOf.get(l.dependentId)!, predecessor: refOf.get(l.predecessorId)! })),
        { dependent: input.dependentRef, predecessor: input.predecessorRef },
      );
      if (cycle) throw dependencyCycle(cycle);
      const note = trimText(input.note ?? '') || null;
      if (!(await insertDependency.one(manager, [dependentId, predecessorId, null, null, note, actor.id]))) return; // already linked
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'addActionDependency',
          entity: 'action',
          entityKey: input.dependentRef,
          after: { predecessor: input.predecessorRef, note },
        },
        manager,
      );
    });
  }

  async remove(actor: AuthenticatedUser, input: DependencyInput): Promise<void> {
    assertAdmin(actor, 'unlink actions');
    await this.dataSource.transaction(async (manager) => {
      await lockDependencies.single(manager);
      const { dependentId, predecessorId } = await this.ids(manager, input);
      if (!(await deleteDependency.one(manager, [dependentId, predecessorId]))) throw dependencyNotFound(input.dependentRef, input.predecessorRef);
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'removeActionDependency',
          entity: 'action',
          entityKey: input.dependentRef,
          before: { predecessor: input.predecessorRef },
        },
        manager,
      );
    });
  }

  private async ids(db: SqlExecutor, input: DependencyInput): Promise<{ dependentId: number; predecessorId: number }> {
    const dependent = await this.actionService.lockByRef(db, input.dependentRef);
    if (!dependent) throw actionNotFound(input.dependentRef);
    const predecessor = await this.actionService.lockByRef(db, input.predecessorRef);
    if (!predecessor) throw actionNotFound(input.predecessorRef);
    return { dependentId: dependent.id, predecessorId: predecessor.id };
  }

  /** The seed: the links the plan's text prints (kept with their line; never removes one the secretariat added). */
  async upsertFromSeed(db: SqlExecutor, link: SeedDependency): Promise<void> {
    await upsertSeedDependency.run(db, [link.dependentId, link.predecessorId, link.sourceLine, link.sourceText]);
  }

  /** Per action: the links where it is the dependent (its predecessors) and where it is the predecessor (its dependents). */
  async linksByActionIds(actionIds: readonly number[]): Promise<{ predecessors: DependencyModel[]; dependents: DependencyModel[] }[]> {
    const rows = (await selectDependenciesOf.all(this.dataSource, [[...actionIds], [...actionIds]])).map((row) => Object.assign(new DependencyModel(), row));
    const predecessors = groupByKeys(actionIds, rows, (row) => row.dependentId);
    const dependents = groupByKeys(
      actionIds,
      rows.filter((row) => actionIds.includes(row.predecessorId)),
      (row) => row.predecessorId,
    );
    return actionIds.map((_, index) => ({ predecessors: predecessors[index], dependents: dependents[index] }));
  }
}
