import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Inject } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthenticatedRequest } from '../../common/access/authenticated-request';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { UserModel } from '../user/user.model';
import { toUserModel } from '../user/user.service';
import { LoginResultModel } from './auth.model';
import { AuthService } from './auth.service';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { Public } from '../../common/access/public.decorator';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

interface HttpContext {
  req: AuthenticatedRequest;
  res: Response;
}

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
  async login(@Args() { email, password }: LoginArgs, @Context() { req, res }: HttpContext): Promise<LoginResultModel> {
    const { token, user, expiresAt } = await this.authService.login(email, password, req.ip ?? 'unknown');
    writeSessionCookie(res, token, expiresAt, { secure: this.config.secureCookies });
    req.user = user;
    return Object.assign(new LoginResultModel(), { user: toUserModel(user), expiresAt });
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (true even when there was none) and clears its cookie.' })
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    const cookie = readSessionCookie(req.headers.cookie);
    if (cookie.kind === 'token') await this.authService.logout(cookie.token, req.user);
    clearSessionCookie(res, { secure: this.config.secureCookies });
    return true;
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'Who is signed in; null when nobody.' })
  me(@CurrentUser() user: AuthenticatedUser | null): UserModel | null {
    return user ? toUserModel(user) : null;
  }
}
