import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthService } from '../auth/auth.service';
import { UserSessionService } from '../user/user-session.service';
import { claimHousekeepingRun, tryLockHousekeeping } from './housekeeping.queries';

/** The purge runs at most this often, whatever the number of instances. */
export const PURGE_INTERVAL_MINUTES = 60;

export type HousekeepingStatus = 'RAN' | 'LOCKED' | 'NOT_DUE';

export interface HousekeepingRun {
  status: HousekeepingStatus;
  sessionsDeleted: number;
  attemptsDeleted: number;
}

/**
 * Owns housekeeping_run. Purges what nothing needs any more — sessions ended (expired or signed out) and sign-in
 * attempts made more than PNQ_PURGE_AFTER_DAYS ago — through their owners (user, auth), in one transaction, once
 * per period across instances: an advisory lock keeps two instances from running together, the run row from
 * running twice in a period.
 */
@Injectable()
export class HousekeepingService {
  private readonly logger = new Logger(HousekeepingService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly userSessions: UserSessionService,
    private readonly authService: AuthService,
  ) {}

  async run(): Promise<HousekeepingRun> {
    const run = await this.dataSource.transaction(async (manager): Promise<HousekeepingRun> => {
      const idle = (status: HousekeepingStatus) => ({ status, sessionsDeleted: 0, attemptsDeleted: 0 });
      if (!(await tryLockHousekeeping.single(manager, ['pnq-housekeeping'])).locked) return idle('LOCKED');
      if ((await claimHousekeepingRun.all(manager, ['purge', PURGE_INTERVAL_MINUTES])).length === 0) return idle('NOT_DUE');
      const days = Math.ceil(this.config.purgeAfterDays);
      return {
        status: 'RAN',
        sessionsDeleted: await this.userSessions.purgeEnded(days, manager),
        attemptsDeleted: await this.authService.purgeAttempts(days, manager),
      };
    });
    if (run.sessionsDeleted + run.attemptsDeleted > 0) {
      this.logger.log(`Purged ${run.sessionsDeleted} ended sessions and ${run.attemptsDeleted} sign-in attempts older than ${this.config.purgeAfterDays} days`);
    }
    return run;
  }
}
