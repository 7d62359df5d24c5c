import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf } from '../../common/access/authenticated-request';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { unauthenticated } from '../../common/access/access.errors';
import { UserService } from '../user/user.service';
import { IS_PUBLIC } from '../../common/access/public.decorator';
import { readCookie, SESSION_COOKIE } from './session-cookie';

/** No anonymous access to data: every resolver and route needs a valid session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly userService: UserService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.user === undefined) {
      // One lookup per request: a query's root fields are guarded concurrently, each would slide the session again.
      const sessions = request as typeof request & { sessionLookup?: Promise<AuthenticatedUser | null> };
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      sessions.sessionLookup ??= token ? this.userService.userForSession(token) : Promise.resolve(null);
      request.user = await sessions.sessionLookup;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!request.user) throw unauthenticated();
    return true;
  }
}
