import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@pnq/domain';
import { hash, verify } from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { pickByKeys } from '../../common/collections';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { CreateUserInput } from './dto/create-user.input';
import { UpdatePreferencesInput } from './dto/update-preferences.input';
import { UpdateUserInput } from './dto/update-user.input';
import { cannotDemoteLastAdmin, editorNeedsOrganisation, emailTaken, userNotFound } from './user.errors';
import { UserModel } from './user.model';
import {
  countActiveAdmins,
  countActiveEditorsByOrganisation,
  insertDemoAccounts,
  insertFirstAdmin,
  insertSession,
  insertUser,
  lockUserByEmail,
  lockUserById,
  moveUsersToOrganisation,
  revokeSession,
  revokeSessionsOfUser,
  selectActiveUsers,
  selectPasswordHash,
  selectUserIdByEmail,
  selectUsers,
  selectUsersByIds,
  touchSession,
  updatePreferences,
  updateUser,
} from './user.queries';

export const DEMO_PASSWORD = 'pnq-demo-2035';
export const ARGON2_OPTIONS = { type: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 }; // argon2id, OWASP minimum

type UserRow = RowOf<(typeof selectUsers)['row']>;

export function toUserModel(row: UserRow | AuthenticatedUser): UserModel {
  return Object.assign(new UserModel(), {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    active: row.active,
    language: row.language,
    mailOptOut: row.mailOptOut ?? false,
  });
}

/** An active account reminders can go to. */
export type Recipient = UserRow;

/** An organisation that gets a demo editor account (outside production). */
export interface DemoOrganisation {
  id: number;
  acronym: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Owns app_user and user_session: accounts, their passwords and their sessions. */
@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
    private readonly organisationService: OrganisationService,
  ) {}

  async list(actor: AuthenticatedUser): Promise<UserModel[]> {
    assertAdmin(actor, 'list the accounts');
    return (await selectUsers.all(this.dataSource)).map(toUserModel);
  }

  /** Every active account, with what reminders need (language, opt-out). */
  async recipients(): Promise<Recipient[]> {
    return selectActiveUsers.all(this.dataSource);
  }

  /** Active editors per organisation id. */
  async activeEditorCounts(): Promise<Map<number, number>> {
    return new Map((await countActiveEditorsByOrganisation.all(this.dataSource)).map((row) => [row.organisationId, row.editors]));
  }

  /** The signed-in user's own preferences: language, and opting out of non-essential mails. Audited. */
  async updatePreferences(actor: AuthenticatedUser, input: UpdatePreferencesInput): Promise<UserModel> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockUserById.single(manager, [actor.id]);
      const before = { language: current.language, mailOptOut: current.mailOptOut };
      const after = { language: input.language ?? before.language, mailOptOut: input.mailOptOut ?? before.mailOptOut };
      const row = await updatePreferences.single(manager, [actor.id, after.language, after.mailOptOut]);
      await this.auditService.record({ actorId: actor.id, operation: 'updateMyPreferences', entity: 'user', entityKey: actor.email, before, after }, manager);
      return toUserModel(row);
    });
  }

  async create(actor: AuthenticatedUser, input: CreateUserInput): Promise<UserModel> {
    assertAdmin(actor, 'create accounts');
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const organisationId = await this.organisationIdFor(manager, input.role, input.organisationKey);
      if (await selectUserIdByEmail.one(manager, [email])) throw emailTaken(email);
      const row = await insertUser.single(manager, [email, input.name.trim(), input.role, organisationId, await hash(input.password, ARGON2_OPTIONS)]);
      const { mailOptOut: _mailOptOut, ...created } = row;
      await this.auditService.record(
        { actorId: actor.id, operation: 'createUser', entity: 'user', entityKey: email, after: { ...created, id: undefined } },
        manager,
      );
      return toUserModel(row);
    });
  }

  async update(actor: AuthenticatedUser, input: UpdateUserInput): Promise<UserModel> {
    assertAdmin(actor, 'change accounts');
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockUserByEmail.one(manager, [email]);
      if (!locked) throw userNotFound(email);
      const { mailOptOut: _mailOptOut, ...before } = locked;
      const role = input.role ?? before.role;
      const organisationId =
        input.organisationKey !== undefined || input.role !== undefined
          ? await this.organisationIdFor(
              manager,
              role,
              input.organisationKey ?? (role === 'EDITOR' ? await this.keyOf(manager, before.organisationId) : undefined),
            )
          : before.organisationId;
      const active = input.active ?? before.active;
      if (before.role === 'ADMIN' && before.active && (role !== 'ADMIN' || !active)) {
        const { admins } = await countActiveAdmins.single(manager);
        if (admins <= 1) throw cannotDemoteLastAdmin();
      }
      const after = await updateUser.single(manager, [
        before.id,
        input.name?.trim() ?? before.name,
        role,
        organisationId,
        active,
        input.language ?? before.language,
      ]);
      if (!active) await revokeSessionsOfUser.run(manager, [before.id]);
      await this.auditService.record({ actorId: actor.id, operation: 'updateUser', entity: 'user', entityKey: email, before, after }, manager);
      return toUserModel(after);
    });
  }

  /** Accounts of a merged organisation move to the one kept (inside the merge's transaction). */
  async moveToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<void> {
    await moveUsersToOrganisation.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private async organisationIdFor(db: SqlExecutor, role: Role, key: string | undefined): Promise<number | null> {
    if (!key) {
      if (role === 'EDITOR') throw editorNeedsOrganisation();
      return null;
    }
    return (await this.organisationService.getByKey(key, db)).id;
  }

  private async keyOf(db: SqlExecutor, organisationId: number | null): Promise<string | undefined> {
    if (organisationId === null) return undefined;
    return (await this.organisationService.byIds([organisationId], db))[0]?.key;
  }

  async byIds(ids: readonly number[]): Promise<(UserModel | undefined)[]> {
    const rows = await selectUsersByIds.all(this.dataSource, [[...ids]]);
    return pickByKeys(ids, rows.map(toUserModel), (row) => row.id);
  }

  /** The account's id when the password is right (active accounts only), else null. */
  async verifyPassword(email: string, password: string): Promise<number | null> {
    const row = await selectPasswordHash.one(this.dataSource, [email]);
    const valid = row ? await verify(row.passwordHash, password).catch(() => false) : false;
    return valid && row ? row.id : null;
  }

  /** Opens a session: a random token for the cookie; only its hash is stored. */
  async openSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    await insertSession.run(this.dataSource, [hashToken(token), userId, expiresAt]);
    return { token, expiresAt };
  }

  /** The active user behind a session token, or null (unknown, expired, revoked, deactivated). Slides the expiry. */
  async userForSession(token: string): Promise<AuthenticatedUser | null> {
    return (await touchSession.one(this.dataSource, [hashToken(token), this.config.sessionHours * 3600])) ?? null;
  }

  async endSession(token: string): Promise<void> {
    await revokeSession.run(this.dataSource, [hashToken(token)]);
  }

  /**
   * Accounts at boot: the demo accounts outside production (created once, never overwritten), one editor per
   * organisation given, and the first admin from PNQ_ADMIN_EMAIL / PNQ_ADMIN_PASSWORD when no active admin exists.
   */
  async provisionAccounts(demoOrganisations: readonly DemoOrganisation[]): Promise<void> {
    if (this.config.demoAccounts) await this.provisionDemoAccounts(demoOrganisations);
    if (this.config.adminEmail && this.config.adminPassword) {
      const { admins } = await countActiveAdmins.single(this.dataSource);
      if (admins === 0) {
        await insertFirstAdmin.run(this.dataSource, [this.config.adminEmail, await hash(this.config.adminPassword, ARGON2_OPTIONS)]);
        this.logger.log(`First admin account created for ${this.config.adminEmail}`);
      }
    }
  }

  private async provisionDemoAccounts(organisations: readonly DemoOrganisation[]): Promise<void> {
    const accounts = new Map<string, { name: string; role: Role; organisationId: number | null }>([
      ['admin@pnq.local', { name: 'Secrétariat du CSNCA (démo)', role: 'ADMIN', organisationId: null }],
      ['viewer@pnq.local', { name: 'Membre du comité de pilotage (démo)', role: 'VIEWER', organisationId: null }],
    ]);
    for (const organisation of organisations) {
      const email = `${organisation.acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@pnq.local`;
      if (!accounts.has(email)) accounts.set(email, { name: `Éditeur ${organisation.acronym} (démo)`, role: 'EDITOR', organisationId: organisation.id });
    }
    const rows = [...accounts.entries()];
    const inserted = await insertDemoAccounts.all(this.dataSource, [
      rows.map(([email]) => email),
      rows.map(([, a]) => a.name),
      rows.map(([, a]) => a.role),
      rows.map(([, a]) => a.organisationId),
      await hash(DEMO_PASSWORD, ARGON2_OPTIONS),
    ]);
    if (inserted.length > 0) this.logger.log(`Demo accounts created: ${inserted.length} (their shared password is in the README; never logged)`);
  }
}
