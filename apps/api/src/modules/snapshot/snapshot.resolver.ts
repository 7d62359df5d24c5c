import { ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarDate, Health } from '@pnq/domain';
import { todayInCasablanca } from '../../common/clock';
import { FieldResolverArgs, GraphqlContext, thenOf } from '../../common/request-loaders';
import { ActionModel } from '../action/action.model';
import { AsOfFieldArgs, WithAsOfArgument } from '../tracking/dto/as-of.args';
import { HealthDetailModel, HealthEnum } from '../tracking/tracking.model';
import { SNAPSHOT_BY_ACTION } from './snapshot.loaders';
import { ActionSnapshot, SnapshotService } from './snapshot.service';

/**
 * An action's health on a date is the snapshot's: its state then, judged against its definition in force then
 * (baseline + revisions effective by the date) and its predecessors. A list found through the snapshot primes it.
 */
@Resolver(() => ActionModel)
export class SnapshotResolver {
  constructor(private readonly snapshotService: SnapshotService) {}

  @ResolveField(() => HealthEnum, { description: 'Health on the date (default today), against the plan in force then; see healthDetail for why.' })
  @WithAsOfArgument()
  health(...[action, { asOf }, context]: FieldResolverArgs<ActionModel, AsOfFieldArgs>): Health | Promise<Health> {
    return thenOf(this.healthOf(action, asOf, context), (detail) => detail.health);
  }

  @ResolveField(() => HealthDetailModel)
  @WithAsOfArgument()
  healthDetail(...[action, { asOf }, context]: FieldResolverArgs<ActionModel, AsOfFieldArgs>): HealthDetailModel | Promise<HealthDetailModel> {
    return this.healthOf(action, asOf, context);
  }

  private healthOf(action: ActionModel, asOf: CalendarDate | null | undefined, context: GraphqlContext): HealthDetailModel | Promise<HealthDetailModel> {
    const date = asOf ?? todayInCasablanca();
    return thenOf(snapshotOf(this.snapshotService, action.id, date, context), (snapshot) =>
      Object.assign(new HealthDetailModel(), snapshot.verdict, { asOf: date }),
    );
  }
}

/** The action's snapshot on a date (primed by lists found through the snapshot; else one batched read). */
export function snapshotOf(service: SnapshotService, actionId: number, asOf: CalendarDate, context: GraphqlContext): ActionSnapshot | Promise<ActionSnapshot> {
  return thenOf(context.loaders.get(SNAPSHOT_BY_ACTION, service, actionId, asOf), (snapshot) => {
    if (!snapshot) throw new Error(`No snapshot for action ${actionId}`);
    return snapshot;
  });
}
