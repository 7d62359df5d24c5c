import { canActForOrganisation, canAdminister } from '@pnq/domain';
import { forbidden } from './access.errors';
import { AuthenticatedUser } from './authenticated-user';

/** Plan structure, users, organisations, reminders and the audit log are the CSNCA secretariat's: admins only. */
export function assertAdmin(user: AuthenticatedUser, what: string): void {
  if (!canAdminister(user)) throw forbidden(`Only the CSNCA secretariat (admins) can ${what}.`);
}

/** An organisation's template and import: the secretariat, or that organisation's editors. */
export function assertCanActFor(user: AuthenticatedUser, organisation: { id: number; name: string; acronym: string | null }, what: string): void {
  if (!canActForOrganisation(user, organisation.id))
    throw forbidden(`Only editors of ${organisation.acronym ?? organisation.name} (or the secretariat) can ${what}.`);
}
