import { SqlExecutor } from '../../database/sql/typed-query';

/**
 * Where the contents of evidence files are kept, behind one interface: the upload and the download are the same
 * code whatever the storage. PostgreSQL (PostgresEvidenceStorage) by default: pieces of 256 KiB written inside the
 * upload's transaction (a refused or interrupted upload leaves nothing), read one at a time.
 */
export interface EvidenceStorage {
  /** What evidence_file.storage says for the files it keeps. */
  readonly kind: 'POSTGRES';
  /** Writes the pieces in order under a new key and returns it; `db` is the upload's transaction. */
  put(pieces: AsyncIterable<Buffer>, db: SqlExecutor): Promise<string>;
  /** The contents under a key, piece by piece (never whole in memory). */
  get(key: string): AsyncIterable<Buffer>;
}

export const EVIDENCE_STORAGE = Symbol('EvidenceStorage');

/** The size of the pieces contents are cut into (and of each write while receiving). */
export const EVIDENCE_PIECE_BYTES = 256 * 1024;
