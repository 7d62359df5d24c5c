import { Inject, Injectable } from '@nestjs/common';
import { LOGIN_THROTTLE, loginThrottleVerdict } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { SessionOrigin, UserSessionService } from '../user/user-session.service';
import { UserSessionModel } from '../user/user-session.model';
import { localPasswordsDisabled } from '../user/user.errors';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly userSessions: UserSessionService,
    private readonly auditService: AuditService,
  ) {}

  async login(
    emailInput: string,
    password: string,
    address: string,
    userAgent: string | null,
  ): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    if (!this.config.localPasswords) throw localPasswordsDisabled();
    const email = emailInput.trim().toLowerCase();
    const attemptId = await this.admitAttempt(email, address);
    const userId = await this.userService.verifyPassword(email, password);
    if (userId === null) throw invalidCredentials();
    await markAttemptSucceeded.run(this.dataSource, [attemptId]);

    const { token, user, expiresAt } = await this.userSessions.open(userId, { userAgent, method: 'PASSWORD' });
    await this.auditService.record({ actorId: user.id, operation: 'login', entity: 'user', entityKey: user.email, affectsPlan: false });
    return { token, user, expiresAt };
  }

  /** Ends the session of this token (if any), audited for the user it belonged to. */
  async logout(token: string, user: AuthenticatedUser | null | undefined): Promise<void> {
    await this.userSessions.end(token);
    if (user) await this.auditService.record({ actorId: user.id, operation: 'logout', entity: 'user', entityKey: user.email, affectsPlan: false });
  }

  /**
   * Changes one's own password: the current one is checked under the sign-in throttle (a stolen session cannot guess
   * it faster than a sign-in could), the new one must pass the policy, and every other session of the account ends.
   * INVALID_CREDENTIALS (also for an account with no password: single sign-on only), LOGIN_THROTTLED, WEAK_PASSWORD.
   */
  async changePassword(actor: AuthenticatedUser, current: string, next: string, sessionToken: string | null, address: string): Promise<void> {
    if (!this.config.localPasswords) throw localPasswordsDisabled();
    const attemptId = await this.admitAttempt(actor.email, address);
    if (!(await this.userService.hasPassword(actor.id, current))) throw invalidCredentials();
    await markAttemptSucceeded.run(this.dataSource, [attemptId]);
    await this.userService.setPassword(actor.id, next, { operation: 'changeMyPassword', keepSessionToken: sessionToken });
  }

  /** One's own live sessions, newest first (`current`: this request's). */
  async sessions(actor: AuthenticatedUser, sessionToken: string | null): Promise<UserSessionModel[]> {
    return this.userSessions.listLive(actor.id, sessionToken);
  }

  /** Ends one of one's own sessions (audited); says whether it was this request's. SESSION_NOT_FOUND. */
  async endSession(actor: AuthenticatedUser, sessionId: string, sessionToken: string | null): Promise<{ current: boolean }> {
    const ended = await this.userSessions.endOne(actor.id, sessionId, sessionToken);
    await this.auditService.record({
      actorId: actor.id,
      operation: 'signOutSession',
      entity: 'user',
      entityKey: actor.email,
      after: { session: sessionId },
      affectsPlan: false,
    });
    return ended;
  }

  /** Ends every session of one's own, this one included (audited); returns how many ended. */
  async endEverySession(actor: AuthenticatedUser): Promise<number> {
    const ended = await this.userSessions.endAllOf(actor.id, null);
    await this.auditService.record({
      actorId: actor.id,
      operation: 'signOutEverywhere',
      entity: 'user',
      entityKey: actor.email,
      after: { sessionsEnded: ended },
      affectsPlan: false,
    });
    return ended;
  }

  /** A session for an account single sign-on has matched (audited as `ssoLogin`). */
  async openSingleSignOnSession(userId: number, origin: SessionOrigin): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const session = await this.userSessions.open(userId, origin);
    await this.auditService.record({ actorId: userId, operation: 'ssoLogin', entity: 'user', entityKey: session.user.email, affectsPlan: false });
    return session;
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
