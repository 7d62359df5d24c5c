import type { PrivateText } from '@pnq/domain';
import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  canUpdateActionStatus,
  DEFAULT_INDICATOR_TRAJECTORY,
  DEFAULT_NATIONAL_VALUE_KIND,
  DEFAULT_NATIONAL_VALUE_QUALIFIER,
  dueDateOf,
  evaluateIndicator,
  IndicatorDefinition,
  IndicatorKind,
  IndicatorStatus,
  IndicatorTrajectory,
  isCalendarDate,
  NationalValueKind,
  NationalValueQualifier,
  validateIndicatorDefinition,
  validateIndicatorValue,
  validateNationalValueDate,
} from '@pnq/domain';
import { DataSource } from 'typeorm';
import { forbidden } from '../../common/access/access.errors';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { ruleViolated } from '../../common/errors/domain-error';
import { groupByKeys } from '../../common/collections';
import { SourceRangeModel } from '../../common/source-range.model';
import { SqlExecutor } from '../../database/sql/typed-query';
import { ActionOutline, ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { AddNationalIndicatorValueInput } from './dto/add-national-indicator-value.input';
import { RecordIndicatorValueInput } from './dto/record-indicator-value.input';
import { UpdateIndicatorDefinitionInput } from './dto/update-indicator-definition.input';
import {
  indicatorHasValues,
  indicatorNotFound,
  indicatorVersionConflict,
  invalidIndicatorDefinition,
  nationalIndicatorNotFound,
  nationalValueExists,
} from './indicator.errors';
import { IndicatorEvaluationModel, IndicatorModel, IndicatorValueModel, NationalIndicatorModel, NationalIndicatorValueModel } from './indicator.model';
import {
  deleteUnprintedIndicators,
  hasRecordedValues,
  incrementIndicatorVersion,
  insertIndicatorValue,
  insertNationalValue,
  lockIndicator,
  lockNationalIndicatorByKey,
  selectAddedNationalValue,
  selectAllIndicators,
  selectAllValueObservations,
  selectIndicatorById,
  selectIndicatorsByActionIds,
  selectNationalIndicatorByKey,
  selectNationalIndicators,
  selectNationalValuesByIndicatorIds,
  selectValuesByIndicatorIds,
  selectValuesDatedBetween,
  updateIndicatorDefinition,
  upsertIndicator,
  upsertNationalIndicator,
  upsertSeedNationalValue,
  selectValueEntry,
} from './indicator.queries';
import { selectPrivateIndicatorTexts } from './indicator-private-texts.queries';

const toModel = (row: object): IndicatorModel => Object.assign(new IndicatorModel(), row);

function definitionOf(indicator: Pick<IndicatorModel, keyof IndicatorDefinition>): IndicatorDefinition {
  const { kind, unit, baseline, baselineDate, target, targetYear, trajectory } = indicator;
  return { kind, unit, baseline, baselineDate, target, targetYear, trajectory };
}

/** The year a target without a stated year is due: the action's due year (its deadline), if it has one. */
function dueYearOf(outline: Pick<ActionOutline, 'deadline'> | undefined): number | null {
  const due = outline ? dueDateOf(outline.deadline) : null;
  return due ? Number(due.slice(0, 4)) : null;
}

const decimal = (value: number | null | undefined): string | null => (value === null || value === undefined ? null : String(value));

/** An indicator printed under an action, as the seed reads it. */
export interface IndicatorDraft {
  label: string;
  kind: IndicatorKind;
  ambiguous: boolean;
  rule: string | null;
  unit: string | null;
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetYear: number | null;
  trajectory: IndicatorTrajectory;
}

/** A national figure of the seed, with its dated values and their source lines. */
export interface NationalIndicatorDraft {
  key: string;
  label: string;
  labelEn: string | null;
  pillar: number | null;
  unit: string;
  values: {
    date: string;
    value: number;
    qualifier: NationalValueQualifier;
    kind: NationalValueKind;
    sourceFile: string | null;
    sourceFrom: number | null;
    sourceTo: number | null;
    quote: string | null;
    note: string | null;
  }[];
}

/** Owns indicator, indicator_value, national_indicator and national_indicator_value. */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly auditService: AuditService,
  ) {}

  async byActionIds(actionIds: readonly number[]): Promise<IndicatorModel[][]> {
    const rows = await selectIndicatorsByActionIds.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(actionIds, rows.map(toModel), (row) => row.actionId);
  }

  /** Recorded values per indicator, latest first (by date, then entry). */
  async valuesByIndicatorIds(ids: readonly number[]): Promise<IndicatorValueModel[][]> {
    const rows = await selectValuesByIndicatorIds.all(this.dataSource, [[...ids]]);
    return groupByKeys(
      ids,
      rows.map((row) => Object.assign(new IndicatorValueModel(), row)),
      (row) => row.indicatorId,
    );
  }

  /** The indicator on a date, with the action's due year standing in for a target year the text does not state. */
  evaluate(
    indicator: IndicatorModel,
    values: readonly Pick<IndicatorValueModel, 'date' | 'value' | 'achieved' | 'version'>[],
    asOf: CalendarDate,
    outline?: Pick<ActionOutline, 'deadline'>,
  ) {
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
  async statusesByAction(asOf: CalendarDate, outlines: readonly Pick<ActionOutline, 'id' | 'deadline'>[]): Promise<Map<number, IndicatorStatus[]>> {
    const [rows, values] = await Promise.all([selectAllIndicators.all(this.dataSource), selectAllValueObservations.all(this.dataSource)]);
    const valuesOf = new Map<number, typeof values>();
    for (const value of values) {
      const list = valuesOf.get(value.indicatorId);
      if (list) list.push(value);
      else valuesOf.set(value.indicatorId, [value]);
    }
    const outlineOf = new Map(outlines.map((o) => [o.id, o]));
    const result = new Map<number, IndicatorStatus[]>();
    for (const row of rows) {
      const { status } = this.evaluate(toModel(row), valuesOf.get(row.id) ?? [], asOf, outlineOf.get(row.actionId));
      result.set(row.actionId, [...(result.get(row.actionId) ?? []), status]);
    }
    return result;
  }

  /** The action and author of an indicator value (an evidence file attached to it); null: none. */
  async valueEntryOf(id: string): Promise<{ actionId: number; authorId: number } | null> {
    return (await selectValueEntry.one(this.dataSource, [id])) ?? null;
  }

  /** Values dated after `from` and on or before `to`, with their indicator's action and label (the changes between two dates). */
  async valuesDatedBetween(from: CalendarDate, to: CalendarDate) {
    return selectValuesDatedBetween.all(this.dataSource, [from, to]);
  }

  async findById(id: number): Promise<IndicatorModel> {
    const row = await selectIndicatorById.one(this.dataSource, [id]);
    if (!row) throw indicatorNotFound(id);
    return toModel(row);
  }

  /** Whether the user may record values for the action's indicators: the same rule as status updates. */
  canRecord(actor: AuthenticatedUser, outline: ActionOutline | undefined): boolean {
    return Boolean(outline) && canUpdateActionStatus(actor, outline!);
  }

  /**
   * Appends a value (or a milestone achievement), in one transaction: the indicator row is locked, the caller's
   * rights (editor of an owner organisation, or admin) and the version they saw are checked, the version moves
   * on by one, the value and its audit record are written. Every read inside uses the transaction's connection.
   */
  async recordValue(actor: AuthenticatedUser, input: RecordIndicatorValueInput, today = todayInCasablanca()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const indicator = await this.lock(manager, input.indicatorId);
      const [outline] = await this.actionService.outlines([indicator.actionId], manager);
      if (!canUpdateActionStatus(actor, outline))
        throw forbidden(`Only the owner organisations of ${outline.ref} (or the secretariat) can record its indicators; viewers only read.`);
      const violation = validateIndicatorValue(indicator.kind, input, today)[0];
      if (violation) throw ruleViolated(violation);
      if (indicator.version !== input.expectedVersion) throw indicatorVersionConflict(indicator.label, input.expectedVersion, indicator.version);

      const version = (await incrementIndicatorVersion.single(manager, [indicator.id])).version;
      const after = {
        version,
        date: input.date,
        value: indicator.kind === 'QUANTITATIVE' ? input.value! : null,
        achieved: indicator.kind === 'MILESTONE' ? input.achieved! : null,
        source: input.source?.trim() || null,
        comment: input.comment?.trim() ?? '',
        evidenceUrls: input.evidenceUrls ?? [],
      };
      await insertIndicatorValue.run(manager, [
        indicator.id,
        version,
        after.date,
        decimal(after.value),
        after.achieved,
        after.source,
        after.comment,
        after.evidenceUrls,
        actor.id,
      ]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'recordIndicatorValue', entity: 'indicator', entityKey: `${outline.ref}#${indicator.position}`, after },
        manager,
      );
    });
  }

  /** Changes an indicator's definition (admins); the kind cannot change once values are recorded. Audited; the seed then leaves it alone. */
  async updateDefinition(actor: AuthenticatedUser, input: UpdateIndicatorDefinitionInput): Promise<void> {
    assertAdmin(actor, 'change an indicator’s definition');
    if (input.baselineDate != null && !isCalendarDate(input.baselineDate)) {
      throw invalidIndicatorDefinition(`"${input.baselineDate}" is not a calendar date (YYYY-MM-DD).`);
    }
    const definition: IndicatorDefinition = {
      kind: input.kind,
      unit: input.unit?.trim() || null,
      baseline: input.baseline ?? null,
      baselineDate: input.baselineDate ?? null,
      target: input.target ?? null,
      targetYear: input.targetYear ?? null,
      trajectory: input.trajectory ?? DEFAULT_INDICATOR_TRAJECTORY,
    };
    const violation = validateIndicatorDefinition(definition)[0];
    if (violation) throw ruleViolated(violation);
    await this.dataSource.transaction(async (manager) => {
      const indicator = await this.lock(manager, input.indicatorId);
      if (indicator.version !== input.expectedVersion) throw indicatorVersionConflict(indicator.label, input.expectedVersion, indicator.version);
      if (definition.kind !== indicator.kind && (await hasRecordedValues.single(manager, [indicator.id])).recorded) throw indicatorHasValues(indicator.label);
      const version = (await incrementIndicatorVersion.single(manager, [indicator.id])).version;
      await updateIndicatorDefinition.run(manager, [
        indicator.id,
        definition.kind,
        definition.unit,
        decimal(definition.baseline),
        definition.baselineDate,
        decimal(definition.target),
        definition.targetYear,
        definition.trajectory,
        actor.id,
      ]);
      const [outline] = await this.actionService.outlines([indicator.actionId], manager);
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
    const rows = await selectNationalIndicators.all(this.dataSource);
    return rows.map((row) => Object.assign(new NationalIndicatorModel(), row));
  }

  async findNational(key: string): Promise<NationalIndicatorModel> {
    const row = await selectNationalIndicatorByKey.one(this.dataSource, [key]);
    if (!row) throw nationalIndicatorNotFound(key);
    return Object.assign(new NationalIndicatorModel(), row);
  }

  async nationalValuesByIndicatorIds(ids: readonly number[]): Promise<NationalIndicatorValueModel[][]> {
    const rows = await selectNationalValuesByIndicatorIds.all(this.dataSource, [[...ids]]);
    return groupByKeys(ids, rows, (row) => row.indicatorId).map((group) =>
      group.map(({ sourceFrom, sourceTo, indicatorId: _id, ...value }) =>
        Object.assign(new NationalIndicatorValueModel(), value, { source: SourceRangeModel.of(sourceFrom, sourceTo) }),
      ),
    );
  }

  /** Adds a dated figure to a national indicator (admins). An ACTUAL figure is not in the future, nor given twice for a date. Audited. */
  async addNationalValue(actor: AuthenticatedUser, input: AddNationalIndicatorValueInput, today = todayInCasablanca()): Promise<void> {
    assertAdmin(actor, 'add national indicator values');
    const kind = input.kind ?? DEFAULT_NATIONAL_VALUE_KIND;
    const violation = validateNationalValueDate(kind, input.date, today)[0];
    if (violation) throw ruleViolated(violation);
    await this.dataSource.transaction(async (manager) => {
      const indicator = await lockNationalIndicatorByKey.one(manager, [input.key]);
      if (!indicator) throw nationalIndicatorNotFound(input.key);
      const existing = await selectAddedNationalValue.one(manager, [indicator.id, input.date, kind]);
      if (existing) throw nationalValueExists(kind, input.date, existing.value);
      const after = {
        date: input.date,
        value: input.value,
        qualifier: input.qualifier ?? DEFAULT_NATIONAL_VALUE_QUALIFIER,
        kind,
        sourceLabel: input.source.trim(),
        note: input.note?.trim() || null,
      };
      await insertNationalValue.run(manager, [
        indicator.id,
        after.date,
        String(after.value),
        after.qualifier,
        after.kind,
        after.sourceLabel,
        after.note,
        actor.id,
      ]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'addNationalIndicatorValue', entity: 'national_indicator', entityKey: input.key, after },
        manager,
      );
    });
  }

  /** The seed: an action's printed indicators, by position; those it no longer prints go unless values were recorded. */
  async upsertFromSeed(db: SqlExecutor, actionId: number, indicators: readonly IndicatorDraft[]): Promise<void> {
    for (const [index, indicator] of indicators.entries()) {
      await upsertIndicator.run(db, [
        actionId,
        index + 1,
        indicator.label,
        indicator.kind,
        indicator.ambiguous,
        indicator.rule,
        indicator.unit,
        decimal(indicator.baseline),
        indicator.baselineDate,
        decimal(indicator.target),
        indicator.targetYear,
        indicator.trajectory,
      ]);
    }
    await deleteUnprintedIndicators.run(db, [actionId, indicators.length]);
  }

  /** The seed: national figures by key, their values by date, kind and source. */
  async upsertNationalFromSeed(db: SqlExecutor, indicators: readonly NationalIndicatorDraft[]): Promise<number> {
    for (const [index, indicator] of indicators.entries()) {
      const { id } = await upsertNationalIndicator.single(db, [indicator.key, indicator.label, indicator.labelEn, indicator.pillar, indicator.unit, index + 1]);
      for (const value of indicator.values) {
        await upsertSeedNationalValue.run(db, [
          id,
          value.date,
          String(value.value),
          value.qualifier,
          value.kind,
          value.sourceFile,
          value.sourceFrom,
          value.sourceTo,
          value.quote,
          value.note,
        ]);
      }
    }
    return indicators.length;
  }

  private async lock(db: SqlExecutor, id: number): Promise<IndicatorModel> {
    const row = await lockIndicator.one(db, [id]);
    if (!row) throw indicatorNotFound(id);
    return toModel(row);
  }

  /** Every indicator value's comment and evidence link: texts a public snapshot must never contain. */
  async privateTexts(): Promise<PrivateText[]> {
    const rows = await selectPrivateIndicatorTexts.all(this.dataSource);
    return rows.flatMap((row) => [
      { kind: 'COMMENT' as const, text: row.comment },
      ...row.evidenceUrls.map((text) => ({ kind: 'EVIDENCE_LINK' as const, text })),
    ]);
  }
}
