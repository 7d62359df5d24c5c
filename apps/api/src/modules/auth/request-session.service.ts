import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticatedRequest } from '../../common/access/authenticated-request';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ApiTokenService } from '../api-token/api-token.service';
import { UserSessionService } from '../user/user-session.service';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

/**
 * Who is signed in on a request, looked up once per request from the session cookie, or from an API token. A cookie that cannot be a
 * session (malformed, sent twice, unknown or ended) counts as nobody and is cleared in the browser; a session whose
 * expiry slid has its cookie sent again with the new expiry (at most once a minute).
 */
@Injectable()
export class RequestSessionService {
  private readonly lookups = new WeakMap<AuthenticatedRequest, Promise<AuthenticatedUser | null>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly userSessions: UserSessionService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  userOf(request: AuthenticatedRequest, response: Response | undefined): Promise<AuthenticatedUser | null> {
    if (request.user !== undefined) return Promise.resolve(request.user);
    let lookup = this.lookups.get(request);
    if (!lookup) {
      lookup = this.lookUp(request, response);
      this.lookups.set(request, lookup);
      lookup.catch(() => this.lookups.delete(request)); // a failed lookup (database down) may be tried again
    }
    return lookup;
  }

  private async lookUp(request: AuthenticatedRequest, response: Response | undefined): Promise<AuthenticatedUser | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) return this.lookUpToken(request, authorization);
    const cookie = readSessionCookie(request.headers.cookie);
    const session = cookie.kind === 'token' ? await this.userSessions.touch(cookie.token) : null;
    if (response && !response.headersSent) {
      const options = { secure: this.config.secureCookies };
      if (cookie.kind === 'token' && session?.renewed) writeSessionCookie(response, cookie.token, session.expiresAt, options);
      else if (cookie.kind !== 'none' && !session) clearSessionCookie(response, options);
    }
    request.user ??= session?.user ?? null; // a sign-in during this request has the last word
    return request.user;
  }

  /**
   * A machine client: `Authorization: Bearer pnq_…` (cookies are then ignored, so a token request is never a browser's
   * session — and needs no CSRF protection). Anything else in the header, or a token that does not work, is refused.
   */
  private async lookUpToken(request: AuthenticatedRequest, authorization: string): Promise<AuthenticatedUser | null> {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
    const user = match ? await this.apiTokens.authenticate(match[1]) : null;
    request.apiTokenRefused = user === null;
    request.user ??= user;
    return request.user;
  }
}
