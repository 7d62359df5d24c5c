import { canAdminister } from '@pnq/domain';
import { AuthenticatedUser } from '../user/authenticated-user';
import { ForbiddenError } from './auth.errors';

/** Plan structure, users and organisations are the CSNCA secretariat's: admins only. */
export function assertAdmin(user: AuthenticatedUser, what: string): void {
  if (!canAdminister(user)) throw new ForbiddenError(`Only the CSNCA secretariat (admins) can ${what}.`);
}
