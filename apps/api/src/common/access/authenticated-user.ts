import type { Actor, ApiTokenScope, Language, Role } from '@pnq/domain';

/** Who is making the request, as the guard found them from the session cookie or an API token. */
export interface AuthenticatedUser extends Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  active: boolean;
  language: Language;
  mailOptOut?: boolean;
  /** Set when the request came with an API token (`Authorization: Bearer pnq_…`): the account is the token's API client. */
  apiToken?: { id: number; name: string; scopes: readonly ApiTokenScope[] };
}
