import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { In, Repository } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

export const DEMO_PASSWORD = 'pnq-demo-2035';
export const ARGON2_OPTIONS = { type: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 }; // argon2id, OWASP minimum

export function toUserModel(entity: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'organisationId' | 'active' | 'language'>): UserModel {
  return Object.assign(new UserModel(), {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    organisationId: entity.organisationId,
    active: entity.active,
    language: entity.language,
  });
}

@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    if (inserted.length > 0) this.logger.log(`Demo accounts created: ${inserted.length} (password "${DEMO_PASSWORD}")`);
  }
}
