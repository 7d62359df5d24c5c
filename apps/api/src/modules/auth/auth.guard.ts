import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthenticatedUser } from '../user/authenticated-user';
import { UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { readCookie, SESSION_COOKIE } from './session-cookie';

/** No anonymous access to data: every resolver and route needs a valid session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request: Request & { user?: AuthenticatedUser | null } =
      context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
    if (request.user === undefined) {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      request.user = token ? await this.authService.userForSession(token) : null;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!request.user) throw new UnauthenticatedError();
    return true;
  }
}
