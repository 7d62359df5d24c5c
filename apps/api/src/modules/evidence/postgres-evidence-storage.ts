import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SqlExecutor } from '../../database/sql/typed-query';
import { EvidenceStorage } from './evidence-storage';
import { insertChunk, selectChunk } from './evidence.queries';

/** Evidence contents in PostgreSQL (evidence_file_chunk): one row per piece, one statement per piece. */
@Injectable()
export class PostgresEvidenceStorage implements EvidenceStorage {
  readonly kind = 'POSTGRES' as const;

  constructor(private readonly dataSource: DataSource) {}

  async put(pieces: AsyncIterable<Buffer>, db: SqlExecutor): Promise<string> {
    const key = randomUUID();
    let n = 0;
    for await (const piece of pieces) await insertChunk.run(db, [key, n++, piece]);
    return key;
  }

  async *get(key: string): AsyncIterable<Buffer> {
    for (let n = 0; ; n++) {
      const piece = await selectChunk.one(this.dataSource, [key, n]);
      if (!piece) return;
      yield piece.bytes;
    }
  }

  /** The pieces were written in the upload's transaction: its rollback removed them. */
  async discard(): Promise<void> {}
}
