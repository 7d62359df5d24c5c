import { Injectable } from '@nestjs/common';
import { CalendarDate, DeadlineKind, ParsedDeadline, parseDeadline } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { groupByKeys, pickByKeys } from '../../common/collections';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { actionNotFound } from './action.errors';
import { toActionModel } from './action.mapper';
import { ActionModel } from './action.model';
import {
  ActionRole,
  copyLinksToOrganisation,
  countActions,
  countLinksOfOrganisation,
  countRolesByOrganisation,
  deleteLinksOfOrganisation,
  deleteParticipantsNotIn,
  deleteParticipantsOfRole,
  incrementActionVersion,
  insertParticipant,
  insertPartiesInForce,
  lockActionByRef,
  repointPartiesInForce,
  selectActionByRef,
  selectActionsByIds,
  selectActionsByProjectIds,
  selectOutlines,
  selectOwnerLinks,
  selectParticipants,
  updateActionDefinition,
  upsertAction,
  upsertParticipant,
} from './action.queries';
import { UpdateActionDefinitionInput } from './dto/update-action-definition.input';

/** What rules need of an action: its deadline, weight, version and parties (not its place in the plan). */
export interface ActionOutline {
  id: number;
  ref: string;
  title: string;
  weight: number;
  version: number;
  deadline: { kind: DeadlineKind; year: number | null; endYear: number | null };
  /** Owners and partners in force on the date asked (a PARTIES revision, else as adopted). */
  ownerIds: number[];
  partnerIds: number[];
}

/** The parties a PARTIES revision puts in force from its date; null: that role unchanged by it. */
export interface PartiesInForce {
  actionId: number;
  effectiveDate: CalendarDate;
  revisionId: number;
  ownerIds: number[] | null;
  partnerIds: number[] | null;
}

export type ActionParticipant = RowOf<(typeof selectParticipants)['row']>;

export interface RoleCounts {
  owned: number;
  partner: number;
}

/** An action of the seed, its parties already matched to organisation ids. */
export interface ActionDraft {
  projectId: number;
  ref: string;
  code: string;
  codeAsPrinted: string | null;
  position: number;
  title: string;
  subActions: string[];
  deadlineRaw: string | null;
  deadline: ParsedDeadline;
  flags: string[];
  notes: string | null;
  source: { fromLine: number; toLine: number } | null;
  parties: Record<ActionRole, Map<number, { position: number; printedName: string; specifier: string | null }>>;
}

function toOutline({ deadlineKind, deadlineYear, deadlineEndYear, ...row }: RowOf<(typeof selectOutlines)['row']>): ActionOutline {
  return { ...row, deadline: { kind: deadlineKind, year: deadlineYear, endYear: deadlineEndYear } };
}

/** Owns action and action_organisation: the plan's key actions, their deadlines, weights, versions and parties. */
@Injectable()
export class ActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
    private readonly organisationService: OrganisationService,
  ) {}

  /** The secretariat corrects an action's definition; audited, and marked edited so the seed leaves it alone. */
  async updateDefinition(actor: AuthenticatedUser, input: UpdateActionDefinitionInput): Promise<void> {
    assertAdmin(actor, 'change the plan’s structure');
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockActionByRef.one(manager, [input.ref]);
      if (!locked) throw actionNotFound(input.ref);
      const [action] = await selectActionsByIds.all(manager, [[locked.id]]);
      const parties = await this.partyKeys(manager, locked.id);
      const before = { title: action.title, deadline: action.deadlineRaw, weight: action.weight, ...parties };
      const deadlineRaw = input.deadline === undefined ? before.deadline : input.deadline.trim() || null;
      const deadline = parseDeadline(deadlineRaw);
      const title = input.title?.trim() ?? before.title;
      const weight = input.weight ?? before.weight;
      await updateActionDefinition.run(manager, [
        locked.id,
        title,
        deadlineRaw,
        deadline.kind,
        deadline.year,
        deadline.endYear,
        deadline.exact,
        String(weight),
      ]);
      for (const [role, keys] of [
        ['OWNER', input.ownerKeys],
        ['PARTNER', input.partnerKeys],
      ] as const) {
        if (keys === undefined) continue;
        const organisations = await this.organisationService.getByKeys([...new Set(keys)], manager);
        await deleteParticipantsOfRole.run(manager, [locked.id, role]);
        for (const [index, organisation] of organisations.entries()) {
          await insertParticipant.run(manager, [locked.id, role, organisation.id, index + 1, organisation.name]);
        }
      }
      const after = {
        title,
        deadline: deadlineRaw,
        weight,
        ownerKeys: input.ownerKeys ?? before.ownerKeys,
        partnerKeys: input.partnerKeys ?? before.partnerKeys,
      };
      await this.auditService.record(
        { actorId: actor.id, operation: 'updateActionDefinition', entity: 'action', entityKey: input.ref, before, after },
        manager,
      );
    });
  }

  private async partyKeys(db: SqlExecutor, actionId: number): Promise<{ ownerKeys: string[]; partnerKeys: string[] }> {
    const keysOf = async (role: ActionRole) => {
      const links = await selectParticipants.all(db, [[actionId], role]);
      const organisations = await this.organisationService.byIds(
        links.map((link) => link.organisationId),
        db,
      );
      return organisations.map((organisation) => organisation?.key ?? '?');
    };
    return { ownerKeys: await keysOf('OWNER'), partnerKeys: await keysOf('PARTNER') };
  }

  async findByRef(ref: string): Promise<ActionModel | null> {
    const row = await selectActionByRef.one(this.dataSource, [ref]);
    return row ? toActionModel(row) : null;
  }

  /** The action with this reference, or ACTION_NOT_FOUND. */
  async getByRef(ref: string): Promise<ActionModel> {
    const action = await this.findByRef(ref);
    if (!action) throw actionNotFound(ref);
    return action;
  }

  /** Actions by id, in the order asked (missing ones left out). */
  async byIds(ids: readonly number[]): Promise<ActionModel[]> {
    const rows = await selectActionsByIds.all(this.dataSource, [[...ids]]);
    return pickByKeys(ids, rows.map(toActionModel), (action) => action.id).filter((a): a is ActionModel => a !== undefined);
  }

  async byProjectIds(projectIds: readonly number[]): Promise<ActionModel[][]> {
    const rows = await selectActionsByProjectIds.all(this.dataSource, [[...projectIds]]);
    return groupByKeys(projectIds, rows.map(toActionModel), (action) => action.projectId);
  }

  async count(): Promise<number> {
    return (await countActions.single(this.dataSource)).actions;
  }

  async participantsByActionIds(actionIds: readonly number[], role: ActionRole): Promise<ActionParticipant[][]> {
    const rows = await selectParticipants.all(this.dataSource, [[...actionIds], role]);
    return groupByKeys(actionIds, rows, (row) => row.actionId);
  }

  /**
   * Outlines of the actions asked (all when none are given), in the order asked, with their parties in force on the
   * date (today in Casablanca by default: rights follow who owns the action now). Inside a transaction, pass its
   * manager: taking a second pooled connection while holding a row lock starves the pool under concurrent writers.
   */
  async outlines(ids?: readonly number[], db: SqlExecutor = this.dataSource, asOf: CalendarDate = todayInCasablanca()): Promise<ActionOutline[]> {
    const rows = (await selectOutlines.all(db, [ids ? [...ids] : null, asOf])).map(toOutline);
    return ids ? pickByKeys(ids, rows, (row) => row.id).filter((o): o is ActionOutline => o !== undefined) : rows;
  }

  /** Owned and partnered action counts for many organisations in the plan in force today, in one query. */
  async roleCountsByOrganisationIds(ids: readonly number[], asOf: CalendarDate = todayInCasablanca()): Promise<RoleCounts[]> {
    const rows = await countRolesByOrganisation.all(this.dataSource, [[...ids], asOf]);
    return pickByKeys(ids, rows, (row) => row.organisationId).map((row) => ({ owned: row?.owned ?? 0, partner: row?.partner ?? 0 }));
  }

  /** The actions each organisation owns in the plan in force on the date (today by default), by organisation id. */
  async ownedActionIdsByOrganisation(asOf: CalendarDate = todayInCasablanca()): Promise<Map<number, number[]>> {
    const owned = new Map<number, number[]>();
    for (const { organisationId, actionId } of await selectOwnerLinks.all(this.dataSource, [asOf]))
      owned.set(organisationId, [...(owned.get(organisationId) ?? []), actionId]);
    return owned;
  }

  /** Locks the action row for the rest of the transaction (concurrent writers queue here). */
  async lockByRef(db: SqlExecutor, ref: string): Promise<{ id: number; version: number } | null> {
    return (await lockActionByRef.one(db, [ref])) ?? null;
  }

  async incrementVersion(db: SqlExecutor, id: number): Promise<number> {
    return (await incrementActionVersion.single(db, [id])).version;
  }

  /** A merge: the duplicate's action links move to the organisation kept (no double link). Returns how many links it had. */
  async moveLinksToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<number> {
    const { links } = await countLinksOfOrganisation.single(db, [fromOrganisationId]);
    await copyLinksToOrganisation.run(db, [fromOrganisationId, toOrganisationId]);
    await deleteLinksOfOrganisation.run(db, [fromOrganisationId]);
    await repointPartiesInForce.run(db, [fromOrganisationId, toOrganisationId]);
    return links;
  }

  /**
   * A PARTIES revision of the plan takes effect (called by the revision module in its transaction): the owners and/or
   * partners in force from its date — what rights, "my actions", roll-ups and reminders follow from then on. The
   * adopted parties are never touched.
   */
  async recordPartiesInForce(db: SqlExecutor, change: PartiesInForce): Promise<void> {
    await insertPartiesInForce.run(db, [change.actionId, change.effectiveDate, change.revisionId, change.ownerIds, change.partnerIds]);
  }

  /** The seed: an action by its reference with its parties; null when an admin edited it (the seed leaves it alone). */
  async upsertFromSeed(db: SqlExecutor, draft: ActionDraft): Promise<number | null> {
    const { deadline, source } = draft;
    const row = await upsertAction.one(db, [
      draft.projectId,
      draft.ref,
      draft.code,
      draft.codeAsPrinted,
      draft.position,
      draft.title,
      draft.subActions,
      draft.deadlineRaw,
      deadline.kind,
      deadline.year,
      deadline.endYear,
      deadline.exact,
      draft.flags,
      draft.notes,
      source?.fromLine ?? null,
      source?.toLine ?? null,
    ]);
    if (!row) return null;
    for (const role of ['OWNER', 'PARTNER'] as const) {
      const wanted = draft.parties[role];
      await deleteParticipantsNotIn.run(db, [row.id, role, [...wanted.keys()]]);
      for (const [organisationId, link] of wanted) {
        await upsertParticipant.run(db, [row.id, role, organisationId, link.position, link.printedName, link.specifier]);
      }
    }
    return row.id;
  }
}
