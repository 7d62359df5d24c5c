import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { HttpContext } from '../../common/access/authenticated-request';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { UserModel } from '../user/user.model';
import { toUserModel } from '../user/user.service';
import { LoginResultModel } from './auth.model';
import { AuthService } from './auth.service';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { Public } from '../../common/access/public.decorator';
import { clearSessionCookie, readSessionCookie } from './session-cookie';
import { UserSessionModel } from '../user/user-session.model';
import { AuthMethodsModel, SingleSignOnModel } from './auth-methods.model';
import { completeSignIn, userAgentOf } from './signed-in-response';
import { ChangePasswordInput } from './dto/change-password.input';
import { SSO_LOGIN_PATH } from './sso-paths';

/** The session token of this request's cookie, if any. */
const sessionTokenOf = ({ req }: HttpContext): string | null => {
  const cookie = readSessionCookie(req.headers.cookie);
  return cookie.kind === 'token' ? cookie.token : null;
};

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => LoginResultModel, {
    description:
      'Signs in; the session is an httpOnly, SameSite=Lax cookie. Once per request. Fails with INVALID_CREDENTIALS, LOGIN_THROTTLED (retryAfterSeconds) or TOO_MANY_LOGINS.',
  })
  async login(@Args() { email, password }: LoginArgs, @Context() context: HttpContext): Promise<LoginResultModel> {
    const session = await this.authService.login(email, password, context.req.ip ?? 'unknown', userAgentOf(context));
    return completeSignIn(context, session, this.config.secureCookies);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (true even when there was none) and clears its cookie.' })
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    const cookie = readSessionCookie(req.headers.cookie);
    if (cookie.kind === 'token') await this.authService.logout(cookie.token, req.user);
    clearSessionCookie(res, { secure: this.config.secureCookies });
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Changes one’s own password (the current one is required, under the sign-in throttle); every other session of the account ends. Fails with INVALID_CREDENTIALS, LOGIN_THROTTLED, WEAK_PASSWORD, LOCAL_PASSWORDS_DISABLED.',
  })
  async changeMyPassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: AuthenticatedUser, @Context() context: HttpContext): Promise<boolean> {
    await this.authService.changePassword(user, input.currentPassword, input.newPassword, sessionTokenOf(context), context.req.ip ?? 'unknown');
    return true;
  }

  @Query(() => [UserSessionModel], { description: 'Where one is signed in: one’s own live sessions, newest first.' })
  mySessions(@CurrentUser() user: AuthenticatedUser, @Context() context: HttpContext): Promise<UserSessionModel[]> {
    return this.authService.sessions(user, sessionTokenOf(context));
  }

  @Mutation(() => Boolean, { description: 'Ends one of one’s own sessions (the current one too: its cookie is cleared). Fails with SESSION_NOT_FOUND.' })
  async signOutSession(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser, @Context() context: HttpContext): Promise<boolean> {
    const { current } = await this.authService.endSession(user, id, sessionTokenOf(context));
    if (current) clearSessionCookie(context.res, { secure: this.config.secureCookies });
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every one of one’s own sessions, this one included (its cookie is cleared); returns how many ended.' })
  async signOutEverywhere(@CurrentUser() user: AuthenticatedUser, @Context() context: HttpContext): Promise<number> {
    const ended = await this.authService.endEverySession(user);
    clearSessionCookie(context.res, { secure: this.config.secureCookies });
    return ended;
  }

  @Public()
  @Query(() => AuthMethodsModel, { description: 'How one may sign in here: passwords, single sign-on.' })
  authMethods(): AuthMethodsModel {
    const sso = this.config.oidc;
    return Object.assign(new AuthMethodsModel(), {
      localPasswords: this.config.localPasswords,
      singleSignOn: sso ? Object.assign(new SingleSignOnModel(), { label: sso.label, loginPath: SSO_LOGIN_PATH }) : null,
    });
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'Who is signed in; null when nobody.' })
  me(@CurrentUser() user: AuthenticatedUser | null): UserModel | null {
    return user ? toUserModel(user) : null;
  }
}
