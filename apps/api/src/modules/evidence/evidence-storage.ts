import { SqlExecutor } from '../../database/sql/typed-query';

/** What evidence_file.storage says: where a file's contents are kept. */
export type EvidenceStorageKind = 'POSTGRES' | 'S3';

/**
 * Where the contents of evidence files are kept, behind one interface: the upload and the download are the same
 * code whatever the storage. PostgreSQL (PostgresEvidenceStorage) by default: pieces of 256 KiB written inside the
 * upload's transaction (a refused or interrupted upload leaves nothing), read one at a time. An S3-compatible bucket
 * (S3EvidenceStorage) when PNQ_EVIDENCE_STORAGE=s3: one object per file, sent in parts, read as a stream.
 */
export interface EvidenceStorage {
  /** What evidence_file.storage says for the files it keeps. */
  readonly kind: EvidenceStorageKind;
  /** Writes the pieces in order under a new key and returns it; `db` is the upload's transaction. */
  put(pieces: AsyncIterable<Buffer>, db: SqlExecutor): Promise<string>;
  /** The contents under a key, piece by piece (never whole in memory). */
  get(key: string): AsyncIterable<Buffer>;
  /** Removes what `put` wrote when the upload's transaction did not commit (PostgreSQL: the rollback already did). */
  discard(key: string): Promise<void>;
}

/**
 * The storage new files go to (`writer`, chosen by configuration) and the one each kept file is read from (`reader`,
 * by its evidence_file.storage): files kept in PostgreSQL before a move to S3 still download.
 */
export interface EvidenceStorages {
  readonly writer: EvidenceStorage;
  reader(kind: EvidenceStorageKind): EvidenceStorage;
}

export const EVIDENCE_STORAGES = Symbol('EvidenceStorages');

/** The size of the pieces contents are cut into (and of each write while receiving). */
export const EVIDENCE_PIECE_BYTES = 256 * 1024;
