import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
import { OrganisationAliasModel, OrganisationModel } from './organisation.model';
import { OrganisationService, RoleCounts } from './organisation.service';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => [OrganisationModel], { description: 'Every organisation named by the plan, aliases merged.' })
  organisations(): Promise<OrganisationModel[]> {
    return this.organisationService.list();
  }

  @Query(() => OrganisationModel, { nullable: true })
  organisation(@Args('key') key: string): Promise<OrganisationModel | null> {
    return this.organisationService.findByKey(key);
  }

  @ResolveField(() => [OrganisationAliasModel])
  aliases(@Parent() organisation: OrganisationModel, @Context() context: GraphqlContext) {
    return context.loaders
      .get<number, OrganisationAliasModel[]>('aliasesByOrganisation', (ids) =>
        this.organisationService.aliasesByOrganisationIds(ids),
      )
      .load(organisation.id);
  }

  @ResolveField(() => Int, { description: 'Actions this organisation is responsible for (Responsable / Pilote).' })
  async ownedActionCount(@Parent() organisation: OrganisationModel, @Context() context: GraphqlContext) {
    return (await this.roleCounts(organisation, context)).owned;
  }

  @ResolveField(() => Int, { description: 'Actions this organisation is a partner of.' })
  async partnerActionCount(@Parent() organisation: OrganisationModel, @Context() context: GraphqlContext) {
    return (await this.roleCounts(organisation, context)).partner;
  }

  private roleCounts(organisation: OrganisationModel, context: GraphqlContext): Promise<RoleCounts> {
    return context.loaders
      .get<number, RoleCounts>('roleCountsByOrganisation', (ids) =>
        this.organisationService.roleCountsByOrganisationIds(ids),
      )
      .load(organisation.id);
  }
}
