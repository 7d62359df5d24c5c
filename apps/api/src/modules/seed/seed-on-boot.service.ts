import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ActionService } from '../action/action.service';
import { OrganisationService } from '../organisation/organisation.service';
import { DemoOrganisation, UserService } from '../user/user.service';
import { readSeedBundle } from './seed-files';
import { SeedService } from './seed.service';

/** Loads the plan on first boot (and again, idempotently, when the seed files change), then the accounts. */
@Injectable()
export class SeedOnBootService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedOnBootService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seedService: SeedService,
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnBoot) return;
    const summary = await this.seedService.applyIfChanged(readSeedBundle(this.config.seedDir));
    if (!summary) this.logger.log('Seed already applied; nothing to do');
    await this.userService.provisionAccounts(this.config.demoAccounts ? await this.ownerOrganisations() : []);
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
