import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { normaliseForComparison } from '@pnq/domain';
import { DomainError } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../user/authenticated-user';
import { CreateOrganisationInput, MergeOrganisationsInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { groupByKeys } from '../../common/request-loaders';
import { OrganisationAliasEntity } from './organisation-alias.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationAliasModel, OrganisationModel } from './organisation.model';

export function toOrganisationModel(entity: OrganisationEntity): OrganisationModel {
  return Object.assign(new OrganisationModel(), entity, { isGeneric: entity.kind === 'GENERIC_GROUP' });
}

export interface RoleCounts {
  owned: number;
  partner: number;
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(OrganisationAliasEntity) private readonly aliases: Repository<OrganisationAliasEntity>,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  async create(actor: AuthenticatedUser, input: CreateOrganisationInput): Promise<OrganisationModel> {
    return this.dataSource.transaction(async (manager) => {
      const [taken] = await manager.query('SELECT 1 FROM organisation WHERE key = $1', [input.key]);
      if (taken) throw new DomainError('ORGANISATION_KEY_TAKEN', `The key "${input.key}" is already used.`);
      const [row] = await manager.query(
        `INSERT INTO organisation (key, name, acronym, kind) VALUES ($1, $2, $3, $4) RETURNING id, key, name, acronym, kind, notes`,
        [input.key, input.name.trim(), input.acronym?.trim() || null, input.kind],
      );
      for (const text of [row.name, row.acronym].filter(Boolean)) {
        await manager.query(
          `INSERT INTO organisation_alias (normalised_text, text, organisation_id) VALUES ($1, $2, $3) ON CONFLICT (normalised_text) DO NOTHING`,
          [normaliseForComparison(text), text, row.id],
        );
      }
      await this.auditService.record({ actorId: actor.id, operation: 'createOrganisation', entity: 'organisation', entityKey: input.key, after: input }, manager);
      return toOrganisationModel(row);
    });
  }

  async update(actor: AuthenticatedUser, input: UpdateOrganisationInput): Promise<OrganisationModel> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query('SELECT id, key, name, acronym, kind, notes FROM organisation WHERE key = $1 FOR UPDATE', [input.key]);
      if (!before) throw new DomainError('ORGANISATION_NOT_FOUND', `No organisation with key "${input.key}".`);
      const [[after]] = await manager.query(
        `UPDATE organisation SET name = $2, acronym = $3, kind = $4 WHERE id = $1 RETURNING id, key, name, acronym, kind, notes`,
        [before.id, input.name?.trim() ?? before.name, input.acronym === undefined ? before.acronym : input.acronym.trim() || null, input.kind ?? before.kind],
      );
      await this.auditService.record({ actorId: actor.id, operation: 'updateOrganisation', entity: 'organisation', entityKey: input.key, before, after }, manager);
      return toOrganisationModel(after);
    });
  }

  /** Merges a duplicate into the organisation kept: action links (no double link), aliases and accounts move; the duplicate goes. */
  async merge(actor: AuthenticatedUser, input: MergeOrganisationsInput): Promise<OrganisationModel> {
    if (input.duplicateKey === input.keepKey) throw new DomainError('MERGE_SAME_ORGANISATION', 'Choose two different organisations to merge.');
    return this.dataSource.transaction(async (manager) => {
      const rows: OrganisationEntity[] = await manager.query(
        'SELECT id, key, name, acronym, kind, notes FROM organisation WHERE key = ANY($1) ORDER BY id FOR UPDATE',
        [[input.duplicateKey, input.keepKey]],
      );
      const duplicate = rows.find((r) => r.key === input.duplicateKey);
      const keep = rows.find((r) => r.key === input.keepKey);
      for (const [key, row] of [[input.duplicateKey, duplicate], [input.keepKey, keep]] as const) {
        if (!row) throw new DomainError('ORGANISATION_NOT_FOUND', `No organisation with key "${key}".`);
      }
      const [{ links }] = await manager.query('SELECT count(*)::int AS links FROM action_organisation WHERE organisation_id = $1', [duplicate!.id]);
      await manager.query(
        `INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name, specifier)
         SELECT action_id, role, $2, position, printed_name, specifier FROM action_organisation WHERE organisation_id = $1
         ON CONFLICT (action_id, role, organisation_id) DO NOTHING`,
        [duplicate!.id, keep!.id],
      );
      await manager.query('DELETE FROM action_organisation WHERE organisation_id = $1', [duplicate!.id]);
      await manager.query('UPDATE organisation_alias SET organisation_id = $2 WHERE organisation_id = $1', [duplicate!.id, keep!.id]);
      await manager.query('UPDATE app_user SET organisation_id = $2 WHERE organisation_id = $1', [duplicate!.id, keep!.id]);
      await manager.query('DELETE FROM organisation WHERE id = $1', [duplicate!.id]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'mergeOrganisations', entity: 'organisation', entityKey: input.keepKey, before: { duplicate, keep, links }, after: { keep: keep!.key, removed: duplicate!.key } },
        manager,
      );
      return toOrganisationModel(keep!);
    });
  }

  async list(): Promise<OrganisationModel[]> {
    return (await this.organisations.find({ order: { name: 'ASC' } })).map(toOrganisationModel);
  }

  async findByKey(key: string): Promise<OrganisationModel | null> {
    const entity = await this.organisations.findOneBy({ key });
    return entity ? toOrganisationModel(entity) : null;
  }

  async byIds(ids: readonly number[]): Promise<(OrganisationModel | undefined)[]> {
    const rows = await this.organisations.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toOrganisationModel(row)]));
    return ids.map((id) => byId.get(id));
  }

  async aliasesByOrganisationIds(ids: readonly number[]): Promise<OrganisationAliasModel[][]> {
    const rows = await this.aliases.find({ where: { organisationId: In([...ids]) }, order: { text: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.organisationId).map((group) =>
      group.map(({ text, specifier }) => Object.assign(new OrganisationAliasModel(), { text, specifier })),
    );
  }

  /** Owned and partnered action counts for many organisations, in one query. */
  async roleCountsByOrganisationIds(ids: readonly number[]): Promise<RoleCounts[]> {
    const rows: { organisation_id: number; owned: number; partner: number }[] = await this.organisations.query(
      `SELECT organisation_id,
              count(*) FILTER (WHERE role = 'OWNER')::int AS owned,
              count(*) FILTER (WHERE role = 'PARTNER')::int AS partner
         FROM action_organisation WHERE organisation_id = ANY($1) GROUP BY organisation_id`,
      [[...ids]],
    );
    const byId = new Map(rows.map((row) => [row.organisation_id, { owned: row.owned, partner: row.partner }]));
    return ids.map((id) => byId.get(id) ?? { owned: 0, partner: 0 });
  }
}
