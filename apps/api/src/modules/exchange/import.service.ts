import { Injectable } from '@nestjs/common';
import {
  canActForSomeOrganisation,
  CalendarDate,
  CellValue,
  readCommentCell,
  readDateCell,
  readLinksCell,
  readProgressCell,
  readStatusCell,
  readTextCell,
} from '@pnq/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { todayInCasablanca } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { forbidden } from '../../common/access/access.errors';
import { assertCanActFor } from '../../common/access/assert-admin';
import { AuditService } from '../audit/audit.service';
import { ActionService } from '../action/action.service';
import { OrganisationService } from '../organisation/organisation.service';
import { UpdateActionStatusInput } from '../tracking/dto/update-action-status.input';
import { TrackingService } from '../tracking/tracking.service';
import { RecordActionFinancingInput } from '../financing/dto/record-action-financing.input';
import { FinancingService } from '../financing/financing.service';
import { financingImports } from './financing-import';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { columnOf, TEMPLATE_COLUMNS, TEMPLATE_MARKER, TEMPLATE_VERSION, TemplateColumnKey } from './exchange-columns';
import { importChangedSinceDryRun, notAnUpdateTemplate, notASpreadsheet, templateOrganisationUnknown } from './exchange.errors';
import { ImportProblem, ImportResult, ImportRow } from './import-result';
import { ImportDryRunService } from './import-dry-run.service';
import { WorkbookThreads } from './workbook-threads';

export { IMPORT_ZIP_LIMITS, MAX_IMPORT_ROWS } from './template-reader';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ROLLBACK = Symbol('rollback');
const header = (key: TemplateColumnKey) => TEMPLATE_COLUMNS.find((c) => c.key === key)!.header;

/** Runs one row's write; a refusal becomes the row's problem (a version conflict: STALE_VERSION, in the row's words). */
async function applyOrReport(row: ImportRow, write: () => Promise<void>, stale: { column: string; message: (current: string) => string }): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    row.problems.push(
      error.code === 'VERSION_CONFLICT'
        ? { code: 'STALE_VERSION', message: stale.message(String(error.details?.currentVersion)), column: stale.column }
        : { code: error.code, message: error.message },
    );
  }
}

/**
 * The spreadsheet import: every row goes through TrackingService.applyStatusUpdate — the very rules of the
 * updateActionStatus mutation — inside one transaction. A dry run rolls it back and reports; an apply commits
 * only when no row has a problem (all or nothing), and is audited.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trackingService: TrackingService,
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly auditService: AuditService,
    private readonly dryRuns: ImportDryRunService,
    private readonly workbooks: WorkbookThreads,
    private readonly financingService: FinancingService,
  ) {}

  async run(
    actor: AuthenticatedUser,
    file: Buffer,
    options: { mode: 'dry-run' | 'apply'; expectedHash?: string; fileName?: string },
    today: CalendarDate = todayInCasablanca(),
  ): Promise<ImportResult> {
    // Rights first, from the cheapest to the dearest: the role (nothing of the upload read), then — once the
    // organisation the template claims is known, from its hidden sheet alone — that organisation; only then the rows.
    if (!canActForSomeOrganisation(actor)) throw forbidden('Only an organisation’s editors (or the secretariat) can import an update template.');
    const fileHash = createHash('sha256').update(file).digest('hex');
    if (options.mode === 'apply' && options.expectedHash !== fileHash) throw importChangedSinceDryRun();
    if (options.mode === 'apply') await this.dryRuns.assertPending(actor, fileHash); // before reading the file
    if (file.length < 4 || !file.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notASpreadsheet('its content is not an Office Open XML workbook.');
    const marker = await this.workbooks.readMarker(file);
    if (marker.marker !== TEMPLATE_MARKER) throw notAnUpdateTemplate('its template marker is missing.');
    if (Number(marker.version) !== TEMPLATE_VERSION) throw notAnUpdateTemplate(`it was made for another template version (${String(marker.version)}).`);
    const organisation = await this.organisationService.findByKey(marker.organisationKey ?? '');
    if (!organisation) throw templateOrganisationUnknown(marker.organisationKey ?? '');
    assertCanActFor(actor, organisation, 'import its template');
    const { organisationKey, rows: lines, exported: exportedRows, financing: financingSheet } = await this.workbooks.readTemplate(file);
    if (organisationKey !== organisation.key) throw notAnUpdateTemplate('its hidden sheet names two organisations.');
    const exported = new Map(exportedRows);

    const outlines = await this.actionService.outlines();
    const byRef = new Map(outlines.map((o) => [o.ref, o]));
    const states = new Map(outlines.map((o, i) => [o.ref, i]));
    const stateList = await this.trackingService.statesAsOf(
      outlines.map((o) => o.id),
      today,
    );

    const rows: ImportRow[] = [];
    const seen = new Map<string, number>();
    const versionOf = new Map<ImportRow, number>();
    let unchanged = 0;
    for (const line of lines) {
      const number = line.number;
      const cell = (key: TemplateColumnKey): CellValue => line.values[columnOf(key) - 1];
      if (TEMPLATE_COLUMNS.every((c) => readTextCell(cell(c.key)) === '' && !(cell(c.key) instanceof Date))) continue;
      const ref = readTextCell(cell('ref'));
      // Only the cells the import reads: a read-only title an admin began with "=" or "@" must not block the row.
      const problems: ImportProblem[] = TEMPLATE_COLUMNS.filter((c) => c.readOnImport && line.formulas[columnOf(c.key) - 1]).map((c) => ({
        code: 'FORMULA_NOT_ALLOWED',
        message: 'The cell holds a formula, or text that a spreadsheet would run as one (starting with =, + or @): type the value itself.',
        column: c.header,
      }));
      const outline = byRef.get(ref);
      const row: ImportRow = { row: number, ref, title: outline?.title ?? null, before: null, after: null, problems };
      if (!ref) problems.push({ code: 'MISSING_REF', message: 'The reference (Réf.) is empty.', column: header('ref') });
      else if (!outline) problems.push({ code: 'UNKNOWN_REF', message: `No action of the plan has the reference "${ref}".`, column: header('ref') });
      else if (!outline.ownerIds.includes(organisation.id)) {
        problems.push({
          code: 'NOT_ORGANISATION_ACTION',
          message: `${ref} is not an action of ${organisation.acronym ?? organisation.name}.`,
          column: header('ref'),
        });
      } else if (seen.has(ref)) {
        problems.push({ code: 'DUPLICATE_ROW', message: `${ref} is already on row ${seen.get(ref)}: one row per action.`, column: header('ref') });
      }
      if (ref) seen.set(ref, seen.get(ref) ?? number);
      const version = Number(readTextCell(cell('version')));
      if (!Number.isInteger(version) || version < 0)
        problems.push({ code: 'INVALID_VERSION', message: 'The version was changed; export the template again.', column: header('version') });

      const readings = {
        status: readStatusCell(cell('status')),
        progress: readProgressCell(cell('progress')),
        comment: readCommentCell(cell('comment')),
        effectiveDate: readDateCell(cell('effectiveDate')),
        evidence: readLinksCell(cell('evidence')),
      };
      for (const [key, reading] of Object.entries(readings)) {
        if (!reading.ok) problems.push({ code: reading.code, message: reading.message, column: header(key as TemplateColumnKey) });
      }
      const comment = readings.comment.ok ? readings.comment.value : '';
      if (outline) {
        const state = stateList[states.get(ref)!];
        row.before = { status: state.status, progress: state.progress, version: outline.version };
      }
      if (readings.status.ok && readings.progress.ok && readings.comment.ok && readings.effectiveDate.ok && readings.evidence.ok) {
        const after = {
          status: readings.status.value,
          progress: readings.progress.value,
          comment,
          effectiveDate: readings.effectiveDate.value ?? today,
          evidenceUrls: readings.evidence.value,
        };
        // Compared with what the row showed when exported (else the current state): untouched rows never count.
        const baseline = exported.get(ref) ?? row.before;
        const changes =
          !baseline ||
          after.status !== baseline.status ||
          after.progress !== baseline.progress ||
          comment !== '' ||
          readings.effectiveDate.value !== null ||
          after.evidenceUrls.length > 0;
        if (changes) row.after = after;
      }
      versionOf.set(row, version);
      if (row.after || problems.length) rows.push(row);
      else unchanged++;
    }

    // The « Financement » sheet: each action whose financing was edited since the export becomes a new version.
    const financing = financingSheet
      ? financingImports(financingSheet, {
          organisationId: organisation.id,
          organisationLabel: organisation.acronym ?? organisation.name,
          outlineOf: (ref) => byRef.get(ref),
          today,
        })
      : [];
    rows.push(...financing.map((f) => f.row));

    let applied = false;
    try {
      await this.dataSource.transaction(async (manager) => {
        if (options.mode === 'apply') await this.dryRuns.consume(manager, actor, organisation.id, fileHash);
        for (const row of rows) {
          if (row.problems.length || !row.after) continue;
          const input = plainToInstance(UpdateActionStatusInput, { ref: row.ref, ...row.after, expectedVersion: versionOf.get(row) });
          const invalid = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
          if (invalid.length) {
            for (const error of invalid) row.problems.push({ code: 'INVALID_VALUE', message: Object.values(error.constraints ?? {}).join('; ') });
            continue;
          }
          await applyOrReport(row, () => this.trackingService.applyStatusUpdate(manager, actor, input, today), {
            column: header('version'),
            message: (current) => `${row.ref} was updated since this template was exported (version ${current} now). Export the template again.`,
          });
        }
        for (const { row, input } of financing) {
          if (row.problems.length || !input) continue;
          const checked = plainToInstance(RecordActionFinancingInput, { ...input });
          const invalid = await validate(checked, { whitelist: true, forbidNonWhitelisted: true });
          if (invalid.length) {
            row.problems.push({
              code: 'INVALID_VALUE',
              message: invalid.map((error) => Object.values(error.constraints ?? {}).join('; ') || error.property).join('; '),
            });
            continue;
          }
          await applyOrReport(row, () => this.financingService.applyRecord(manager, actor, checked, today), {
            column: 'Version financement',
            message: (current) =>
              `The financing of ${row.ref} was changed since this template was exported (version ${current} now). Export the template again.`,
          });
        }
        const problemCount = rows.filter((r) => r.problems.length).length;
        if (options.mode === 'dry-run' || problemCount > 0) throw ROLLBACK;
        await this.auditService.record(
          {
            actorId: actor.id,
            operation: 'importStatusUpdates',
            entity: 'organisation',
            entityKey: organisation.key,
            after: { fileHash, fileName: options.fileName ?? null, refs: rows.map((r) => r.ref) },
          },
          manager,
        );
        applied = true;
      });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    if (options.mode === 'dry-run') await this.dryRuns.record(actor, organisation.id, fileHash);
    return {
      mode: options.mode,
      fileHash,
      organisation: { key: organisation.key, name: organisation.name },
      rows,
      unchanged,
      changes: rows.filter((r) => (r.after || r.financing) && !r.problems.length).length,
      problems: rows.filter((r) => r.problems.length).length,
      applied,
    };
  }
}
