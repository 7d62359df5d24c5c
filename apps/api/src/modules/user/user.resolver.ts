import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
import { assertAdmin } from '../auth/assert-admin';
import { CurrentUser } from '../auth/current-user.decorator';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthenticatedUser } from './authenticated-user';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UpdatePreferencesInput } from './dto/update-preferences.input';
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
    assertAdmin(user, 'list the accounts');
    return this.userService.list();
  }

  @Mutation(() => UserModel, { description: 'Creates an account (admins only). Fails with EMAIL_TAKEN, EDITOR_NEEDS_ORGANISATION, ORGANISATION_NOT_FOUND.' })
  createUser(@Args('input') input: CreateUserInput, @CurrentUser() user: AuthenticatedUser): Promise<UserModel> {
    assertAdmin(user, 'create accounts');
    return this.userService.create(user, input);
  }

  @Mutation(() => UserModel, { description: 'Changes name, role, organisation, language or active state (admins only). Fails with USER_NOT_FOUND, LAST_ADMIN, …' })
  updateUser(@Args('input') input: UpdateUserInput, @CurrentUser() user: AuthenticatedUser): Promise<UserModel> {
    assertAdmin(user, 'change accounts');
    return this.userService.update(user, input);
  }

  @Mutation(() => UserModel, { description: 'Changes the signed-in user’s own language and mail preferences. Fails with BAD_USER_INPUT.' })
  updateMyPreferences(@Args('input') input: UpdatePreferencesInput, @CurrentUser() user: AuthenticatedUser): Promise<UserModel> {
    return this.userService.updatePreferences(user, input);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() user: UserModel, @Context() context: GraphqlContext) {
    if (user.organisationId === null) return null;
    return context.loaders
      .get<number, OrganisationModel | undefined>('organisationById', (ids) => this.organisationService.byIds(ids))
      .load(user.organisationId);
  }
}
