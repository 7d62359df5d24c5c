import type { PrivateText } from '@pnq/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Language, Role } from '@pnq/domain';
import { randomBytes } from 'node:crypto';
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
import { UpdatePreferencesInput } from './dto/update-preferences.input';
import { UpdateUserInput } from './dto/update-user.input';
import { cannotDemoteLastAdmin, editorNeedsOrganisation, emailTaken, userNotFound } from './user.errors';
import { PasswordPolicy } from './password-policy.service';
import { UserSessionService } from './user-session.service';
import { AuthorModel } from './author.model';
import { UserModel } from './user.model';
import { sameRecord } from '../../common/same-record';
import { demoAccountsUsable } from './demo-accounts';
import { PasswordHasher } from './password-hasher';
import {
  countActiveAdmins,
  countActiveEditorsByOrganisation,
  deactivateApiClient,
  insertApiClient,
  insertPerson,
  lockUserByEmail,
  lockUserById,
  moveUsersToOrganisation,
  revokeSessionsOfUser,
  selectActiveUsers,
  selectPasswordHash,
  selectPasswordHashById,
  selectSignInAccount,
  selectUserIdByEmail,
  selectUsers,
  selectUsersByIds,
  updatePassword,
  updatePreferences,
  updateUser,
} from './user.queries';
import { selectPeopleTexts } from './user-private-texts.queries';

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

/** A person's account as an accepted invitation makes it (role and organisation are the secretariat's choice). */
export interface NewPerson {
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  language: Language;
  /** null: signs in through single sign-on only. */
  password: string | null;
}

/** Who changes a password, and how (for the audit log and the sessions kept). */
export interface PasswordChange {
  operation: 'changeMyPassword' | 'resetPassword';
  /** The session to keep (the one that changed it); null: every session ends. */
  keepSessionToken: string | null;
}

/** Owns app_user (and, through UserSessionService, user_session): accounts and their passwords. */
@Injectable()
export class UserService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
    private readonly organisationService: OrganisationService,
    private readonly passwordHasher: PasswordHasher,
    private readonly passwordPolicy: PasswordPolicy,
    private readonly userSessions: UserSessionService,
  ) {}

  async list(actor: AuthenticatedUser): Promise<UserModel[]> {
    assertAdmin(actor, 'list the accounts');
    return (await selectUsers.all(this.dataSource)).map(toUserModel);
  }

  /** Every active account, with what reminders need (language, opt-out). */
  async recipients(db: SqlExecutor = this.dataSource): Promise<Recipient[]> {
    return selectActiveUsers.all(db);
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

  /**
   * Makes the account of an accepted invitation, inside its transaction; the password (if any) must pass the
   * policy. EMAIL_TAKEN when an account with this address appeared meanwhile. Audited as `acceptInvitation`.
   */
  async createPerson(db: SqlExecutor, person: NewPerson): Promise<UserModel> {
    if (person.password !== null) this.passwordPolicy.assertAcceptable(person.password, person);
    const hash = person.password === null ? null : await this.passwordHasher.hash(person.password);
    const row = await insertPerson.one(db, [person.email, person.name, person.role, person.organisationId, person.language, hash]);
    if (!row) throw emailTaken(person.email);
    const { mailOptOut: _mailOptOut, ...created } = row;
    await this.auditService.record(
      { actorId: row.id, operation: 'acceptInvitation', entity: 'user', entityKey: row.email, after: { ...created, id: undefined }, affectsPlan: false },
      db,
    );
    return toUserModel(row);
  }

  /**
   * Sets a new password (checked against the policy for this person), ends every other session of the account, and
   * audits the change (never the password). Inside the caller's transaction when given.
   */
  async setPassword(userId: number, password: string, change: PasswordChange, db?: SqlExecutor): Promise<void> {
    const write = async (manager: SqlExecutor) => {
      const account = await lockUserById.single(manager, [userId]);
      this.passwordPolicy.assertAcceptable(password, account);
      await updatePassword.run(manager, [userId, await this.passwordHasher.hash(password)]);
      const sessionsEnded = await this.userSessions.endAllOf(userId, change.keepSessionToken, manager);
      await this.auditService.record(
        { actorId: userId, operation: change.operation, entity: 'user', entityKey: account.email, after: { sessionsEnded }, affectsPlan: false },
        manager,
      );
    };
    await (db ? write(db) : this.dataSource.transaction(write));
  }

  /** Whether the password is the account's current one (false when it has none). */
  async hasPassword(userId: number, password: string): Promise<boolean> {
    const row = await selectPasswordHashById.one(this.dataSource, [userId]);
    return row?.passwordHash ? this.passwordHasher.verify(row.passwordHash, password) : false;
  }

  /** An active account by id, as a request's user (an API token's client account), or null. */
  async activeAccount(id: number): Promise<AuthenticatedUser | null> {
    const [row] = await selectUsersByIds.all(this.dataSource, [[id]]);
    return row?.active ? row : null;
  }

  /** The id of the account with this address (any state), or null. */
  async idByEmail(email: string, db: SqlExecutor = this.dataSource): Promise<number | null> {
    return (await selectUserIdByEmail.one(db, [email]))?.id ?? null;
  }

  /** The account behind an e-mail that may sign in (active person; demo accounts only outside production), or null. */
  async signInAccount(email: string, db: SqlExecutor = this.dataSource): Promise<UserModel | null> {
    const row = await selectSignInAccount.one(db, [email.trim().toLowerCase(), demoAccountsUsable(this.config)]);
    return row ? toUserModel(row) : null;
  }

  /** The account an API token acts as: an editor of the organisation named after the token, no password, no mail. */
  async createApiClient(db: SqlExecutor, name: string, organisationId: number): Promise<number> {
    const email = `api-${randomBytes(6).toString('hex')}@tokens.pnq.invalid`;
    return (await insertApiClient.single(db, [email, name, organisationId])).id;
  }

  async deactivateApiClient(db: SqlExecutor, clientId: number): Promise<void> {
    await deactivateApiClient.run(db, [clientId]);
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

  /** Every person's e-mail and name: texts a public snapshot must never contain. */
  async privateTexts(): Promise<PrivateText[]> {
    const rows = await selectPeopleTexts.all(this.dataSource);
    return rows.flatMap((row) => [
      { kind: 'EMAIL' as const, text: row.email },
      { kind: 'PERSON_NAME' as const, text: row.name },
    ]);
  }
}
