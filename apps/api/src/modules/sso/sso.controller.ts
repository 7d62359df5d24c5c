import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ACCOUNT_LINKS } from '@pnq/domain';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/public.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { completeSignIn } from '../auth/signed-in-response';
import { SSO_CALLBACK_PATH, SSO_LOGIN_PATH } from '../auth/sso-paths';
import { SsoService } from './sso.service';

/** The cookie that binds a round trip to the browser that started it (httpOnly, only sent back to /auth/oidc). */
const BINDING_COOKIE = 'pnq_sso';
const BINDING_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function bindingOf(header: string | undefined): string | null {
  const values = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${BINDING_COOKIE}=`))
    .map((part) => part.slice(BINDING_COOKIE.length + 1));
  return values.length === 1 && BINDING_SHAPE.test(values[0]) ? values[0] : null;
}

/**
 * Single sign-on routes: both are GET navigations of the browser (to and back from the identity provider), so
 * they cannot carry a custom header; what protects them is the state, the nonce, PKCE and the binding cookie. A
 * refusal brings the person back to the sign-in page with `?sso_error=<CODE>`, said in their language.
 */
@Controller()
export class SsoController {
  constructor(private readonly ssoService: SsoService) {}

  @Public()
  @Get(SSO_LOGIN_PATH)
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { redirectTo, binding } = await this.ssoService.start(returnTo);
      res.cookie(BINDING_COOKIE, binding, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.ssoService.secureCookies,
        path: '/auth/oidc',
        maxAge: ACCOUNT_LINKS.ssoFlowMinutes * 60_000,
      });
      res.redirect(302, redirectTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Public()
  @Get(SSO_CALLBACK_PATH)
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(BINDING_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.ssoService.secureCookies, path: '/auth/oidc' });
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const { session, returnTo } = await this.ssoService.finish(bindingOf(req.headers.cookie), query, req.headers['user-agent'] ?? null);
      completeSignIn({ req, res }, session, this.ssoService.secureCookies);
      res.redirect(302, returnTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) throw error;
    res.redirect(302, `/?sso_error=${error.code}`);
  }
}
