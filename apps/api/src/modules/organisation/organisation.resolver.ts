import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { GraphqlContext } from '../../common/request-loaders';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { ALIASES_BY_ORGANISATION } from './organisation.loaders';
import { OrganisationAliasModel, OrganisationModel } from './organisation.model';
import { OrganisationService } from './organisation.service';

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
    return this.organisationService.create(user, input);
  }

  @Mutation(() => OrganisationModel, { description: 'Renames or reclassifies an organisation (admins only).' })
  updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentUser() user: AuthenticatedUser) {
    return this.organisationService.update(user, input);
  }

  @ResolveField(() => [OrganisationAliasModel])
  aliases(@Parent() organisation: OrganisationModel, @Context() context: GraphqlContext) {
    return context.loaders.for(ALIASES_BY_ORGANISATION, this.organisationService).load(organisation.id);
  }
}
