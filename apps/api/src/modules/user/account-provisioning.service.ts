import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { DEMO_PASSWORD, demoAccounts, DemoOrganisation } from './demo-accounts';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy.service';
import { countActiveRealAdmins, deactivateDemoAccounts, insertDemoAccounts, insertFirstAdmin, revokeDemoSessions } from './user.queries';

/**
 * Accounts at every server start. Outside production: the demo accounts (created once, never overwritten). In
 * production: every demo account disabled and its sessions ended (a database first run in development must not
 * keep admin@pnq.local usable), and the first real admin created from PNQ_ADMIN_EMAIL / PNQ_ADMIN_PASSWORD when
 * no active admin other than a demo one exists. The log says what was done.
 */
/** The display name of the first admin made from the environment (they can change it). */
const FIRST_ADMIN_NAME = 'Secrétariat du CSNCA';

@Injectable()
export class AccountProvisioningService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly passwordHasher: PasswordHasher,
    private readonly passwordPolicy: PasswordPolicy,
  ) {}

  async provisionAccounts(demoOrganisations: readonly DemoOrganisation[]): Promise<void> {
    if (this.config.nodeEnv === 'production') await this.retireDemoAccounts();
    else if (this.config.demoAccounts) await this.createDemoAccounts(demoOrganisations);
    await this.createFirstAdmin();
  }

  private async retireDemoAccounts(): Promise<void> {
    const { disabled, sessionsEnded } = await this.dataSource.transaction(async (manager) => ({
      disabled: await deactivateDemoAccounts.all(manager),
      sessionsEnded: await revokeDemoSessions.run(manager),
    }));
    if (disabled.length > 0 || sessionsEnded > 0) {
      this.logger.warn(
        `Production: ${disabled.length} demo accounts disabled, ${sessionsEnded} of their sessions ended (this database once ran outside production)`,
      );
    }
  }

  private async createFirstAdmin(): Promise<void> {
    const { admins } = await countActiveRealAdmins.single(this.dataSource);
    const { adminEmail, adminPassword } = this.config;
    if (admins > 0) {
      if (adminEmail && this.config.nodeEnv === 'production') this.logger.log(`An active admin account exists; PNQ_ADMIN_EMAIL (${adminEmail}) not used`);
      return;
    }
    if (!adminEmail || !adminPassword) {
      if (this.config.nodeEnv === 'production')
        this.logger.error('No active admin account: set PNQ_ADMIN_EMAIL and PNQ_ADMIN_PASSWORD and restart to create one');
      return;
    }
    const verdict = this.passwordPolicy.judge(adminPassword, { email: adminEmail, name: FIRST_ADMIN_NAME });
    if (!verdict.acceptable) {
      this.logger.error(
        `PNQ_ADMIN_PASSWORD is refused by the password rules (${verdict.problems.join(', ')}): no admin created. Choose a longer, less guessable one, or invite the first admin with "npm run invite".`,
      );
      return;
    }
    const created = await insertFirstAdmin.all(this.dataSource, [adminEmail, await this.passwordHasher.hash(adminPassword)]);
    if (created.length > 0) this.logger.log(`First admin account created for ${adminEmail}`);
    else
      this.logger.error(
        `No active admin account, and ${adminEmail} (PNQ_ADMIN_EMAIL) already belongs to an account that is not an active admin: left unchanged`,
      );
  }

  private async createDemoAccounts(organisations: readonly DemoOrganisation[]): Promise<void> {
    const accounts = demoAccounts(organisations);
    const inserted = await insertDemoAccounts.all(this.dataSource, [
      accounts.map((a) => a.email),
      accounts.map((a) => a.name),
      accounts.map((a) => a.role),
      accounts.map((a) => a.organisationId),
      await this.passwordHasher.hash(DEMO_PASSWORD),
    ]);
    if (inserted.length > 0) this.logger.log(`Demo accounts created: ${inserted.length} (their shared password is in the README; never logged)`);
  }
}
