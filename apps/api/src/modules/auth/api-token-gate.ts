import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiTokenScope } from '@pnq/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { API_TOKEN_SCOPE } from '../../common/access/api-token-scope.decorator';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { apiTokenScopeMissing } from '../api-token/api-token.errors';

/**
 * What a request made with an API token may run: GraphQL queries with the READ scope; a mutation or route only when
 * it is marked @ApiTokenScoped(scope) and the token has that scope. Everything else (accounts, tokens, files,
 * administration) is for people. The services then check rights as for any editor of the organisation.
 */
export function assertApiTokenMayRun(context: ExecutionContext, reflector: Reflector, token: NonNullable<AuthenticatedUser['apiToken']>): void {
  const marked = reflector.getAllAndOverride<ApiTokenScope | undefined>(API_TOKEN_SCOPE, [context.getHandler(), context.getClass()]);
  const isQuery = context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'query';
  const needed: ApiTokenScope | undefined = isQuery ? 'READ' : marked;
  if (!needed || !token.scopes.includes(needed)) throw apiTokenScopeMissing(needed ?? 'none: people only');
}
