import { Injectable } from '@nestjs/common';
import { LOGIN_THROTTLE, loginThrottleVerdict } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { UserSessionService } from '../user/user-session.service';
import { UserService } from '../user/user.service';
import { invalidCredentials, loginThrottled } from './auth.errors';
import {
  deleteAttemptsBefore,
  insertFailedAttempt,
  lockAttemptsFromAddress,
  lockAttemptsOnEmail,
  markAttemptSucceeded,
  selectAttemptHistory,
} from './auth.queries';

/**
 * Sign-in with email + password, throttled by e-mail and address (login_attempt, this module's table; the policy
 * is libs/domain's LOGIN_THROTTLE). The account, its password and its sessions are the user module's.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly userSessions: UserSessionService,
    private readonly auditService: AuditService,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    const attemptId = await this.admitAttempt(email, address);
    const userId = await this.userService.verifyPassword(email, password);
    if (userId === null) throw invalidCredentials();
    await markAttemptSucceeded.run(this.dataSource, [attemptId]);

    const { token, user, expiresAt } = await this.userSessions.open(userId);
    await this.auditService.record({ actorId: user.id, operation: 'login', entity: 'user', entityKey: user.email, affectsPlan: false });
    return { token, user, expiresAt };
  }

  /** Ends the session of this token (if any), audited for the user it belonged to. */
  async logout(token: string, user: AuthenticatedUser | null | undefined): Promise<void> {
    await this.userSessions.end(token);
    if (user) await this.auditService.record({ actorId: user.id, operation: 'logout', entity: 'user', entityKey: user.email, affectsPlan: false });
  }

  /** Housekeeping: forgets attempts older than the retention; returns how many. */
  async purgeAttempts(retentionDays: number, db: SqlExecutor = this.dataSource): Promise<number> {
    return deleteAttemptsBefore.run(db, [retentionDays]);
  }

  /**
   * Decides and records in one short transaction, under locks on the address and the e-mail, so that attempts
   * arriving together are counted one after the other: an admitted attempt is recorded as failed before its
   * password is checked (and marked succeeded after), so the next one already counts it. Throttled attempts
   * check no password and record nothing.
   */
  private async admitAttempt(email: string, address: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await lockAttemptsFromAddress.single(manager, [address]);
      await lockAttemptsOnEmail.single(manager, [email]);
      const history = await selectAttemptHistory.single(manager, [email, address, LOGIN_THROTTLE.windowSeconds, LOGIN_THROTTLE.knownAddressDays]);
      const verdict = loginThrottleVerdict(history);
      if (!verdict.allowed) throw loginThrottled(verdict.retryAfterSeconds);
      return (await insertFailedAttempt.single(manager, [email, address])).id;
    });
  }
}
