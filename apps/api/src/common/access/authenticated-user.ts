import type { Actor, Language, Role } from '@pnq/domain';

/** Who is making the request, as the guard found them from the session cookie. */
export interface AuthenticatedUser extends Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  active: boolean;
  language: Language;
  mailOptOut?: boolean;
}
