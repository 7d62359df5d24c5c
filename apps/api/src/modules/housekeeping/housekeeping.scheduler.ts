import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { HousekeepingService } from './housekeeping.service';

const TICK_MS = 10 * 60_000;
const FIRST_TICK_MS = 60_000;

/**
 * Asks for the purge every 10 minutes in each server process (PNQ_HOUSEKEEPING_ENABLED); the service runs it at
 * most once an hour across instances.
 */
@Injectable()
export class HousekeepingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HousekeepingScheduler.name);
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly housekeeping: HousekeepingService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.housekeepingEnabled) return;
    this.timers = [setTimeout(() => void this.tick(), FIRST_TICK_MS), setInterval(() => void this.tick(), TICK_MS)];
    this.timers.forEach((timer) => timer.unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers = [];
  }

  /** One look: runs the purge if it is due and no other instance is running it. Never throws. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.housekeeping.run();
    } catch (error) {
      this.logger.error(`Housekeeping failed: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
