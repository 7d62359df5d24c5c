import { Inject, Injectable } from '@nestjs/common';
import { verify } from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthenticatedUser } from '../user/authenticated-user';
import { InvalidCredentialsError, LoginThrottledError } from './auth.errors';

/** Failed attempts allowed in the window, per email and per client address. */
export const THROTTLE = { windowMinutes: 15, perEmail: 5, perAddress: 20 };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sign-in with email + password (argon2id), sessions kept in PostgreSQL (only a hash of the token),
 * so they survive restarts and work across API instances. Failed attempts are throttled per email
 * and per address, also in PostgreSQL.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    await this.assertNotThrottled(email, address);
    const [row] = await this.dataSource.query(
      `SELECT id, password_hash FROM app_user WHERE email = $1 AND active`,
      [email],
    );
    const valid = row ? await verify(row.password_hash, password).catch(() => false) : false;
    await this.dataSource.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [email, address, valid]);
    if (!valid) throw new InvalidCredentialsError();

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [
      hashToken(token),
      row.id,
      expiresAt,
    ]);
    const user = await this.userForSession(token);
    return { token, user: user!, expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.dataSource.query(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [hashToken(token)]);
  }

  /** The active user behind a session token, or null (unknown, expired, revoked, deactivated). Slides the expiry. */
  async userForSession(token: string): Promise<AuthenticatedUser | null> {
    // For UPDATE … RETURNING, TypeORM answers [rows, affectedCount].
    const [[row]] = await this.dataSource.query(
      `UPDATE user_session s SET last_seen_at = now(),
              expires_at = greatest(s.expires_at, now() + make_interval(secs => $2))
         FROM app_user u
        WHERE s.token_hash = $1 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
        RETURNING u.id, u.email, u.name, u.role, u.organisation_id AS "organisationId", u.active, u.language, u.mail_opt_out AS "mailOptOut"`,
      [hashToken(token), this.config.sessionHours * 3600],
    );
    return row ?? null;
  }

  private async assertNotThrottled(email: string, address: string): Promise<void> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_address,
              extract(epoch FROM (min(at) + make_interval(mins => $3) - now()))::int AS retry_after
         FROM login_attempt
        WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, address, THROTTLE.windowMinutes],
    );
    if (counts.by_email >= THROTTLE.perEmail || counts.by_address >= THROTTLE.perAddress) {
      throw new LoginThrottledError(Math.max(counts.retry_after ?? 60, 1));
    }
  }
}
