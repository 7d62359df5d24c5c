import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { casablancaWallClock, CalendarDate, isDailyRunDue } from '@pnq/domain';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ReminderService } from './reminder.service';

const TICK_MS = 60_000;
/** The first look comes a few seconds after boot, once the seed has had its chance to load. */
const FIRST_TICK_MS = 5_000;

/**
 * Runs the reminders job once a day, at PNQ_REMINDERS_TIME in Casablanca: a timer looks every minute whether
 * the time has passed on a date not yet run. Several instances may tick together: the job's advisory lock and
 * its run log make it run once per date.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private firstTick: NodeJS.Timeout | null = null;
  private lastRunDate: CalendarDate | null = null;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminderService: ReminderService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.remindersEnabled) return;
    this.logger.log(`Daily reminders at ${this.config.remindersTime} (Africa/Casablanca)${this.config.smtp ? '' : '; no SMTP server: mails go to the outbox'}`);
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
    this.firstTick = setTimeout(() => void this.tick(), FIRST_TICK_MS);
    this.firstTick.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.firstTick) clearTimeout(this.firstTick);
    this.timer = null;
    this.firstTick = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const now = casablancaWallClock(new Date());
      if (!isDailyRunDue(now, this.config.remindersTime, this.lastRunDate)) return;
      this.lastRunDate = await this.reminderService.lastRunDate();
      if (!isDailyRunDue(now, this.config.remindersTime, this.lastRunDate)) return;
      const run = await this.reminderService.run(now.date, 'SCHEDULE');
      if (run.status === 'RAN' || run.status === 'ALREADY_RAN') this.lastRunDate = now.date;
    } catch (error) {
      this.logger.error(`Reminders job failed: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
