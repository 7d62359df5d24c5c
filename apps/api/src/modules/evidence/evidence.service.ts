import { Inject, Injectable, Logger } from '@nestjs/common';
import { CalendarDate, canCommentOnAction, canWithdrawEvidence, evidenceEntryProblem, sanitiseFileName, withdrawalReasonProblem } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { forbidden } from '../../common/access/access.errors';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { groupByKeys } from '../../common/collections';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SqlExecutor } from '../../database/sql/typed-query';
import { actionNotFound } from '../action/action.errors';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { IndicatorService } from '../indicator/indicator.service';
import { TrackingService } from '../tracking/tracking.service';
import { EvidenceIntake } from './evidence-intake';
import { EVIDENCE_STORAGES, EvidenceStorage, EvidenceStorages } from './evidence-storage';
import {
  evidenceContentUnavailable,
  evidenceEntryNotFound,
  evidenceFileAlreadyWithdrawn,
  evidenceFileNotFound,
  evidenceFileWithdrawn,
  withdrawalReasonRequired,
} from './evidence.errors';
import { EvidenceFileModel } from './evidence.model';
import {
  insertEvidenceFile,
  insertWithdrawal,
  lockEvidenceFile,
  lockOrganisationUploads,
  moveFilesToOrganisation,
  selectEvidenceFile,
  selectEvidenceFilesOfActions,
  selectFileCountsAsOf,
  selectStoredBytes,
} from './evidence.queries';

type FileRow = Awaited<ReturnType<typeof selectEvidenceFile.all>>[number];

/** The entry of the action a file goes with: a status update, a discussion entry or an indicator value (ids as text: bigint). */
export interface EvidenceEntryRef {
  kind: 'STATUS_UPDATE' | 'COMMENT' | 'INDICATOR_VALUE';
  id: string;
}

/** The action (and entry) an upload goes to, its rights already checked. */
export interface UploadTarget {
  id: number;
  ref: string;
  entry: EvidenceEntryRef | null;
}

function toModel(row: FileRow): EvidenceFileModel {
  const { withdrawalReason, withdrawnBy, withdrawnAt, ...file } = row;
  return Object.assign(new EvidenceFileModel(), {
    ...file,
    downloadUrl: `/evidence/files/${row.id}`,
    withdrawal: withdrawalReason !== null && withdrawnAt !== null ? { reason: withdrawalReason, withdrawnAt, withdrawnById: withdrawnBy! } : null,
  });
}

/** Evidence files: received as a stream and screened, kept in the EvidenceStorage, offered to signed-in readers, withdrawn with a reason. */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly auditService: AuditService,
    private readonly trackingService: TrackingService,
    private readonly indicatorService: IndicatorService,
    @Inject(EVIDENCE_STORAGES) private readonly storages: EvidenceStorages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Where an upload goes, checked before a byte is read: the action exists and the person may write on it (owners,
   * partners, the secretariat); an entry named must be of that action and theirs (or the person is the secretariat).
   */
  async uploadTarget(actor: AuthenticatedUser, ref: string, entry: EvidenceEntryRef | null = null): Promise<UploadTarget> {
    const action = await this.actionService.findByRef(ref);
    if (!action) throw actionNotFound(ref);
    const [outline] = await this.actionService.outlines([action.id]);
    if (!canCommentOnAction(actor, outline)) throw forbidden(`Only the owner and partner organisations of ${ref} (or the secretariat) can attach files to it.`);
    if (entry) {
      const stored =
        entry.kind === 'INDICATOR_VALUE' ? await this.indicatorService.valueEntryOf(entry.id) : await this.trackingService.entryOf(entry.kind, entry.id);
      const problem = evidenceEntryProblem(stored, { actionId: action.id, actor });
      if (problem === 'FORBIDDEN') throw forbidden('Only the person who entered it (or the secretariat) can attach files to it.');
      if (problem) throw evidenceEntryNotFound(entry.kind, entry.id);
    }
    return { id: action.id, ref, entry };
  }

  /**
   * Keeps one file, in one transaction: the uploads of the person's organisation wait for each other (quota), the
   * contents pass the intake (type from content, size, quota) into the storage piece by piece, then the file's row
   * and its audit record. Any refusal or interruption rolls everything back: nothing is kept.
   */
  async store(actor: AuthenticatedUser, target: UploadTarget, rawName: string, contents: AsyncIterable<Buffer>): Promise<EvidenceFileModel> {
    const name = sanitiseFileName(rawName);
    const storage = this.storages.writer;
    let written: string | null = null;
    const id = await this.dataSource
      .transaction(async (manager) => {
        await lockOrganisationUploads.run(manager, [actor.organisationId ?? 0]);
        const { bytes } = await selectStoredBytes.single(manager, [actor.organisationId]);
        const intake = new EvidenceIntake(name, this.config.evidence, bytes);
        const key = (written = await storage.put(intake.pieces(contents), manager));
        const sha256 = intake.sha256;
        const file = { name, mime: intake.mime, sizeBytes: intake.size, sha256 };
        const entryId = (kind: EvidenceEntryRef['kind']) => (target.entry?.kind === kind ? target.entry.id : null);
        const { id } = await insertEvidenceFile.single(manager, [
          target.id,
          actor.organisationId,
          actor.id,
          name,
          file.mime,
          String(file.sizeBytes),
          sha256,
          storage.kind,
          key,
          entryId('STATUS_UPDATE'),
          entryId('COMMENT'),
          entryId('INDICATOR_VALUE'),
        ]);
        await this.auditService.record(
          { actorId: actor.id, operation: 'addEvidenceFile', entity: 'action', entityKey: target.ref, after: { id, ...file, entry: target.entry } },
          manager,
        );
        return id;
      })
      .catch(async (error: unknown) => {
        if (written) await this.discard(storage, written);
        throw error;
      });
    return this.get(id);
  }

  /**
   * Contents written outside the database (an S3 object) whose upload's transaction did not commit are deleted; if
   * even that fails, the key is logged as an orphan for the sweep (docs/runbook.md, "Evidence files").
   */
  private async discard(storage: EvidenceStorage, key: string): Promise<void> {
    await storage.discard(key).catch((error: unknown) => {
      this.logger.error(
        `orphan evidence object ${key} (${storage.kind}) left after a failed upload: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }

  async get(id: number, db: SqlExecutor = this.dataSource): Promise<EvidenceFileModel> {
    const row = await selectEvidenceFile.one(db, [id]);
    if (!row) throw evidenceFileNotFound(id);
    return toModel(row);
  }

  /**
   * A file to download and its contents, piece by piece: any signed-in reader of the plan; a withdrawn file is gone
   * (410). The first piece is read here, before the route sends a header: contents that cannot be read (an S3 object
   * missing, the bucket out of reach) answer 503 EVIDENCE_CONTENT_UNAVAILABLE and are logged with their key.
   */
  async download(id: number): Promise<{ file: EvidenceFileModel; contents: AsyncIterable<Buffer> }> {
    const file = await this.get(id);
    if (file.withdrawal) throw evidenceFileWithdrawn(id, file.withdrawal.reason);
    const pieces = this.storages.reader(file.storage).get(file.storageKey)[Symbol.asyncIterator]();
    const first = await pieces.next().catch((error: unknown) => {
      this.logger.error(
        `evidence file ${id}: contents unreadable in ${file.storage} under ${file.storageKey} (${error instanceof Error ? error.message : String(error)})`,
      );
      throw evidenceContentUnavailable(id);
    });
    async function* contents(): AsyncGenerator<Buffer> {
      try {
        if (first.done) return;
        yield first.value;
        for (let next = await pieces.next(); !next.done; next = await pieces.next()) yield next.value;
      } finally {
        await pieces.return?.(undefined); // a download cut short closes the storage's stream too
      }
    }
    return { file, contents: contents() };
  }

  /** Stops offering a file (its author or the secretariat, with a reason): the file and the withdrawal are kept, audited. */
  async withdraw(actor: AuthenticatedUser, input: { id: number; reason: string }): Promise<EvidenceFileModel> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await lockEvidenceFile.one(manager, [input.id]))) throw evidenceFileNotFound(input.id);
      const file = await this.get(input.id, manager);
      if (!canWithdrawEvidence(actor, file)) throw forbidden('Only the person who attached this file (or the secretariat) can withdraw it.');
      const problem = withdrawalReasonProblem(input.reason);
      if (problem) throw withdrawalReasonRequired(problem);
      if (file.withdrawal) throw evidenceFileAlreadyWithdrawn(input.id);
      const reason = input.reason.trim();
      await insertWithdrawal.run(manager, [input.id, reason, actor.id]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'withdrawEvidenceFile', entity: 'evidence_file', entityKey: String(input.id), after: { name: file.name, reason } },
        manager,
      );
    });
    return this.get(input.id);
  }

  async filesByActionIds(actionIds: readonly number[]): Promise<EvidenceFileModel[][]> {
    const rows = await selectEvidenceFilesOfActions.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(actionIds, rows.map(toModel), (file) => file.actionId);
  }

  /** How many files each action had on a date (entered by the end of that day in Casablanca, not withdrawn by then); none: 0. */
  async fileCountsAsOf(actionIds: readonly number[], asOf: CalendarDate): Promise<Map<number, number>> {
    const rows = await selectFileCountsAsOf.all(this.dataSource, [[...actionIds], asOf]);
    const counts = new Map(rows.map((row) => [row.actionId, row.files]));
    return new Map(actionIds.map((id) => [id, counts.get(id) ?? 0]));
  }

  /** An organisation merged into another: its files (and their weight in the quota) become the kept one's. */
  async moveToOrganisation(manager: SqlExecutor, fromId: number, toId: number): Promise<void> {
    await moveFilesToOrganisation.run(manager, [fromId, toId]);
  }
}
