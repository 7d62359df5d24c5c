import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './authenticated-request';
import type { AuthenticatedUser } from './authenticated-user';

/** The signed-in user the guard attached to the request (guarded routes always have one). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => requestOf(context).user!);
