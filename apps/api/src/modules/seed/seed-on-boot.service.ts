import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ActionService } from '../action/action.service';
import { OrganisationService } from '../organisation/organisation.service';
import { AccountProvisioningService } from '../user/account-provisioning.service';
import { DemoOrganisation } from '../user/demo-accounts';
import { readSeedBundle } from './seed-files';
import { SeedService } from './seed.service';

/**
 * Loads the plan on first boot (and again, idempotently, when the seed files change) unless PNQ_SEED_ON_BOOT=false,
 * then the accounts — always: in production the demo accounts are disabled even when the seed is not loaded.
 */
@Injectable()
export class SeedOnBootService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedOnBootService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seedService: SeedService,
    private readonly accountProvisioning: AccountProvisioningService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedOnBoot) {
      const summary = await this.seedService.applyIfChanged(readSeedBundle(this.config.seedDir));
      if (!summary) this.logger.log('Seed already applied; nothing to do');
    }
    await this.accountProvisioning.provisionAccounts(this.config.demoAccounts ? await this.ownerOrganisations() : []);
  }

  /** Organisations with an acronym that own at least one action: each gets a demo editor account (outside production). */
  private async ownerOrganisations(): Promise<DemoOrganisation[]> {
    const [organisations, owned] = await Promise.all([this.organisationService.list(), this.actionService.ownedActionIdsByOrganisation()]);
    return organisations
      .filter((organisation) => organisation.acronym !== null && owned.has(organisation.id))
      .sort((a, b) => a.id - b.id)
      .map((organisation) => ({ id: organisation.id, acronym: organisation.acronym! }));
  }
}
