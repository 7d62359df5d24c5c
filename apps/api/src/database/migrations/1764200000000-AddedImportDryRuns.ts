import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dry runs of Excel imports, as the server recorded them: an apply needs one by the same person, of the same
 * file and organisation, recent and not yet used (exchange module; issue 14). A file's SHA-256 alone was no proof
 * of a check, since anyone can compute it.
 */
export class AddedImportDryRuns1764200000000 implements MigrationInterface {
  name = 'AddedImportDryRuns1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_dry_run (
        id bigserial PRIMARY KEY,
        user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organisation_id int NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        file_hash text NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        consumed_at timestamptz
      );
      CREATE INDEX import_dry_run_file_idx ON import_dry_run (user_id, file_hash, created_at);
      CREATE INDEX import_dry_run_organisation_idx ON import_dry_run (organisation_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_dry_run;`);
  }
}
