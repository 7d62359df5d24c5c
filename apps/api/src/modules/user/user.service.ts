import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@pnq/domain';
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
import { AuthorModel } from './author.model';
import { UserModel } from './user.model';
import { sameRecord } from '../../common/same-record';
import { demoAccountsUsable } from './demo-accounts';
import { PasswordHasher } from './password-hasher';
import {
  countActiveAdmins,
  countActiveEditorsByOrganisation,
  insertUser,
  lockUserByEmail,
  lockUserById,
  moveUsersToOrganisation,
  revokeSessionsOfUser,
  selectActiveUsers,
  selectPasswordHash,
  selectUserIdByEmail,
  selectUsers,
  selectUsersByIds,
  updatePreferences,
  updateUser,
} from './user.queries';

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

/** Owns app_user (and, through UserSessionService, user_session): accounts and their passwords. */
@Injectable()
export class UserService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
    private readonly organisationService: OrganisationService,
    private readonly passwordHasher: PasswordHasher,
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

  /** The signed-in user's own preferences: language, and opting out of non-essential mails. Audited when something changes. */
  async updatePreferences(actor: AuthenticatedUser, input: UpdatePreferencesInput): Promise<UserModel> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockUserById.single(manager, [actor.id]);
      const before = { language: current.language, mailOptOut: current.mailOptOut };
      const after = { language: input.language ?? before.language, mailOptOut: input.mailOptOut ?? before.mailOptOut };
      if (after.language === before.language && after.mailOptOut === before.mailOptOut) return toUserModel(current);
      const row = await updatePreferences.single(manager, [actor.id, after.language, after.mailOptOut]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'updateMyPreferences', entity: 'user', entityKey: actor.email, before, after, affectsPlan: false },
        manager,
      );
      return toUserModel(row);
    });
  }

  async create(actor: AuthenticatedUser, input: CreateUserInput): Promise<UserModel> {
    assertAdmin(actor, 'create accounts');
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const organisationId = await this.organisationIdFor(manager, input.role, input.organisationKey);
      if (await selectUserIdByEmail.one(manager, [email])) throw emailTaken(email);
      const row = await insertUser.single(manager, [email, input.name.trim(), input.role, organisationId, await this.passwordHasher.hash(input.password)]);
      const { mailOptOut: _mailOptOut, ...created } = row;
      await this.auditService.record(
        { actorId: actor.id, operation: 'createUser', entity: 'user', entityKey: email, after: { ...created, id: undefined }, affectsPlan: false },
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
      const changed = { ...before, name: input.name?.trim() ?? before.name, role, organisationId, active, language: input.language ?? before.language };
      if (sameRecord(before, changed)) return toUserModel(locked);
      const row = await updateUser.single(manager, [before.id, changed.name, changed.role, changed.organisationId, changed.active, changed.language]);
      if (!active) await revokeSessionsOfUser.run(manager, [before.id]);
      const { mailOptOut: _optOut, ...after } = row;
      await this.auditService.record(
        { actorId: actor.id, operation: 'updateUser', entity: 'user', entityKey: email, before, after, affectsPlan: false },
        manager,
      );
      return toUserModel(row);
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

  /** The authors behind these account ids, as anyone may see them: name and organisation. */
  async authorsByIds(ids: readonly number[]): Promise<(AuthorModel | undefined)[]> {
    return (await this.byIds(ids)).map((user) => user && Object.assign(new AuthorModel(), { name: user.name, organisationId: user.organisationId }));
  }

  /**
   * The account's id when the password is right, else null. Only active accounts sign in, and demo accounts never in
   * production. One password check is spent either way (against a dummy hash when there is no such account), so the
   * answer takes the same time whether the e-mail is known or not.
   */
  async verifyPassword(email: string, password: string): Promise<number | null> {
    const row = await selectPasswordHash.one(this.dataSource, [email, demoAccountsUsable(this.config)]);
    const valid = await this.passwordHasher.verify(row?.passwordHash ?? (await this.passwordHasher.dummyHash()), password);
    return valid && row ? row.id : null;
  }
}
