import type { Role } from '@pnq/domain';
import { AppConfig } from '../../config/app.config';

/** The shared password of the demo accounts (README; libs/domain refuses it as anyone's own); they exist only outside production. */
export { DEMO_PASSWORD } from '@pnq/domain';

/** An organisation that gets a demo editor account (outside production). */
export interface DemoOrganisation {
  id: number;
  acronym: string;
}

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
}

/** Demo accounts (app_user.is_demo) can sign in and keep sessions only outside production, whatever their flags say. */
export const demoAccountsUsable = (config: AppConfig): boolean => config.nodeEnv !== 'production';

/** admin@pnq.local, viewer@pnq.local, and <acronym>@pnq.local as editor of each organisation given. */
export function demoAccounts(organisations: readonly DemoOrganisation[]): DemoAccount[] {
  const accounts = new Map<string, DemoAccount>([
    ['admin@pnq.local', { email: 'admin@pnq.local', name: 'Secrétariat du CSNCA (démo)', role: 'ADMIN', organisationId: null }],
    ['viewer@pnq.local', { email: 'viewer@pnq.local', name: 'Membre du comité de pilotage (démo)', role: 'VIEWER', organisationId: null }],
  ]);
  for (const organisation of organisations) {
    const email = `${organisation.acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@pnq.local`;
    if (!accounts.has(email)) accounts.set(email, { email, name: `Éditeur ${organisation.acronym} (démo)`, role: 'EDITOR', organisationId: organisation.id });
  }
  return [...accounts.values()];
}
