import { Logger, OnModuleDestroy } from '@nestjs/common';
import type { EvidenceS3Config } from '../../config/evidence-storage.config';
import { EvidenceStorage, EvidenceStorageKind, EvidenceStorages } from './evidence-storage';
import { PostgresEvidenceStorage } from './postgres-evidence-storage';
import { S3EvidenceStorage } from './s3-evidence-storage';

/** The storages of this instance: PostgreSQL always (files kept there stay readable), the bucket when configured. */
export class ConfiguredEvidenceStorages implements EvidenceStorages, OnModuleDestroy {
  readonly writer: EvidenceStorage;
  private readonly s3: S3EvidenceStorage | null;

  constructor(
    private readonly postgres: PostgresEvidenceStorage,
    s3: EvidenceS3Config | null,
  ) {
    this.s3 = s3 ? new S3EvidenceStorage(s3) : null;
    this.writer = this.s3 ?? postgres;
    new Logger('Evidence').log(s3 ? `evidence files in the bucket ${s3.bucket} (${s3.endpoint ?? `AWS S3, ${s3.region}`})` : 'evidence files in PostgreSQL');
  }

  reader(kind: EvidenceStorageKind): EvidenceStorage {
    if (kind === 'POSTGRES') return this.postgres;
    if (this.s3) return this.s3;
    throw new Error('This file is kept in S3-compatible object storage, and PNQ_EVIDENCE_STORAGE=s3 is not set on this instance.');
  }

  onModuleDestroy(): void {
    this.s3?.close();
  }
}
