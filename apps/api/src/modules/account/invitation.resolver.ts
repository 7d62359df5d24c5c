import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { HttpContext } from '../../common/access/authenticated-request';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { Public } from '../../common/access/public.decorator';
import { GraphqlContext } from '../../common/request-loaders';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { LoginResultModel } from '../auth/auth.model';
import { completeSignIn, userAgentOf } from '../auth/signed-in-response';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AcceptInvitationInput, LINK_TOKEN } from './dto/link-token.inputs';
import { InviteUserInput } from './dto/invite-user.input';
import { invitationInvalid } from './account.errors';
import { InvitationModel, InvitationPreviewModel } from './invitation.model';
import { InvitationService } from './invitation.service';

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly invitationService: InvitationService,
    private readonly organisationService: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [InvitationModel], { description: 'Invitations not yet accepted nor revoked, newest first (admins only).' })
  invitations(@CurrentUser() user: AuthenticatedUser): Promise<InvitationModel[]> {
    return this.invitationService.list(user);
  }

  @Mutation(() => InvitationModel, {
    description:
      'Invites a person (admins only): a mail with a single-use link to set their own password. Fails with EMAIL_TAKEN, INVITATION_PENDING, EDITOR_NEEDS_ORGANISATION, ORGANISATION_NOT_FOUND.',
  })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() user: AuthenticatedUser): Promise<InvitationModel> {
    return this.invitationService.invite(user, input);
  }

  @Mutation(() => InvitationModel, {
    description: 'Mails a new link (the previous one stops working), valid for a full period again (admins only). INVITATION_NOT_FOUND.',
  })
  resendInvitation(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser): Promise<InvitationModel> {
    return this.invitationService.resend(user, Number(id));
  }

  @Mutation(() => InvitationModel, { description: 'Revokes a pending invitation: its link stops working (admins only). INVITATION_NOT_FOUND.' })
  revokeInvitation(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser): Promise<InvitationModel> {
    return this.invitationService.revoke(user, Number(id));
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'The invitation behind a link, for its holder. Fails with INVITATION_INVALID.' })
  invitation(@Args('token') token: string): Promise<InvitationPreviewModel> {
    if (!LINK_TOKEN.test(token)) throw invitationInvalid();
    return this.invitationService.preview(token);
  }

  @Public()
  @Mutation(() => LoginResultModel, {
    description:
      'Accepts an invitation with one’s own password and signs in. Fails with INVITATION_INVALID (used, replaced, revoked or expired), WEAK_PASSWORD (the link still works), EMAIL_TAKEN, LOCAL_PASSWORDS_DISABLED.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: HttpContext): Promise<LoginResultModel> {
    const session = await this.invitationService.accept(input.token, input.password, input.name, { userAgent: userAgentOf(context), method: 'INVITATION' });
    return completeSignIn(context, session, this.config.secureCookies);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() invitation: InvitationModel, @Context() context: GraphqlContext) {
    if (invitation.organisationId === null) return null;
    return context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(invitation.organisationId);
  }
}

@Resolver(() => InvitationPreviewModel)
export class InvitationPreviewResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() invitation: InvitationPreviewModel, @Context() context: GraphqlContext) {
    if (invitation.organisationId === null) return null;
    return context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(invitation.organisationId);
  }
}
