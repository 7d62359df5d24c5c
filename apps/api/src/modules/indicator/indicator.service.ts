import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CalendarDate,
  canAdminister,
  canUpdateActionStatus,
  dueDateOf,
  evaluateIndicator,
  IndicatorDefinition,
  IndicatorStatus,
  isCalendarDate,
  validateIndicatorDefinition,
  validateIndicatorValue,
} from '@pnq/domain';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { todayInCasablanca } from '../../common/clock';
import { groupByKeys } from '../../common/request-loaders';
import { SourceRangeModel } from '../../common/source-range.model';
import { ActionOutline, ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { ForbiddenError } from '../auth/auth.errors';
import { AuthenticatedUser } from '../user/authenticated-user';
import { AddNationalIndicatorValueInput } from './dto/add-national-indicator-value.input';
import { RecordIndicatorValueInput } from './dto/record-indicator-value.input';
import { UpdateIndicatorDefinitionInput } from './dto/update-indicator-definition.input';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorNotFoundError, IndicatorRuleError, IndicatorVersionConflictError, NationalIndicatorNotFoundError } from './indicator.errors';
import { IndicatorEvaluationModel, IndicatorModel, IndicatorValueModel, NationalIndicatorModel, NationalIndicatorValueModel } from './indicator.model';
import { NationalIndicatorValueEntity } from './national-indicator-value.entity';
import { NationalIndicatorEntity } from './national-indicator.entity';

const DEFINITION_FIELDS = ['kind', 'unit', 'baseline', 'baselineDate', 'target', 'targetYear', 'trajectory'] as const;

function toModel(row: IndicatorEntity): IndicatorModel {
  const { editedAt, editedBy: _editedBy, classificationRule: _rule, ...fields } = row;
  return Object.assign(new IndicatorModel(), fields, { edited: editedAt !== null });
}

function definitionOf(indicator: Pick<IndicatorModel, (typeof DEFINITION_FIELDS)[number]>): IndicatorDefinition {
  return Object.fromEntries(DEFINITION_FIELDS.map((field) => [field, indicator[field]])) as unknown as IndicatorDefinition;
}

/** The year a target without a stated year is due: the action's due year (its deadline), if it has one. */
function dueYearOf(outline: Pick<ActionOutline, 'deadline'> | undefined): number | null {
  const due = outline ? dueDateOf(outline.deadline) : null;
  return due ? Number(due.slice(0, 4)) : null;
}

@Injectable()
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(IndicatorEntity) private readonly indicators: Repository<IndicatorEntity>,
    @InjectRepository(IndicatorValueEntity) private readonly values: Repository<IndicatorValueEntity>,
    @InjectRepository(NationalIndicatorEntity) private readonly nationalIndicators: Repository<NationalIndicatorEntity>,
    @InjectRepository(NationalIndicatorValueEntity) private readonly nationalValues: Repository<NationalIndicatorValueEntity>,
    private readonly actionService: ActionService,
    private readonly auditService: AuditService,
  ) {}

  async byActionIds(actionIds: readonly number[]): Promise<IndicatorModel[][]> {
    const rows = await this.indicators.find({ where: { actionId: In([...actionIds]) }, order: { position: 'ASC' } });
    return groupByKeys(actionIds, rows.map(toModel), (row) => row.actionId);
  }

  /** Recorded values per indicator, latest first (by date, then entry). */
  async valuesByIndicatorIds(ids: readonly number[]): Promise<IndicatorValueModel[][]> {
    const rows = await this.values.find({ where: { indicatorId: In([...ids]) }, order: { date: 'DESC', version: 'DESC' } });
    return groupByKeys(ids, rows.map((row) => Object.assign(new IndicatorValueModel(), row)), (row) => row.indicatorId);
  }

  /** The indicator on a date, with the action's due year standing in for a target year the text does not state. */
  evaluate(indicator: IndicatorModel, values: readonly IndicatorValueModel[], asOf: CalendarDate, outline?: Pick<ActionOutline, 'deadline'>) {
    const targetYear = indicator.targetYear ?? (indicator.target !== null ? dueYearOf(outline) : null);
    const result = evaluateIndicator({ ...definitionOf(indicator), targetYear }, values, asOf);
    return Object.assign(new IndicatorEvaluationModel(), {
      asOf,
      status: result.status,
      latestValue: result.latest?.value ?? null,
      latestDate: result.latest?.date ?? null,
      achieved: result.achieved,
      percentOfTarget: result.percentOfTarget,
      expectedValue: result.expectedValue,
      onTrack: result.onTrack,
      targetYear: indicator.kind === 'QUANTITATIVE' ? targetYear : null,
    });
  }

  /** Every action indicator's status on a date, grouped by action id: the base of the "indicators on track" roll-ups. */
  async statusesByAction(asOf: CalendarDate, outlines: readonly ActionOutline[]): Promise<Map<number, IndicatorStatus[]>> {
    const [rows, values] = await Promise.all([
      this.indicators.find(),
      this.values.find({ select: { indicatorId: true, date: true, value: true, achieved: true, version: true } }),
    ]);
    const valuesOf = new Map<number, IndicatorValueModel[]>();
    for (const value of values) valuesOf.set(value.indicatorId, [...(valuesOf.get(value.indicatorId) ?? []), value as IndicatorValueModel]);
    const outlineOf = new Map(outlines.map((o) => [o.id, o]));
    const result = new Map<number, IndicatorStatus[]>();
    for (const row of rows) {
      const { status } = this.evaluate(toModel(row), valuesOf.get(row.id) ?? [], asOf, outlineOf.get(row.actionId));
      result.set(row.actionId, [...(result.get(row.actionId) ?? []), status]);
    }
    return result;
  }

  async findById(id: number): Promise<IndicatorModel> {
    const row = await this.indicators.findOneBy({ id });
    if (!row) throw new IndicatorNotFoundError(id);
    return toModel(row);
  }

  /** Whether the user may record values for the action's indicators: the same rule as status updates. */
  async canRecord(actor: AuthenticatedUser, actionId: number): Promise<boolean> {
    const [outline] = await this.actionService.outlines([actionId]);
    return Boolean(outline) && canUpdateActionStatus(actor, outline);
  }

  /**
   * Appends a value (or a milestone achievement), in one transaction: the indicator row is locked, the caller's
   * rights (editor of an owner organisation, or admin) and the version they saw are checked, the version moves
   * on by one, the value and its audit record are written.
   */
  async recordValue(actor: AuthenticatedUser, input: RecordIndicatorValueInput, today = todayInCasablanca()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const indicator = await this.lock(manager, input.indicatorId);
      const [outline] = await this.actionService.outlines([indicator.actionId]);
      if (!canUpdateActionStatus(actor, outline)) throw new ForbiddenError(`Only the owner organisations of ${outline.ref} (or the secretariat) can record its indicators; viewers only read.`);
      const violation = validateIndicatorValue(indicator.kind, input, today)[0];
      if (violation) throw new IndicatorRuleError(violation.code, violation.message);
      if (indicator.version !== input.expectedVersion) throw new IndicatorVersionConflictError(indicator.label, input.expectedVersion, indicator.version);

      const version = await this.bumpVersion(manager, indicator.id);
      const after = {
        version,
        date: input.date,
        value: indicator.kind === 'QUANTITATIVE' ? input.value! : null,
        achieved: indicator.kind === 'MILESTONE' ? input.achieved! : null,
        source: input.source?.trim() || null,
        comment: input.comment?.trim() ?? '',
        evidenceUrls: input.evidenceUrls ?? [],
      };
      await manager.query(
        `INSERT INTO indicator_value (indicator_id, version, date, value, achieved, source, comment, evidence_urls, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [indicator.id, version, after.date, after.value, after.achieved, after.source, after.comment, after.evidenceUrls, actor.id],
      );
      await this.auditService.record(
        { actorId: actor.id, operation: 'recordIndicatorValue', entity: 'indicator', entityKey: `${outline.ref}#${indicator.position}`, after },
        manager,
      );
    });
  }

  /** Changes an indicator's definition (admins); the kind cannot change once values are recorded. Audited; the seed then leaves it alone. */
  async updateDefinition(actor: AuthenticatedUser, input: UpdateIndicatorDefinitionInput): Promise<void> {
    if (!canAdminister(actor)) throw new ForbiddenError('Only the CSNCA secretariat (admins) can change an indicator’s definition.');
    if (input.baselineDate != null && !isCalendarDate(input.baselineDate)) {
      throw new IndicatorRuleError('INVALID_INDICATOR_DEFINITION', `"${input.baselineDate}" is not a calendar date (YYYY-MM-DD).`);
    }
    const definition: IndicatorDefinition = {
      kind: input.kind,
      unit: input.unit?.trim() || null,
      baseline: input.baseline ?? null,
      baselineDate: input.baselineDate ?? null,
      target: input.target ?? null,
      targetYear: input.targetYear ?? null,
      trajectory: input.trajectory ?? 'LINEAR',
    };
    const violation = validateIndicatorDefinition(definition)[0];
    if (violation) throw new IndicatorRuleError(violation.code, violation.message);
    await this.dataSource.transaction(async (manager) => {
      const indicator = await this.lock(manager, input.indicatorId);
      if (indicator.version !== input.expectedVersion) throw new IndicatorVersionConflictError(indicator.label, input.expectedVersion, indicator.version);
      if (definition.kind !== indicator.kind) {
        const [recorded] = await manager.query('SELECT 1 FROM indicator_value WHERE indicator_id = $1 LIMIT 1', [indicator.id]);
        if (recorded) {
          throw new IndicatorRuleError('INDICATOR_HAS_VALUES', `Values are already recorded for « ${indicator.label} »: its kind can no longer change (nothing recorded is rewritten).`);
        }
      }
      const version = await this.bumpVersion(manager, indicator.id);
      await manager.query(
        `UPDATE indicator SET kind = $2, unit = $3, baseline = $4, baseline_date = $5, target = $6, target_year = $7, trajectory = $8,
                ambiguous = false, edited_at = now(), edited_by = $9 WHERE id = $1`,
        [indicator.id, definition.kind, definition.unit, definition.baseline, definition.baselineDate, definition.target, definition.targetYear, definition.trajectory, actor.id],
      );
      const [outline] = await this.actionService.outlines([indicator.actionId]);
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'updateIndicatorDefinition',
          entity: 'indicator',
          entityKey: `${outline.ref}#${indicator.position}`,
          before: definitionOf(indicator),
          after: { ...definition, version },
        },
        manager,
      );
    });
  }

  async listNational(): Promise<NationalIndicatorModel[]> {
    const rows = await this.nationalIndicators.find({ order: { position: 'ASC' } });
    return rows.map((row) => Object.assign(new NationalIndicatorModel(), row));
  }

  async findNational(key: string): Promise<NationalIndicatorModel> {
    const row = await this.nationalIndicators.findOneBy({ key });
    if (!row) throw new NationalIndicatorNotFoundError(key);
    return Object.assign(new NationalIndicatorModel(), row);
  }

  async nationalValuesByIndicatorIds(ids: readonly number[]): Promise<NationalIndicatorValueModel[][]> {
    const rows = await this.nationalValues.find({
      where: { indicatorId: In([...ids]) },
      order: { date: 'ASC', kind: 'ASC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (row) => row.indicatorId).map((group) =>
      group.map(({ sourceFrom, sourceTo, ...value }) =>
        Object.assign(new NationalIndicatorValueModel(), value, { source: SourceRangeModel.of(sourceFrom, sourceTo) }),
      ),
    );
  }

  /** Adds a dated figure to a national indicator (admins). An ACTUAL figure is not in the future, nor given twice for a date. Audited. */
  async addNationalValue(actor: AuthenticatedUser, input: AddNationalIndicatorValueInput, today = todayInCasablanca()): Promise<void> {
    if (!canAdminister(actor)) throw new ForbiddenError('Only the CSNCA secretariat (admins) can add national indicator values.');
    const kind = input.kind ?? 'ACTUAL';
    if (!isCalendarDate(input.date)) throw new IndicatorRuleError('INVALID_VALUE_DATE', `"${input.date}" is not a calendar date (YYYY-MM-DD).`);
    if (kind === 'ACTUAL' && input.date > today) {
      throw new IndicatorRuleError('INVALID_VALUE_DATE', `An actual figure cannot be dated ${input.date}, in the future (today is ${today} in Casablanca); record it as a TARGET.`);
    }
    if (input.date < '2000-01-01') throw new IndicatorRuleError('INVALID_VALUE_DATE', `The date ${input.date} is before 2000-01-01.`);
    await this.dataSource.transaction(async (manager) => {
      const [indicator] = await manager.query('SELECT id FROM national_indicator WHERE key = $1 FOR UPDATE', [input.key]);
      if (!indicator) throw new NationalIndicatorNotFoundError(input.key);
      const [existing] = await manager.query('SELECT value FROM national_indicator_value WHERE indicator_id = $1 AND date = $2 AND kind = $3 AND source_file IS NULL', [
        indicator.id,
        input.date,
        kind,
      ]);
      if (existing) {
        throw new IndicatorRuleError('NATIONAL_VALUE_EXISTS', `A ${kind === 'ACTUAL' ? 'figure' : 'target'} dated ${input.date} was already added for this indicator (${Number(existing.value)}); nothing was saved.`);
      }
      const after = { date: input.date, value: input.value, qualifier: input.qualifier ?? 'EXACT', kind, sourceLabel: input.source.trim(), note: input.note?.trim() || null };
      await manager.query(
        `INSERT INTO national_indicator_value (indicator_id, date, value, qualifier, kind, source_label, note, author_id, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [indicator.id, after.date, after.value, after.qualifier, after.kind, after.sourceLabel, after.note, actor.id],
      );
      await this.auditService.record({ actorId: actor.id, operation: 'addNationalIndicatorValue', entity: 'national_indicator', entityKey: input.key, after }, manager);
    });
  }

  private async lock(manager: EntityManager, id: number): Promise<IndicatorEntity> {
    const row = await manager.getRepository(IndicatorEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new IndicatorNotFoundError(id);
    return row;
  }

  private async bumpVersion(manager: EntityManager, id: number): Promise<number> {
    const [[row]] = await manager.query('UPDATE indicator SET version = version + 1 WHERE id = $1 RETURNING version', [id]);
    return row.version;
  }
}
