import { Injectable } from '@nestjs/common';
import { CalendarDate, isEditionOverdue, nextEditionDueOn, nextEditionNumber, PublicCriterion, PublicEdition, PublicSnapshot } from '@pnq/domain';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { RecordQualityCriterionInput } from './dto/record-quality-criterion.input';
import { invalidQualityCriterion, publicSnapshotConflict } from './publication.errors';
import { PublicSnapshotModel, QualityCriterionModel, QualityDashboardModel, QualityEditionModel } from './publication.model';
import {
  insertCriterion,
  insertEdition,
  insertFile,
  insertSnapshot,
  lockCriterion,
  lockPublication,
  selectCriteria,
  selectEditions,
  selectFileContents,
  selectFileList,
  selectLatestNumber,
  selectSnapshots,
  updateCriterion,
} from './publication.queries';
import type { SiteRenderOutput } from './site/site-render.worker';

/** Where the public files are served: `/public/<number>/…` for one snapshot (stable), `/public/latest/…` for the latest. */
export const PUBLIC_PATH = '/public';
export const SNAPSHOT_DOCUMENT_PATH = 'data/pnq-snapshot.json';

export interface StoredFile {
  path: string;
  contentType: string;
  bytes: number;
  sha256: string;
}

/**
 * The public portal's records (owns public_snapshot, public_file, quality_criterion,
 * quality_edition): published snapshots and their files — PostgreSQL is their source of truth, so a
 * backup holds them and every instance can write them out — and the quality dashboard's criteria and editions.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  async snapshots(actor: AuthenticatedUser): Promise<PublicSnapshotModel[]> {
    assertAdmin(actor, 'list the public snapshots');
    return (await this.snapshotRows()).map((row) => Object.assign(new PublicSnapshotModel(), row, { url: `${PUBLIC_PATH}/${row.number}/fr/index.html` }));
  }

  snapshotRows() {
    return selectSnapshots.all(this.dataSource);
  }

  async latestNumber(): Promise<number | null> {
    return (await selectLatestNumber.single(this.dataSource)).number;
  }

  /** A published snapshot's document (its JSON open-data file), or null when there is none. */
  async document(number: number | null): Promise<PublicSnapshot | null> {
    if (number === null) return null;
    const [row] = await selectFileContents.all(this.dataSource, [number, [SNAPSHOT_DOCUMENT_PATH]]);
    return row ? (JSON.parse(gunzipSync(row.gzipped).toString('utf8')) as PublicSnapshot) : null;
  }

  fileList(number: number): Promise<StoredFile[]> {
    return selectFileList.all(this.dataSource, [number]);
  }

  /** Some files of a snapshot, uncompressed. */
  async fileContents(number: number, paths: string[]): Promise<{ path: string; content: Buffer }[]> {
    const rows = await selectFileContents.all(this.dataSource, [number, paths]);
    return rows.map((row) => ({ path: row.path, content: gunzipSync(row.gzipped) }));
  }

  async editions(): Promise<PublicEdition[]> {
    const rows = await selectEditions.all(this.dataSource);
    return rows.map((row) => ({ ...row, nextDueOn: nextEditionDueOn(row.publishedOn) }));
  }

  async criteria(): Promise<PublicCriterion[]> {
    return (await selectCriteria.all(this.dataSource)).map(({ version: _version, ...criterion }) => criterion);
  }

  async qualityDashboard(actor: AuthenticatedUser, today: CalendarDate): Promise<QualityDashboardModel> {
    assertAdmin(actor, 'read the quality dashboard’s criteria');
    const [criteria, editions] = await Promise.all([selectCriteria.all(this.dataSource), this.editions()]);
    const latest = editions[editions.length - 1];
    return Object.assign(new QualityDashboardModel(), {
      criteria: criteria.map((c) => Object.assign(new QualityCriterionModel(), c)),
      editions: editions.map((e) => Object.assign(new QualityEditionModel(), e)),
      nextEditionNumber: nextEditionNumber(editions),
      nextEditionDueOn: latest ? latest.nextDueOn : null,
      nextEditionOverdue: isEditionOverdue(editions, today),
    });
  }

  /** Records a criterion (admins): a new one, or a change to one at the version last read (VERSION_CONFLICT otherwise). Audited. */
  async recordCriterion(actor: AuthenticatedUser, input: RecordQualityCriterionInput): Promise<QualityCriterionModel> {
    assertAdmin(actor, 'record the quality dashboard’s criteria');
    const label = input.label.trim();
    const description = input.description.trim();
    if (!label) throw invalidQualityCriterion('A criterion needs a label.');
    if (!description) throw invalidQualityCriterion('Say what the criterion follows and why (its description).');
    await this.dataSource.transaction(async (manager) => {
      const current = await lockCriterion.one(manager, [input.key]);
      if (input.expectedVersion === undefined || input.expectedVersion === null) {
        if (current) throw invalidQualityCriterion(`A criterion with the key "${input.key}" exists: edit it instead.`);
        await insertCriterion.run(manager, [input.key, label, description, input.figureKeys, actor.id]);
      } else {
        if (!current) throw invalidQualityCriterion(`No criterion has the key "${input.key}".`);
        if (current.version !== input.expectedVersion) {
          throw invalidQualityCriterion(`The criterion was changed meanwhile (version ${current.version}): reload it and try again.`);
        }
        await updateCriterion.run(manager, [input.key, label, description, input.figureKeys, actor.id]);
      }
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'recordQualityCriterion',
          entity: 'quality_criterion',
          entityKey: input.key,
          after: { label, description, figureKeys: input.figureKeys },
          affectsPlan: false,
        },
        manager,
      );
    });
    const saved = (await selectCriteria.all(this.dataSource)).find((c) => c.key === input.key)!;
    return Object.assign(new QualityCriterionModel(), saved);
  }

  /**
   * Stores a rendered snapshot (and the edition published with it) in one transaction, under a lock: its number
   * must still be the next one (PUBLIC_SNAPSHOT_CONFLICT otherwise). Audited.
   */
  async store(document: PublicSnapshot, rendered: SiteRenderOutput, generationMs: number, publisherId: number, edition: PublicEdition | null): Promise<void> {
    const manifest = rendered.files.map((f) => `${f.path} ${f.sha256}`).join('\n');
    const totalBytes = rendered.files.reduce((sum, f) => sum + f.bytes, 0);
    const gzipped = Buffer.from(rendered.gzipped.buffer, rendered.gzipped.byteOffset, rendered.gzipped.byteLength);
    await this.dataSource.transaction(async (manager) => {
      await lockPublication.single(manager);
      const latest = (await selectLatestNumber.single(manager)).number ?? 0;
      if (latest !== document.number - 1) throw publicSnapshotConflict(document.number, latest);
      await insertSnapshot.run(manager, [
        document.number,
        document.asOf,
        publisherId,
        rendered.files.length,
        String(totalBytes),
        generationMs,
        createHash('sha256').update(manifest).digest('hex'),
      ]);
      for (const file of rendered.files) {
        await insertFile.run(manager, [
          document.number,
          file.path,
          file.contentType,
          file.bytes,
          file.sha256,
          gzipped.subarray(file.offset, file.offset + file.length),
        ]);
      }
      if (edition) {
        await insertEdition.run(manager, [
          edition.number,
          document.number,
          edition.periodStart,
          edition.periodEnd,
          edition.publishedOn,
          edition.sources,
          edition.method,
          edition.criteria,
        ]);
      }
      await this.auditService.record(
        {
          actorId: publisherId,
          operation: 'publishPublicSnapshot',
          entity: 'public_snapshot',
          entityKey: String(document.number),
          after: { asOf: document.asOf, files: rendered.files.length, totalBytes, edition: edition?.number ?? null },
          affectsPlan: false,
        },
        manager,
      );
    });
  }
}
