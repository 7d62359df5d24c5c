import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf, responseOf } from '../../common/access/authenticated-request';
import { unauthenticated } from '../../common/access/access.errors';
import { IS_PUBLIC } from '../../common/access/public.decorator';
import { apiTokenInvalid } from '../api-token/api-token.errors';
import { assertApiTokenMayRun } from './api-token-gate';
import { RequestSessionService } from './request-session.service';

/**
 * No anonymous access to data: every resolver and route needs a valid session (or API token) unless marked @Public().
 * A bad API token is refused outright; a good one reaches only what its scopes allow (api-token-gate.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: RequestSessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const user = await this.sessions.userOf(request, responseOf(context));
    if (request.apiTokenRefused) throw apiTokenInvalid();
    if (user?.apiToken) assertApiTokenMayRun(context, this.reflector, user.apiToken);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!user) throw unauthenticated();
    return true;
  }
}
