import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { GraphqlContext } from '../../common/request-loaders';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthorModel } from '../user/author.model';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { UserService } from '../user/user.service';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model';
import { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput } from './dto/create-api-token.input';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(
    private readonly apiTokenService: ApiTokenService,
    private readonly organisationService: OrganisationService,
    private readonly userService: UserService,
  ) {}

  @Query(() => [ApiTokenModel], {
    description: 'API tokens, newest first: an editor’s organisation’s, or for the secretariat every one (or one organisation’s). FORBIDDEN for others.',
  })
  apiTokens(@Args('organisationKey', { type: () => String, nullable: true }) organisationKey: string | null, @CurrentUser() user: AuthenticatedUser) {
    return this.apiTokenService.list(user, organisationKey);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description:
      'Creates an API token for an organisation (its editors or the secretariat); the secret is returned this once. Fails with FORBIDDEN, ORGANISATION_NOT_FOUND, INVALID_API_TOKEN_REQUEST (too many live tokens).',
  })
  createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentUser() user: AuthenticatedUser): Promise<CreatedApiTokenModel> {
    return this.apiTokenService.create(user, input);
  }

  @Mutation(() => ApiTokenModel, {
    description: 'Revokes an API token at once (its organisation’s editors or the secretariat). API_TOKEN_NOT_FOUND, FORBIDDEN.',
  })
  revokeApiToken(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ApiTokenModel> {
    return this.apiTokenService.revoke(user, Number(id));
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() token: ApiTokenModel, @Context() context: GraphqlContext) {
    return context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(token.organisationId);
  }

  @ResolveField(() => AuthorModel, { nullable: true, description: 'Who created it.' })
  createdBy(@Parent() token: ApiTokenModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(token.createdBy);
  }
}
