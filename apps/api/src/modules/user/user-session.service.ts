import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { demoAccountsUsable } from './demo-accounts';
import { deleteSessionsBeyond, deleteSessionsEndedBefore, insertSession, revokeSession, touchSession } from './user.queries';

/** How many live sessions one account keeps; signing in again beyond ends the oldest. */
export const MAX_LIVE_SESSIONS_PER_USER = 20;
/** The sliding expiry moves (and the cookie is sent again) at most this often per session. */
export const SESSION_RENEWAL_SECONDS = 60;

export interface LiveSession {
  user: AuthenticatedUser;
  expiresAt: Date;
  /** The expiry slid on this request: the browser's cookie should be renewed. */
  renewed: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sessions (user_session, the user module's): a random token in an httpOnly cookie, only its hash stored. A session
 * ends PNQ_SESSION_HOURS after its last use (sliding) and in any case PNQ_SESSION_MAX_HOURS after sign-in.
 */
@Injectable()
export class UserSessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Opens a session for the account and returns its token (for the cookie), its user and when it ends unless used. */
  async open(userId: number): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const { expiresAt, ...user } = await insertSession.single(manager, [hashToken(token), this.config.sessionHours * 3600, userId]);
      await deleteSessionsBeyond.run(manager, [userId, MAX_LIVE_SESSIONS_PER_USER]);
      return { token, user, expiresAt };
    });
  }

  /** The live session of a token and its active user, sliding its expiry; null when unknown, ended or its account is off. */
  async touch(token: string): Promise<LiveSession | null> {
    const row = await touchSession.one(this.dataSource, [
      hashToken(token),
      this.config.sessionHours * 3600,
      this.config.sessionMaxHours * 3600,
      SESSION_RENEWAL_SECONDS,
      demoAccountsUsable(this.config),
    ]);
    if (!row) return null;
    const { expiresAt, renewed, ...user } = row;
    return { user, expiresAt, renewed };
  }

  async end(token: string): Promise<void> {
    await revokeSession.run(this.dataSource, [hashToken(token)]);
  }

  /** Housekeeping: deletes sessions that ended (expired or revoked) more than `retentionDays` ago; returns how many. */
  async purgeEnded(retentionDays: number, db: SqlExecutor = this.dataSource): Promise<number> {
    return deleteSessionsEndedBefore.run(db, [retentionDays]);
  }
}
