import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { PasswordResetService } from '../account/password-reset.service';
import { AuthService } from '../auth/auth.service';
import { SsoService } from '../sso/sso.service';
import { UserSessionService } from '../user/user-session.service';
import { claimHousekeepingRun, tryLockHousekeeping } from './housekeeping.queries';

/** The purge runs at most this often, whatever the number of instances. */
export const PURGE_INTERVAL_MINUTES = 60;

export type HousekeepingStatus = 'RAN' | 'LOCKED' | 'NOT_DUE';

export interface HousekeepingRun {
  status: HousekeepingStatus;
  sessionsDeleted: number;
  attemptsDeleted: number;
  /** Password-reset requests older than the retention, and single sign-on round trips never finished. */
  linksDeleted: number;
}

/**
 * Owns housekeeping_run. Purges what nothing needs any more — sessions ended (expired or signed out), sign-in attempts
 * and password-reset requests made more than PNQ_PURGE_AFTER_DAYS ago, single sign-on round trips never finished —
 * through their owners (user, auth, account, sso), in one transaction, once
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
    private readonly passwordResets: PasswordResetService,
    private readonly sso: SsoService,
  ) {}

  async run(): Promise<HousekeepingRun> {
    const run = await this.dataSource.transaction(async (manager): Promise<HousekeepingRun> => {
      const idle = (status: HousekeepingStatus) => ({ status, sessionsDeleted: 0, attemptsDeleted: 0, linksDeleted: 0 });
      if (!(await tryLockHousekeeping.single(manager, ['pnq-housekeeping'])).locked) return idle('LOCKED');
      if ((await claimHousekeepingRun.all(manager, ['purge', PURGE_INTERVAL_MINUTES])).length === 0) return idle('NOT_DUE');
      const days = Math.ceil(this.config.purgeAfterDays);
      return {
        status: 'RAN',
        sessionsDeleted: await this.userSessions.purgeEnded(days, manager),
        attemptsDeleted: await this.authService.purgeAttempts(days, manager),
        linksDeleted: (await this.passwordResets.purge(days, manager)) + (await this.sso.purge(manager)),
      };
    });
    if (run.sessionsDeleted + run.attemptsDeleted + run.linksDeleted > 0) {
      this.logger.log(
        `Purged ${run.sessionsDeleted} ended sessions, ${run.attemptsDeleted} sign-in attempts and ${run.linksDeleted} reset requests or unfinished sign-ins older than ${this.config.purgeAfterDays} days`,
      );
    }
    return run;
  }
}
