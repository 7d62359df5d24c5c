import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files on actions. evidence_file describes one (its action, author and organisation — the quota counts per
 * organisation —, sanitised name, the type detected from its content, size, SHA-256, where its contents are kept);
 * evidence_file_chunk holds the contents kept in PostgreSQL, in pieces of 256 KiB written and read one at a time;
 * evidence_file_withdrawal says a file is no longer offered, by whom and why (append-only: a file is never deleted).
 */
export class AddedEvidenceFiles1765700000002 implements MigrationInterface {
  name = 'AddedEvidenceFiles1765700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence_file (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        organisation_id int REFERENCES organisation(id),
        author_id int NOT NULL REFERENCES app_user(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        mime text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage text NOT NULL CHECK (storage IN ('POSTGRES')),
        storage_key text NOT NULL UNIQUE,
        entered_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX evidence_file_action_idx ON evidence_file (action_id);
      CREATE INDEX evidence_file_organisation_idx ON evidence_file (organisation_id);
      CREATE TABLE evidence_file_chunk (
        storage_key text NOT NULL,
        n int NOT NULL CHECK (n >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (storage_key, n)
      );
      CREATE TABLE evidence_file_withdrawal (
        file_id bigint PRIMARY KEY REFERENCES evidence_file(id),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
        withdrawn_by int NOT NULL REFERENCES app_user(id),
        withdrawn_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE evidence_file_withdrawal; DROP TABLE evidence_file_chunk; DROP TABLE evidence_file;`);
  }
}
