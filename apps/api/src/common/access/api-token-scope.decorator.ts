import { SetMetadata } from '@nestjs/common';
import type { ApiTokenScope } from '@pnq/domain';

export const API_TOKEN_SCOPE = 'pnq:api-token-scope';

/**
 * The scope an API token needs to call this mutation or route. Without it, a request made with a token is refused
 * (API_TOKEN_SCOPE): machine clients reach only what is marked (queries need READ). Rights are still the services'.
 */
export const ApiTokenScoped = (scope: ApiTokenScope) => SetMetadata(API_TOKEN_SCOPE, scope);
