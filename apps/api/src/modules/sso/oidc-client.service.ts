import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { OidcConfig } from '../../config/oidc.config';
import { ssoFailed, ssoNotConfigured } from './sso.errors';

/** What the browser's round trip needs to be checked on its return (kept server-side, bound to the browser). */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The OpenID Connect client (openid-client, the maintained certified library): the provider's configuration is
 * discovered at first use and kept; an authorization request uses the code flow with PKCE (S256), a state and a
 * nonce; the code is exchanged and the ID token checked (signature, issuer, audience, expiry, nonce) by the library.
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger('SingleSignOn');
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get settings(): OidcConfig {
    if (!this.config.oidc) throw ssoNotConfigured();
    return this.config.oidc;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const configuration = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code of the callback URL and returns the ID token's claims (with the userinfo endpoint's when the e-mail is not in it). */
  async claimsOf(callbackQuery: string, expected: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>> {
    const configuration = await this.configuration();
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims() };
      if (claims[this.settings.emailClaim] === undefined && typeof claims.sub === 'string') {
        Object.assign(claims, await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub));
      }
      return claims;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Single sign-on refused by the provider or the checks: ${message}`);
      throw ssoFailed(message);
    }
  }

  private configuration(): Promise<oidc.Configuration> {
    const settings = this.settings;
    this.discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ?? undefined,
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.discovered = null; // the provider may be back next time
        const message = error instanceof Error ? error.message : String(error);
        this.logger.error(`The identity provider ${settings.issuer} could not be discovered: ${message}`);
        throw ssoFailed('the identity provider cannot be reached');
      });
    return this.discovered;
  }
}
