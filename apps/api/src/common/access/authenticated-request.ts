import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

/** An HTTP request once the guard has looked at its session: `user` is null when nobody is signed in. */
export type AuthenticatedRequest = Request & {
  user?: AuthenticatedUser | null;
  /** The request came with an `Authorization: Bearer` token that is malformed, unknown, expired or revoked. */
  apiTokenRefused?: boolean;
};

/** The HTTP request behind a GraphQL resolver or a REST route. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The HTTP response behind a GraphQL resolver or a REST route (to set or clear cookies). */
export function responseOf(context: ExecutionContext): Response | undefined {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ res?: Response }>().res;
  return context.switchToHttp().getResponse<Response>();
}

/** What a GraphQL resolver gets as context for HTTP concerns (cookies, the client's address). */
export interface HttpContext {
  req: AuthenticatedRequest;
  res: Response;
}
