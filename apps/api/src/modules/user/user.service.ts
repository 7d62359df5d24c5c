import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from './authenticated-user';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UpdatePreferencesInput } from './dto/update-preferences.input';
import { cannotDemoteLastAdmin, editorNeedsOrganisation, emailTaken, organisationNotFound, userNotFound } from './user.errors';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

export const DEMO_PASSWORD = 'pnq-demo-2035';
export const ARGON2_OPTIONS = { type: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 }; // argon2id, OWASP minimum

export function toUserModel(
  entity: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'organisationId' | 'active' | 'language'> & Partial<Pick<UserEntity, 'mailOptOut'>>,
): UserModel {
  return Object.assign(new UserModel(), {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    organisationId: entity.organisationId,
    active: entity.active,
    language: entity.language,
    mailOptOut: entity.mailOptOut ?? false,
  });
}

/** An active account reminders can go to. */
export interface Recipient {
  id: number;
  email: string;
  name: string;
  role: UserEntity['role'];
  organisationId: number | null;
  language: 'fr' | 'ar' | 'en';
  mailOptOut: boolean;
}

@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  async list(): Promise<UserModel[]> {
    return (await this.users.find({ order: { role: 'ASC', email: 'ASC' } })).map(toUserModel);
  }

  /** Every active account, with what reminders need (language, opt-out). */
  async recipients(): Promise<Recipient[]> {
    return this.users.find({
      select: { id: true, email: true, name: true, role: true, organisationId: true, language: true, mailOptOut: true },
      where: { active: true },
      order: { id: 'ASC' },
    });
  }

  /** The signed-in user's own preferences: language, and opting out of non-essential mails. Audited. */
  async updatePreferences(actor: AuthenticatedUser, input: UpdatePreferencesInput): Promise<UserModel> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT language, mail_opt_out AS "mailOptOut" FROM app_user WHERE id = $1 FOR UPDATE`, [actor.id]);
      const after = { language: input.language ?? before.language, mailOptOut: input.mailOptOut ?? before.mailOptOut };
      const [[row]] = await manager.query(
        `UPDATE app_user SET language = $2, mail_opt_out = $3 WHERE id = $1
         RETURNING id, email, name, role, organisation_id AS "organisationId", active, language, mail_opt_out AS "mailOptOut"`,
        [actor.id, after.language, after.mailOptOut],
      );
      await this.auditService.record({ actorId: actor.id, operation: 'updateMyPreferences', entity: 'user', entityKey: actor.email, before, after }, manager);
      return toUserModel(row);
    });
  }

  async create(actor: AuthenticatedUser, input: CreateUserInput): Promise<UserModel> {
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const organisationId = await this.organisationIdFor(manager, input.role, input.organisationKey);
      const [existing] = await manager.query('SELECT 1 FROM app_user WHERE email = $1', [email]);
      if (existing) throw emailTaken(email);
      const [row] = await manager.query(
        `INSERT INTO app_user (email, name, role, organisation_id, password_hash) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, email, name, role, organisation_id AS "organisationId", active, language`,
        [email, input.name.trim(), input.role, organisationId, await hash(input.password, ARGON2_OPTIONS)],
      );
      await this.auditService.record(
        { actorId: actor.id, operation: 'createUser', entity: 'user', entityKey: email, after: { ...row, id: undefined } },
        manager,
      );
      return toUserModel(row);
    });
  }

  async update(actor: AuthenticatedUser, input: UpdateUserInput): Promise<UserModel> {
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(
        `SELECT id, email, name, role, organisation_id AS "organisationId", active, language FROM app_user WHERE email = $1 FOR UPDATE`,
        [email],
      );
      if (!before) throw userNotFound(email);
      const role = input.role ?? before.role;
      const organisationId =
        input.organisationKey !== undefined || input.role !== undefined
          ? await this.organisationIdFor(manager, role, input.organisationKey ?? (role === 'EDITOR' ? await this.keyOf(manager, before.organisationId) : undefined))
          : before.organisationId;
      const active = input.active ?? before.active;
      if (before.role === 'ADMIN' && before.active && (role !== 'ADMIN' || !active)) {
        const [{ admins }] = await manager.query(`SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN' AND active`);
        if (admins <= 1) throw cannotDemoteLastAdmin();
      }
      const [[after]] = await manager.query(
        `UPDATE app_user SET name = $2, role = $3, organisation_id = $4, active = $5, language = $6 WHERE id = $1
         RETURNING id, email, name, role, organisation_id AS "organisationId", active, language, mail_opt_out AS "mailOptOut"`,
        [before.id, input.name?.trim() ?? before.name, role, organisationId, active, input.language ?? before.language],
      );
      if (!active) await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [before.id]);
      await this.auditService.record({ actorId: actor.id, operation: 'updateUser', entity: 'user', entityKey: email, before, after }, manager);
      return toUserModel(after);
    });
  }

  private async organisationIdFor(manager: EntityManager, role: string, key: string | undefined): Promise<number | null> {
    if (!key) {
      if (role === 'EDITOR') throw editorNeedsOrganisation();
      return null;
    }
    const [organisation] = await manager.query('SELECT id FROM organisation WHERE key = $1', [key]);
    if (!organisation) throw organisationNotFound(key);
    return organisation.id;
  }

  private async keyOf(manager: EntityManager, organisationId: number | null): Promise<string | undefined> {
    if (organisationId === null) return undefined;
    const [row] = await manager.query('SELECT key FROM organisation WHERE id = $1', [organisationId]);
    return row?.key;
  }

  async byIds(ids: readonly number[]): Promise<(UserModel | undefined)[]> {
    const rows = await this.users.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toUserModel(row)]));
    return ids.map((id) => byId.get(id));
  }

  /**
   * Accounts at boot: the demo accounts outside production (created once, never overwritten),
   * and the first admin from PNQ_ADMIN_EMAIL / PNQ_ADMIN_PASSWORD when no active admin exists.
   */
  async provisionAccounts(): Promise<void> {
    if (this.config.demoAccounts) await this.provisionDemoAccounts();
    if (this.config.adminEmail && this.config.adminPassword) {
      const admins = await this.users.countBy({ role: 'ADMIN', active: true });
      if (admins === 0) {
        await this.users.query(
          `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Secrétariat du CSNCA', 'ADMIN', $2)
           ON CONFLICT (email) DO NOTHING`,
          [this.config.adminEmail, await hash(this.config.adminPassword, ARGON2_OPTIONS)],
        );
        this.logger.log(`First admin account created for ${this.config.adminEmail}`);
      }
    }
  }

  private async provisionDemoAccounts(): Promise<void> {
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);
    const inserted = await this.users.query(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash, is_demo)
       SELECT * FROM (
         VALUES ('admin@pnq.local', 'Secrétariat du CSNCA (démo)', 'ADMIN', NULL::int, $1, true),
                ('viewer@pnq.local', 'Membre du comité de pilotage (démo)', 'VIEWER', NULL::int, $1, true)
       ) AS fixed
       UNION ALL
       SELECT DISTINCT ON (email) email, name, 'EDITOR', id, $1, true FROM (
         SELECT regexp_replace(lower(o.acronym), '[^a-z0-9]+', '-', 'g') || '@pnq.local' AS email,
                'Éditeur ' || o.acronym || ' (démo)' AS name, o.id
           FROM organisation o
          WHERE o.acronym IS NOT NULL
            AND EXISTS (SELECT 1 FROM action_organisation ao WHERE ao.organisation_id = o.id AND ao.role = 'OWNER')
       ) AS editors
       ON CONFLICT (email) DO NOTHING
       RETURNING email`,
      [passwordHash],
    );
    if (inserted.length > 0) this.logger.log(`Demo accounts created: ${inserted.length} (their shared password is in the README; never logged)`);
  }
}
