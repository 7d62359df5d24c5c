import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_LINKS, DEFAULT_LANGUAGE, isLanguage, PASSWORD_RESET_THROTTLE, passwordResetVerdict } from '@pnq/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { AccountMailDelivery, NotificationService } from '../notification/notification.service';
import { hashToken, SessionOrigin, UserSessionService } from '../user/user-session.service';
import { localPasswordsDisabled } from '../user/user.errors';
import { UserService } from '../user/user.service';
import { passwordResetThrottled, resetLinkInvalid } from './account.errors';
import {
  consumeResetsOfUser,
  consumeResetToken,
  deleteResetsBefore,
  insertResetRequest,
  lockResetsForEmail,
  lockResetsFromAddress,
  selectResetHistory,
} from './account.queries';
import { renderResetMail } from './account-mail.renderer';

const LIFETIME_SECONDS = ACCOUNT_LINKS.resetMinutes * 60;

/**
 * Forgotten passwords (password_reset, this module's): "send me a link" gets the same answer whether or not an
 * account has the address (the mail, if any, leaves after the answer); requests are throttled per e-mail and per
 * address (PASSWORD_RESET_THROTTLE), counted atomically under advisory locks. A link is single use, expires after
 * ACCOUNT_LINKS.resetMinutes, and only its SHA-256 is stored; using it sets the password, ends every session of the
 * account and signs the person in.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly userSessions: UserSessionService,
    private readonly notificationService: NotificationService,
    private readonly auditService: AuditService,
  ) {}

  /** Always true (PASSWORD_RESET_THROTTLED aside, which depends on the requests only, never on the account). */
  async request(emailInput: string, address: string): Promise<boolean> {
    if (!this.config.localPasswords) throw localPasswordsDisabled();
    const email = emailInput.trim().toLowerCase();
    const deliver = await this.dataSource.transaction(async (manager): Promise<AccountMailDelivery | null> => {
      await lockResetsFromAddress.single(manager, [address]);
      await lockResetsForEmail.single(manager, [email]);
      const verdict = passwordResetVerdict(await selectResetHistory.single(manager, [email, address, PASSWORD_RESET_THROTTLE.windowSeconds]));
      if (!verdict.allowed) throw passwordResetThrottled(verdict.retryAfterSeconds);
      const account = await this.userService.signInAccount(email, manager);
      if (!account) {
        await insertResetRequest.run(manager, [email, address, null, null, LIFETIME_SECONDS]);
        return null;
      }
      const token = randomBytes(32).toString('base64url');
      const { expiresAt } = await insertResetRequest.single(manager, [email, address, account.id, hashToken(token), LIFETIME_SECONDS]);
      await this.auditService.record({ actorId: account.id, operation: 'requestPasswordReset', entity: 'user', entityKey: email, affectsPlan: false }, manager);
      const language = isLanguage(account.language) ? account.language : DEFAULT_LANGUAGE;
      const rendered = renderResetMail({
        language,
        name: account.name,
        email,
        link: `${this.config.publicUrl}/reset-password#${token}`,
        expiresAt,
      });
      return this.notificationService.recordAccountMail(manager, {
        kind: 'PASSWORD_RESET',
        recipientId: account.id,
        recipientEmail: email,
        language,
        mailDate: todayInCasablanca(),
        ...rendered,
      });
    });
    if (deliver) void deliver();
    return true;
  }

  /**
   * Uses a link: in one transaction the link is spent (with the account's other open links), the password set (the
   * policy applies: a refused one rolls back and the link still works), every session ended, and a new one opened.
   */
  async reset(token: string, password: string, origin: SessionOrigin): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    if (!this.config.localPasswords) throw localPasswordsDisabled();
    return this.dataSource.transaction(async (manager) => {
      const used = await consumeResetToken.one(manager, [hashToken(token)]);
      if (!used) throw resetLinkInvalid();
      const account = (await this.userService.byIds([used.userId]))[0];
      if (!account?.active || !(await this.userService.signInAccount(account.email, manager))) throw resetLinkInvalid();
      await this.userService.setPassword(used.userId, password, { operation: 'resetPassword', keepSessionToken: null }, manager);
      await consumeResetsOfUser.run(manager, [used.userId]);
      return this.userSessions.open(used.userId, origin, manager);
    });
  }

  /** Housekeeping: forgets reset requests older than the retention; returns how many. */
  async purge(retentionDays: number, db: SqlExecutor = this.dataSource): Promise<number> {
    return deleteResetsBefore.run(db, [retentionDays]);
  }
}
