import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  CellValue,
  isFormulaLikeText,
  readCommentCell,
  readDateCell,
  readLinksCell,
  readProgressCell,
  readStatusCell,
  readTextCell,
} from '@pnq/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { todayInCasablanca } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { assertCanActFor } from '../../common/access/assert-admin';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { UpdateActionStatusInput } from '../tracking/dto/update-action-status.input';
import { TrackingService } from '../tracking/tracking.service';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { columnOf, META_SHEET, TEMPLATE_COLUMNS, TEMPLATE_MARKER, TEMPLATE_SHEET, TEMPLATE_VERSION, TemplateColumnKey } from './exchange-columns';
import { importChangedSinceDryRun, notAnUpdateTemplate, notASpreadsheet, templateOrganisationUnknown, tooManyRows } from './exchange.errors';
import { ImportProblem, ImportResult, ImportRow } from './import-result';
import { ImportDryRunService } from './import-dry-run.service';
import { checkZipLimits, ZipLimits } from './zip-limits';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ROLLBACK = Symbol('rollback');
/** An update template unzips to well under 1 MB and a dozen files per thousand actions: these bound the work an upload can cause. */
export const IMPORT_ZIP_LIMITS: ZipLimits = { maxEntries: 200, maxUnzippedBytes: 50 * 1024 * 1024 };
/**
 * One row per action of one organisation: the largest organisation of the PNQ owns 114; at a hundred plans of the
 * PNQ's size (the benchmark's ×100) its template has 11,400 rows and must still import.
 */
export const MAX_IMPORT_ROWS = 20_000;
const header = (key: TemplateColumnKey) => TEMPLATE_COLUMNS.find((c) => c.key === key)!.header;

/** What a cell holds, flattened: rich text, hyperlinks and formulas give their text or result. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value as CellValue;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('result' in value) return (value.result ?? null) as CellValue;
  return null;
}

/** A formula, or text a spreadsheet would run as one: never taken from an upload. */
function holdsFormula(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return true;
  return isFormulaLikeText(cellValue(cell));
}

/** Reads the workbook, refusing by content (not by name) anything that is not our template. */
async function readTemplate(
  file: Buffer,
): Promise<{ sheet: ExcelJS.Worksheet; organisationKey: string; exported: Map<string, { status: string; progress: number }> }> {
  if (file.length < 4 || !file.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notASpreadsheet('its content is not an Office Open XML workbook.');
  checkZipLimits(file, IMPORT_ZIP_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw notASpreadsheet('it could not be opened as a workbook.');
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET);
  if (!meta || meta.getCell('A1').value !== TEMPLATE_MARKER) throw notAnUpdateTemplate('its template marker is missing.');
  if (Number(meta.getCell('A2').value) !== TEMPLATE_VERSION)
    throw notAnUpdateTemplate(`it was made for another template version (${String(meta.getCell('A2').value)}).`);
  if (!sheet) throw notAnUpdateTemplate(`its sheet "${TEMPLATE_SHEET}" is missing.`);
  const headers = TEMPLATE_COLUMNS.map((_, index) => readTextCell(cellValue(sheet.getRow(1).getCell(index + 1))));
  const expected = TEMPLATE_COLUMNS.map((c) => c.header);
  if (headers.join('|') !== expected.join('|')) throw notAnUpdateTemplate(`its columns were changed (expected ${expected.join(', ')}).`);
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) throw tooManyRows(sheet.actualRowCount - 1, MAX_IMPORT_ROWS);
  const exported = new Map<string, { status: string; progress: number }>();
  meta.eachRow((line, number) => {
    if (number > 5) exported.set(String(line.getCell(1).value), { status: String(line.getCell(2).value), progress: Number(line.getCell(3).value) });
  });
  return { sheet, organisationKey: String(meta.getCell('A3').value ?? ''), exported };
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
  ) {}

  async run(
    actor: AuthenticatedUser,
    file: Buffer,
    options: { mode: 'dry-run' | 'apply'; expectedHash?: string; fileName?: string },
    today: CalendarDate = todayInCasablanca(),
  ): Promise<ImportResult> {
    const fileHash = createHash('sha256').update(file).digest('hex');
    if (options.mode === 'apply' && options.expectedHash !== fileHash) throw importChangedSinceDryRun();
    if (options.mode === 'apply') await this.dryRuns.assertPending(actor, fileHash); // before reading the file
    const { sheet, organisationKey, exported } = await readTemplate(file);
    const organisation = await this.organisationService.findByKey(organisationKey);
    if (!organisation) throw templateOrganisationUnknown(organisationKey);
    assertCanActFor(actor, organisation, 'import its template');

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
    sheet.eachRow({ includeEmpty: false }, (line, number) => {
      if (number === 1) return;
      const cell = (key: TemplateColumnKey) => cellValue(line.getCell(columnOf(key)));
      if (TEMPLATE_COLUMNS.every((c) => readTextCell(cell(c.key)) === '' && !(cell(c.key) instanceof Date))) return;
      const ref = readTextCell(cell('ref'));
      // Only the cells the import reads: a read-only title an admin began with "=" or "@" must not block the row.
      const problems: ImportProblem[] = TEMPLATE_COLUMNS.filter((c) => c.readOnImport && holdsFormula(line.getCell(columnOf(c.key)))).map((c) => ({
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
    });

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
          try {
            await this.trackingService.applyStatusUpdate(manager, actor, input, today);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            row.problems.push(
              error.code === 'VERSION_CONFLICT'
                ? {
                    code: 'STALE_VERSION',
                    message: `${row.ref} was updated since this template was exported (version ${String(error.details?.currentVersion)} now). Export the template again.`,
                    column: header('version'),
                  }
                : { code: error.code, message: error.message },
            );
          }
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
      changes: rows.filter((r) => r.after && !r.problems.length).length,
      problems: rows.filter((r) => r.problems.length).length,
      applied,
    };
  }
}
