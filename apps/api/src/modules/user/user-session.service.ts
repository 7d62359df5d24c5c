import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { demoAccountsUsable } from './demo-accounts';
import { sessionNotFound } from './user.errors';
import { SessionMethod } from './session-method';
import { UserSessionModel } from './user-session.model';
import {
  deleteSessionsBeyond,
  deleteSessionsEndedBefore,
  insertSession,
  revokeOtherSessionsOfUser,
  revokeSession,
  revokeSessionOfUser,
  revokeSessionsOfUser,
  selectLiveSessionsOfUser,
  touchSession,
} from './user.queries';

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

/** Tokens (sessions, invitation and reset links, API tokens) are stored as their SHA-256 only. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How much of a browser's user agent a session keeps. */
const USER_AGENT_LENGTH = 300;

/** Where and how a session is opened. */
export interface SessionOrigin {
  userAgent: string | null;
  method: SessionMethod;
}

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

  /**
   * Opens a session for the account and returns its token (for the cookie), its user and when it ends unless used.
   * Inside the caller's transaction when one is given (an invitation accepted, a password reset), else in its own.
   */
  async open(userId: number, origin: SessionOrigin, db?: SqlExecutor): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const userAgent = origin.userAgent?.slice(0, USER_AGENT_LENGTH) ?? null;
    const write = async (manager: SqlExecutor) => {
      const { expiresAt, ...user } = await insertSession.single(manager, [hashToken(token), this.config.sessionHours * 3600, userId, userAgent, origin.method]);
      await deleteSessionsBeyond.run(manager, [userId, MAX_LIVE_SESSIONS_PER_USER]);
      return { token, user, expiresAt };
    };
    return db ? write(db) : this.dataSource.transaction(write);
  }

  /** The account's live sessions, newest first; `current` marks the one of this token. */
  async listLive(userId: number, currentToken: string | null): Promise<UserSessionModel[]> {
    const rows = await selectLiveSessionsOfUser.all(this.dataSource, [userId, this.config.sessionMaxHours * 3600, currentToken && hashToken(currentToken)]);
    return rows.map((row) => Object.assign(new UserSessionModel(), row));
  }

  /** Ends one of the account's live sessions; says whether it was the current one. SESSION_NOT_FOUND when none such is live. */
  async endOne(userId: number, sessionId: string, currentToken: string | null): Promise<{ current: boolean }> {
    if (!/^\d{1,18}$/.test(sessionId)) throw sessionNotFound();
    const ended = await revokeSessionOfUser.one(this.dataSource, [sessionId, userId, currentToken && hashToken(currentToken)]);
    if (!ended) throw sessionNotFound();
    return ended;
  }

  /** Ends every session of the account, or every one but the session of `keepToken`; returns how many ended. */
  async endAllOf(userId: number, keepToken: string | null, db: SqlExecutor = this.dataSource): Promise<number> {
    if (keepToken === null) return revokeSessionsOfUser.run(db, [userId]);
    return revokeOtherSessionsOfUser.run(db, [userId, hashToken(keepToken)]);
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
