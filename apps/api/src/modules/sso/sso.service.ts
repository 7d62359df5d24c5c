import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_LINKS, safeReturnPath, ssoIdentity } from '@pnq/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { InvitationService } from '../account/invitation.service';
import { AuthService } from '../auth/auth.service';
import { OpenedSession } from '../auth/signed-in-response';
import { hashToken } from '../user/user-session.service';
import { UserService } from '../user/user.service';
import { OidcClientService } from './oidc-client.service';
import { ssoFailed, ssoRefused } from './sso.errors';
import { deleteExpiredSsoFlows, insertSsoFlow, takeSsoFlow } from './sso.queries';

/**
 * Single sign-on (sso_flow, this module's): a browser's round trip to the identity provider is kept server-side and
 * bound to that browser by a random cookie; on its return the person is matched by VERIFIED e-mail (of an allowed
 * domain) to an active account, or to a pending invitation which it accepts. Nobody else gets in: the secretariat
 * still grants roles and organisations.
 */
@Injectable()
export class SsoService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly oidcClient: OidcClientService,
    private readonly userService: UserService,
    private readonly invitationService: InvitationService,
    private readonly authService: AuthService,
  ) {}

  /** Starts a round trip: where to send the browser, and the binding to keep in its cookie. */
  async start(returnTo: unknown): Promise<{ redirectTo: string; binding: string }> {
    const request = await this.oidcClient.authorizationRequest();
    const binding = randomBytes(32).toString('base64url');
    await insertSsoFlow.run(this.dataSource, [
      hashToken(binding),
      request.state,
      request.nonce,
      request.codeVerifier,
      safeReturnPath(returnTo),
      ACCOUNT_LINKS.ssoFlowMinutes * 60,
    ]);
    return { redirectTo: request.url.href, binding };
  }

  /** Ends a round trip: the provider's answer checked, the person matched, a session opened; where to go next. */
  async finish(binding: string | null, callbackQuery: string, userAgent: string | null): Promise<{ session: OpenedSession; returnTo: string }> {
    const flow = binding ? await takeSsoFlow.one(this.dataSource, [hashToken(binding)]) : null;
    if (!flow?.live) throw ssoFailed('the sign-in took too long or was started in another browser; try again');
    const claims = await this.oidcClient.claimsOf(callbackQuery, flow);
    const identity = ssoIdentity(claims, this.oidcClient.settings);
    if (!identity.ok) throw ssoRefused(identity.code);
    const userId = await this.dataSource.transaction(async (manager) => {
      const account = await this.userService.signInAccount(identity.email, manager);
      if (account) return account.id;
      const invited = await this.invitationService.acceptBySingleSignOn(manager, identity.email, identity.name);
      if (invited) return invited.id;
      throw ssoRefused('SSO_ACCOUNT_UNKNOWN');
    });
    const session = await this.authService.openSingleSignOnSession(userId, { userAgent, method: 'SSO' });
    return { session, returnTo: flow.returnTo };
  }

  get secureCookies(): boolean {
    return this.config.secureCookies;
  }

  /** Housekeeping: round trips never finished. */
  async purge(db: SqlExecutor = this.dataSource): Promise<number> {
    return deleteExpiredSsoFlows.run(db);
  }
}
