import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertAdmin } from '../auth/assert-admin';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../user/authenticated-user';
import { CreateOrganisationInput, MergeOrganisationsInput, UpdateOrganisationInput } from './dto/organisation.inputs';
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

  @Mutation(() => OrganisationModel, { description: 'Adds an organisation (admins only). Fails with ORGANISATION_KEY_TAKEN.' })
  createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentUser() user: AuthenticatedUser) {
    assertAdmin(user, 'add organisations');
    return this.organisationService.create(user, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Renames or reclassifies an organisation (admins only).' })
  updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentUser() user: AuthenticatedUser) {
    assertAdmin(user, 'change organisations');
    return this.organisationService.update(user, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Merges a duplicate organisation into another (admins only); returns the one kept.' })
  mergeOrganisations(@Args('input') input: MergeOrganisationsInput, @CurrentUser() user: AuthenticatedUser) {
    assertAdmin(user, 'merge organisations');
    return this.organisationService.merge(user, input);
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
