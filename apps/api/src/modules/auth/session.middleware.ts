import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AuthenticatedRequest } from '../../common/access/authenticated-request';
import { RequestSessionService } from './request-session.service';

/**
 * Looks up who is signed in before any handler runs, so that GraphQL's own phases (introspection is answered by
 * graphql-js, not by a resolver) see `req.user` too. Best effort: when the lookup fails (database down), the guard
 * tries again and answers with its coded error.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: RequestSessionService) {}

  use(request: AuthenticatedRequest, response: Response, next: NextFunction): void {
    this.sessions.userOf(request, response).then(
      () => next(),
      () => next(),
    );
  }
}
