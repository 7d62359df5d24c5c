import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  canUpdateActionStatus,
  centimesOf,
  currencyProblem,
  FinancingRecord,
  financingInMad,
  formatCentimes,
  formatRate,
  lineTotals,
  parseRate,
  ReferenceRate,
  validateEffectiveDate,
  validateFinancing,
} from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../common/access/access.errors';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { groupByKeys } from '../../common/collections';
import { DomainError, ruleViolated } from '../../common/errors/domain-error';
import { SqlExecutor } from '../../database/sql/typed-query';
import { actionNotFound } from '../action/action.errors';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { RecordActionFinancingInput } from './dto/record-action-financing.input';
import { RecordReferenceRateInput } from './dto/record-reference-rate.input';
import { financingVersionConflict, madNeedsNoRate, partnerNotFound, referenceRateExists } from './financing.errors';
import { ActionFinancingModel, FundingLineModel, ReferenceRateModel } from './financing.model';
import {
  insertFinancingVersion,
  insertFundingLine,
  insertFundingLineAmounts,
  insertReferenceRate,
  movePartner,
  selectLatestVersion,
  selectLinesOfVersions,
  selectReferenceRate,
  selectReferenceRates,
  selectVersionsByActionIds,
  selectVersionsInForce,
} from './financing.queries';

type VersionRow = Awaited<ReturnType<typeof selectVersionsInForce.all>>[number];
type LineRow = Awaited<ReturnType<typeof selectLinesOfVersions.all>>[number];

/** A version of an action's financing as stored: amounts exact, as decimal text. */
export interface StoredFinancing extends VersionRow {
  lines: LineRow[];
}

/** The domain's record of a stored version (amounts as bigint centimes). */
export function recordOf(stored: StoredFinancing): FinancingRecord {
  return {
    needsFunding: stored.needsFunding,
    estimatedCost: stored.estimatedCost === null ? null : centimesOf(stored.estimatedCost),
    costCurrency: stored.costCurrency,
    lines: stored.lines.map((line) => ({
      ...line,
      amounts: line.amounts.map((year) => ({
        year: year.year,
        planned: centimesOf(year.planned),
        committed: centimesOf(year.committed),
        disbursed: centimesOf(year.disbursed),
      })),
    })),
  };
}

/** A rate as stored (NUMERIC(14,6), valid by its CHECK) in millionths. */
const storedRateMicros = (text: string): bigint => (parseRate(text) as { micros: bigint }).micros;
/** "10.950000" as stored → "10.95". */
const normalRate = (text: string): string => formatRate(storedRateMicros(text));

/** A rate as the schema shows it (rates read by `rates()` carry their source). */
export const rateModelOf = (rate: ReferenceRate & { source?: string }): ReferenceRateModel =>
  Object.assign(new ReferenceRateModel(), { currency: rate.currency, date: rate.date, rate: formatRate(rate.micros), source: rate.source ?? '' });

/** Owns action_financing, funding_line, funding_line_amount and reference_rate. */
@Injectable()
export class FinancingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly auditService: AuditService,
  ) {}

  /** Every reference rate recorded, per currency, oldest first. */
  async referenceRates(): Promise<ReferenceRateModel[]> {
    const rows = await selectReferenceRates.all(this.dataSource);
    return rows.map((row) => Object.assign(new ReferenceRateModel(), row, { rate: normalRate(row.rate) }));
  }

  /** The rates as the domain's rules take them, each with its source. */
  async rates(): Promise<(ReferenceRate & { source: string })[]> {
    return (await this.referenceRates()).map((row) => ({
      currency: row.currency,
      date: row.date,
      micros: storedRateMicros(row.rate),
      source: row.source,
    }));
  }

  /** The version in force on a date of each action (all actions when no ids are given); actions without one are absent. */
  async inForce(asOf: CalendarDate, actionIds?: readonly number[]): Promise<Map<number, StoredFinancing>> {
    const versions = await selectVersionsInForce.all(this.dataSource, [asOf, actionIds ? [...actionIds] : null]);
    const withLines = await this.withLines(versions);
    return new Map(withLines.map((stored) => [stored.actionId, stored]));
  }

  async inForceByActionIds(actionIds: readonly number[], asOf: CalendarDate): Promise<(StoredFinancing | null)[]> {
    const found = await this.inForce(asOf, actionIds);
    return actionIds.map((id) => found.get(id) ?? null);
  }

  /** Every version of each action's financing, latest entry first. */
  async historyByActionIds(actionIds: readonly number[]): Promise<StoredFinancing[][]> {
    const versions = await selectVersionsByActionIds.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(actionIds, await this.withLines(versions), (stored) => stored.actionId);
  }

  /** A stored version as the interface shows it on a date: its status and MAD figures at the rates in force then. */
  present(stored: StoredFinancing, rates: readonly ReferenceRate[], asOf: CalendarDate): ActionFinancingModel {
    const record = recordOf(stored);
    const inMad = financingInMad(record, rates, asOf);
    const lines = stored.lines.map((line, index) => {
      const totals = lineTotals(record.lines[index]);
      return Object.assign(new FundingLineModel(), line, {
        totalPlanned: formatCentimes(totals.planned),
        totalCommitted: formatCentimes(totals.committed),
        totalDisbursed: formatCentimes(totals.disbursed),
      });
    });
    return Object.assign(new ActionFinancingModel(), stored, {
      lines,
      asOf,
      status: inMad.status,
      inMad: {
        cost: inMad.cost === null ? null : formatCentimes(inMad.cost),
        planned: formatCentimes(inMad.planned),
        secured: formatCentimes(inMad.secured),
        disbursed: formatCentimes(inMad.disbursed),
        gap: formatCentimes(inMad.gap),
      },
      ratesUsed: inMad.ratesUsed.map(rateModelOf),
      unconverted: inMad.unconverted,
    });
  }

  /**
   * Stores the owners' new statement of an action's financing as its next version, in one transaction: the action row
   * is locked (concurrent writers queue), the caller's rights checked (editors of an owner organisation, the
   * secretariat: as for status updates), the version they saw compared (VERSION_CONFLICT), partners found in the
   * directory, the version with its lines and amounts appended, and an audit record written.
   */
  async record(actor: AuthenticatedUser, input: RecordActionFinancingInput, today = todayInCasablanca()): Promise<void> {
    await this.dataSource.transaction((manager) => this.applyRecord(manager, actor, input, today));
  }

  /** The work of `record` inside a caller's transaction (the Excel import applies many rows in one): throws a coded DomainError when refused. */
  async applyRecord(manager: EntityManager, actor: AuthenticatedUser, input: RecordActionFinancingInput, today: CalendarDate): Promise<void> {
    const effectiveDate = input.effectiveDate ?? today;
    const dateProblem = validateEffectiveDate(effectiveDate, today)[0];
    if (dateProblem) throw ruleViolated(dateProblem);
    const checked = validateFinancing(input);
    if ('violations' in checked) {
      const [first] = checked.violations;
      throw new DomainError(first.code, first.message, { problems: checked.violations.map((v) => v.message) });
    }
    const { financing } = checked;
    const locked = await this.actionService.lockByRef(manager, input.ref);
    if (!locked) throw actionNotFound(input.ref);
    const [outline] = await this.actionService.outlines([locked.id], manager);
    if (!canUpdateActionStatus(actor, outline)) {
      throw forbidden(`Only the owner organisations of ${outline.ref} (or the secretariat) can record its financing; others only read it.`);
    }
    const current = (await selectLatestVersion.single(manager, [locked.id])).version;
    if (current !== input.expectedVersion) throw financingVersionConflict(outline.ref, input.expectedVersion, current);
    const partnerKeys = [...new Set(financing.lines.flatMap((line) => (line.partnerKey ? [line.partnerKey] : [])))];
    // The partners, read on the transaction's connection; a missing one is said in the words of this form.
    const partners = await this.organisationService.getByKeys(partnerKeys, manager).catch((error: unknown) => {
      const missing = error instanceof DomainError ? (error.details?.keys as string[] | undefined) : undefined;
      throw missing ? partnerNotFound(missing.join(', ')) : error;
    });
    const partnerIdOf = new Map(partners.map((partner) => [partner.key, partner.id]));
    const version = current + 1;
    const comment = input.comment?.trim() ?? '';
    const cost = financing.estimatedCost === null ? null : formatCentimes(financing.estimatedCost);
    await insertFinancingVersion.run(manager, [locked.id, version, effectiveDate, financing.needsFunding, cost, financing.costCurrency, comment, actor.id]);
    for (const [index, line] of financing.lines.entries()) {
      const position = index + 1;
      const partnerId = line.partnerKey ? partnerIdOf.get(line.partnerKey)! : null;
      await insertFundingLine.run(manager, [
        locked.id,
        version,
        position,
        line.source,
        line.currency,
        line.budgetYear,
        line.budgetLine,
        partnerId,
        line.programme,
        line.periodStart,
        line.periodEnd,
      ]);
      await insertFundingLineAmounts.run(manager, [
        locked.id,
        version,
        position,
        line.amounts.map((year) => year.year),
        line.amounts.map((year) => formatCentimes(year.planned)),
        line.amounts.map((year) => formatCentimes(year.committed)),
        line.amounts.map((year) => formatCentimes(year.disbursed)),
      ]);
    }
    const after = {
      version,
      effectiveDate,
      needsFunding: financing.needsFunding,
      estimatedCost: cost,
      costCurrency: financing.costCurrency,
      comment,
      lines: financing.lines.map((line) => ({
        ...line,
        amounts: line.amounts.map((year) => ({
          year: year.year,
          planned: formatCentimes(year.planned),
          committed: formatCentimes(year.committed),
          disbursed: formatCentimes(year.disbursed),
        })),
      })),
    };
    await this.auditService.record({ actorId: actor.id, operation: 'recordActionFinancing', entity: 'action', entityKey: outline.ref, after }, manager);
  }

  /** Records a reference rate for a currency from a date on (the secretariat); never rewritten. Audited. */
  async recordRate(actor: AuthenticatedUser, input: RecordReferenceRateInput, today = todayInCasablanca()): Promise<ReferenceRateModel> {
    assertAdmin(actor, 'record reference rates');
    const unknownCurrency = currencyProblem(input.currency)[0];
    if (unknownCurrency) throw ruleViolated(unknownCurrency);
    if (input.currency === 'MAD') throw madNeedsNoRate();
    const dateProblem = validateEffectiveDate(input.date, today)[0];
    if (dateProblem) throw ruleViolated(dateProblem);
    const parsed = parseRate(input.rate);
    if ('code' in parsed) throw ruleViolated(parsed);
    const rate = formatRate(parsed.micros);
    const source = input.source?.trim() ?? '';
    return this.dataSource.transaction(async (manager) => {
      const written = await insertReferenceRate.run(manager, [input.currency, input.date, rate, source, actor.id]);
      if (written === 0) {
        const existing = await selectReferenceRate.single(manager, [input.currency, input.date]);
        throw referenceRateExists(input.currency, input.date, normalRate(existing.rate));
      }
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'recordReferenceRate',
          entity: 'reference_rate',
          entityKey: `${input.currency}@${input.date}`,
          after: { rate, source },
        },
        manager,
      );
      return Object.assign(new ReferenceRateModel(), { currency: input.currency, date: input.date, rate, source });
    });
  }

  /** An organisation merge: funding lines naming the duplicate as partner name the organisation kept. */
  async movePartnerToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<number> {
    return movePartner.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private async withLines(versions: VersionRow[]): Promise<StoredFinancing[]> {
    if (versions.length === 0) return [];
    const lines = await selectLinesOfVersions.all(this.dataSource, [versions.map((v) => v.actionId), versions.map((v) => v.version)]);
    const key = (actionId: number, version: number) => `${actionId}:${version}`;
    const linesOf = new Map<string, LineRow[]>();
    for (const line of lines) {
      const list = linesOf.get(key(line.actionId, line.version));
      if (list) list.push(line);
      else linesOf.set(key(line.actionId, line.version), [line]);
    }
    return versions.map((version) => ({ ...version, lines: linesOf.get(key(version.actionId, version.version)) ?? [] }));
  }
}
