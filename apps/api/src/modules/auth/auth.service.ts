import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { UserService } from '../user/user.service';
import { invalidCredentials, loginThrottled } from './auth.errors';
import { countRecentFailures, insertLoginAttempt } from './auth.queries';

/** Failed attempts allowed in the window, per email and per client address. */
export const THROTTLE = { windowMinutes: 15, perEmail: 5, perAddress: 20 };

/**
 * Sign-in with email + password: failed attempts are throttled per email and per address (login_attempt, this
 * module's table); the account, its password and its sessions are the user module's.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly auditService: AuditService,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    await this.assertNotThrottled(email, address);
    const userId = await this.userService.verifyPassword(email, password);
    await insertLoginAttempt.run(this.dataSource, [email, address, userId !== null]);
    if (userId === null) throw invalidCredentials();

    const { token, expiresAt } = await this.userService.openSession(userId);
    const user = (await this.userService.userForSession(token))!;
    await this.auditService.record({ actorId: user.id, operation: 'login', entity: 'user', entityKey: user.email });
    return { token, user, expiresAt };
  }

  /** Ends the session of this token (if any), audited for the user it belonged to. */
  async logout(token: string, user: AuthenticatedUser | null | undefined): Promise<void> {
    await this.userService.endSession(token);
    if (user) await this.auditService.record({ actorId: user.id, operation: 'logout', entity: 'user', entityKey: user.email });
  }

  private async assertNotThrottled(email: string, address: string): Promise<void> {
    const counts = await countRecentFailures.single(this.dataSource, [email, address, THROTTLE.windowMinutes]);
    if (counts.byEmail >= THROTTLE.perEmail || counts.byAddress >= THROTTLE.perAddress) {
      throw loginThrottled(Math.max(counts.retryAfter ?? 60, 1));
    }
  }
}
