import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { CSRF_HEADER } from '@pnq/domain';
import type { Request } from 'express';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app.config';
import { crossSiteRequest } from './access.errors';

/** Methods that change nothing: a file download may come from a link. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin (scheme://host:port) of an Origin or Referer header; undefined when absent, 'null' or unreadable stays as given. */
function originOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return value;
  }
}

/**
 * Cross-site request forgery on the file routes (GraphQL has Apollo's csrfPrevention): a state-changing request
 * (any method but GET/HEAD/OPTIONS) must
 * 1. carry the X-PNQ-CSRF header the dashboard sends — a form of another site cannot add a header, and a script of
 *    another site cannot send one without a CORS preflight this server never grants;
 * 2. when the browser says where it comes from (Origin, else Referer), come from this application: the public URL
 *    (PNQ_PUBLIC_URL) or the host the request was sent to. A sibling subdomain or another port of the same host is
 *    another origin, even though SameSite=Lax would let its requests carry the session cookie.
 * Runs before any interceptor, so a refused upload is never parsed. Refusal: 403 CROSS_SITE_REQUEST.
 */
@Injectable()
export class CrossSiteRequestGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (!request.headers[CSRF_HEADER]) throw crossSiteRequest(`it lacks the ${CSRF_HEADER} header that PNQ Tracker’s own pages send`);
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (origin !== undefined && origin !== this.publicOrigin && !this.isRequestHost(origin, request)) {
      throw crossSiteRequest(`it comes from another site (${origin.slice(0, 100)})`);
    }
    return true;
  }

  /** Whether the origin names the host (and port) the request was sent to. */
  private isRequestHost(origin: string, request: Request): boolean {
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }
}
