import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { readSeedBundle } from './seed-files';
import { SeedService } from './seed.service';

/** Loads the plan on first boot (and again, idempotently, when the seed files change). */
@Injectable()
export class SeedOnBootService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedOnBootService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seedService: SeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnBoot) return;
    const summary = await this.seedService.applyIfChanged(readSeedBundle(this.config.seedDir));
    if (!summary) this.logger.log('Seed already applied; nothing to do');
  }
}
