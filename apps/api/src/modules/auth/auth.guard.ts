import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf, responseOf } from '../../common/access/authenticated-request';
import { unauthenticated } from '../../common/access/access.errors';
import { IS_PUBLIC } from '../../common/access/public.decorator';
import { RequestSessionService } from './request-session.service';

/** No anonymous access to data: every resolver and route needs a valid session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: RequestSessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = await this.sessions.userOf(requestOf(context), responseOf(context));
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!user) throw unauthenticated();
    return true;
  }
}
