import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { MergeOrganisationsInput } from '../organisation/dto/organisation.inputs';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationMergeService } from './organisation-merge.service';

@Resolver(() => OrganisationModel)
export class OrganisationMergeResolver {
  constructor(private readonly organisationMergeService: OrganisationMergeService) {}

  @Mutation(() => OrganisationModel, { description: 'Merges a duplicate organisation into another (admins only); returns the one kept.' })
  mergeOrganisations(@Args('input') input: MergeOrganisationsInput, @CurrentUser() user: AuthenticatedUser) {
    return this.organisationMergeService.merge(user, input);
  }
}
