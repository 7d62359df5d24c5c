/** The single sign-on routes (GET, top-level navigations; the sso module serves them). */
export const SSO_LOGIN_PATH = '/auth/oidc/login';
export const SSO_CALLBACK_PATH = '/auth/oidc/callback';
