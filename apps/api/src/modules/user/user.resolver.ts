import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { GraphqlContext } from '../../common/request-loaders';
import { AuditEventModel } from '../audit/audit.model';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { UpdatePreferencesInput } from './dto/update-preferences.input';
import { UpdateUserInput } from './dto/update-user.input';
import { AuthorModel } from './author.model';
import { USER_BY_ID } from './user.loaders';
import { UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
  ) {}

  @Query(() => [UserModel], { description: 'Every account (admins only).' })
  users(@CurrentUser() user: AuthenticatedUser): Promise<UserModel[]> {
    return this.userService.list(user);
  }

  @Mutation(() => UserModel, {
    description: 'Changes name, role, organisation, language or active state (admins only). Fails with USER_NOT_FOUND, LAST_ADMIN, …',
  })
  updateUser(@Args('input') input: UpdateUserInput, @CurrentUser() user: AuthenticatedUser): Promise<UserModel> {
    return this.userService.update(user, input);
  }

  @Mutation(() => UserModel, { description: 'Changes the signed-in user’s own language and mail preferences. Fails with BAD_USER_INPUT.' })
  updateMyPreferences(@Args('input') input: UpdatePreferencesInput, @CurrentUser() user: AuthenticatedUser): Promise<UserModel> {
    return this.userService.updatePreferences(user, input);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() user: UserModel, @Context() context: GraphqlContext) {
    if (user.organisationId === null) return null;
    return context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(user.organisationId);
  }
}

/** An author's organisation (an editor's; none for the secretariat and viewers). */
@Resolver(() => AuthorModel)
export class AuthorResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() author: AuthorModel, @Context() context: GraphqlContext) {
    if (author.organisationId === null) return null;
    return context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(author.organisationId);
  }
}

/** The audit log names who acted; accounts are this module's. */
@Resolver(() => AuditEventModel)
export class AuditEventActorResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => String, { nullable: true })
  async actorEmail(@Parent() event: AuditEventModel, @Context() context: GraphqlContext): Promise<string | null> {
    if (event.actorId === null) return null;
    return (await context.loaders.for(USER_BY_ID, this.userService).load(event.actorId))?.email ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Who acted, by display name: a person, or an API token’s name.' })
  async actorName(@Parent() event: AuditEventModel, @Context() context: GraphqlContext): Promise<string | null> {
    if (event.actorId === null) return null;
    return (await context.loaders.for(USER_BY_ID, this.userService).load(event.actorId))?.name ?? null;
  }
}
