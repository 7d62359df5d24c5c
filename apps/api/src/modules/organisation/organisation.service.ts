import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
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
  ) {}

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
