import { Injectable } from '@nestjs/common';
import { normaliseForComparison, type OrganisationKind } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { groupByKeys, pickByKeys } from '../../common/collections';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { organisationKeyTaken, organisationNotFound, organisationsNotFound } from './organisation.errors';
import { OrganisationAliasModel, OrganisationModel } from './organisation.model';
import {
  deleteOrganisation,
  insertAliasUnlessTaken,
  insertOrganisation,
  lockOrganisationsByKeys,
  moveAliases,
  selectAliasesByOrganisationIds,
  selectOrganisationByKey,
  selectOrganisations,
  selectOrganisationsByIds,
  selectOrganisationsByKeys,
  updateOrganisation,
  upsertAlias,
  upsertOrganisation,
} from './organisation.queries';

type OrganisationRow = RowOf<(typeof selectOrganisations)['row']>;

export function toOrganisationModel(row: OrganisationRow): OrganisationModel {
  return Object.assign(new OrganisationModel(), row, { isGeneric: row.kind === 'GENERIC_GROUP' });
}

/** An organisation of the seed, with the names the plan prints for it. */
export interface OrganisationDraft {
  key: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  notes: string | null;
  aliases: { text: string; specifier: string | null }[];
}

/** Owns organisation and organisation_alias: the bodies the plan names, and how it prints their names. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  async create(actor: AuthenticatedUser, input: CreateOrganisationInput): Promise<OrganisationModel> {
    assertAdmin(actor, 'add organisations');
    return this.dataSource.transaction(async (manager) => {
      if (await selectOrganisationByKey.one(manager, [input.key])) throw organisationKeyTaken(input.key);
      const row = await insertOrganisation.single(manager, [input.key, input.name.trim(), input.acronym?.trim() || null, input.kind]);
      for (const text of [row.name, row.acronym].filter((name): name is string => Boolean(name))) {
        await insertAliasUnlessTaken.run(manager, [normaliseForComparison(text), text, row.id]);
      }
      await this.auditService.record(
        { actorId: actor.id, operation: 'createOrganisation', entity: 'organisation', entityKey: input.key, after: input },
        manager,
      );
      return toOrganisationModel(row);
    });
  }

  async update(actor: AuthenticatedUser, input: UpdateOrganisationInput): Promise<OrganisationModel> {
    assertAdmin(actor, 'change organisations');
    return this.dataSource.transaction(async (manager) => {
      const [before] = await lockOrganisationsByKeys.all(manager, [[input.key]]);
      if (!before) throw organisationNotFound(input.key);
      const acronym = input.acronym === undefined ? before.acronym : input.acronym.trim() || null;
      const after = await updateOrganisation.single(manager, [before.id, input.name?.trim() ?? before.name, acronym, input.kind ?? before.kind]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'updateOrganisation', entity: 'organisation', entityKey: input.key, before, after },
        manager,
      );
      return toOrganisationModel(after);
    });
  }

  async list(): Promise<OrganisationModel[]> {
    return (await selectOrganisations.all(this.dataSource)).map(toOrganisationModel);
  }

  async findByKey(key: string): Promise<OrganisationModel | null> {
    const row = await selectOrganisationByKey.one(this.dataSource, [key]);
    return row ? toOrganisationModel(row) : null;
  }

  /** The organisation with this key, or ORGANISATION_NOT_FOUND. */
  async getByKey(key: string, db: SqlExecutor = this.dataSource): Promise<OrganisationModel> {
    const row = await selectOrganisationByKey.one(db, [key]);
    if (!row) throw organisationNotFound(key);
    return toOrganisationModel(row);
  }

  /** The organisations with these keys, in the order given (undefined for a key that names none). */
  async byKeys(keys: readonly string[]): Promise<(OrganisationModel | undefined)[]> {
    const rows = await selectOrganisationsByKeys.all(this.dataSource, [[...keys]]);
    return pickByKeys(keys, rows, (row) => row.key).map((row) => (row ? toOrganisationModel(row) : undefined));
  }

  /** Every organisation named, in the order given; ORGANISATION_NOT_FOUND names those missing. */
  async getByKeys(keys: readonly string[], db: SqlExecutor = this.dataSource): Promise<OrganisationModel[]> {
    const rows = await selectOrganisationsByKeys.all(db, [[...keys]]);
    const found = pickByKeys(keys, rows, (row) => row.key);
    const missing = keys.filter((_, index) => !found[index]);
    if (missing.length) throw organisationsNotFound(missing);
    return found.map((row) => toOrganisationModel(row!));
  }

  async byIds(ids: readonly number[], db: SqlExecutor = this.dataSource): Promise<(OrganisationModel | undefined)[]> {
    const rows = await selectOrganisationsByIds.all(db, [[...ids]]);
    return pickByKeys(ids, rows.map(toOrganisationModel), (row) => row.id);
  }

  async aliasesByOrganisationIds(ids: readonly number[]): Promise<OrganisationAliasModel[][]> {
    const rows = await selectAliasesByOrganisationIds.all(this.dataSource, [[...ids]]);
    return groupByKeys(ids, rows, (row) => row.organisationId).map((group) =>
      group.map(({ text, specifier }) => Object.assign(new OrganisationAliasModel(), { text, specifier })),
    );
  }

  /**
   * Locks the two organisations of a merge (in id order) and returns them; ORGANISATION_NOT_FOUND for a missing one.
   * Inside the merge's transaction.
   */
  async lockPair(db: SqlExecutor, duplicateKey: string, keepKey: string): Promise<{ duplicate: OrganisationModel; keep: OrganisationModel }> {
    const rows = await lockOrganisationsByKeys.all(db, [[duplicateKey, keepKey]]);
    const [duplicate, keep] = [duplicateKey, keepKey].map((key) => {
      const row = rows.find((r) => r.key === key);
      if (!row) throw organisationNotFound(key);
      return toOrganisationModel(row);
    });
    return { duplicate, keep };
  }

  /** The last step of a merge, once nothing else points at the duplicate: its aliases move to the one kept, and it goes. */
  async absorb(db: SqlExecutor, duplicateId: number, keepId: number): Promise<void> {
    await moveAliases.run(db, [duplicateId, keepId]);
    await deleteOrganisation.run(db, [duplicateId]);
  }

  /** The seed's organisations, by stable key, with their printed names; returns each key's id. Inside the seed's transaction. */
  async upsertFromSeed(db: SqlExecutor, organisations: readonly OrganisationDraft[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const organisation of organisations) {
      const { id } = await upsertOrganisation.single(db, [organisation.key, organisation.name, organisation.acronym, organisation.kind, organisation.notes]);
      ids.set(organisation.key, id);
      for (const alias of organisation.aliases) await upsertAlias.run(db, [normaliseForComparison(alias.text), alias.text, id, alias.specifier]);
    }
    return ids;
  }
}
