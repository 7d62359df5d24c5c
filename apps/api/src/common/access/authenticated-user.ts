import type { Actor, Role } from '@pnq/domain';

/** Who is making the request, as the guard found them from the session cookie. */
export interface AuthenticatedUser extends Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  active: boolean;
  language: 'fr' | 'ar' | 'en';
  mailOptOut?: boolean;
}
