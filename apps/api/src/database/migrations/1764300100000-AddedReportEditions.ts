import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official editions of the yearly report (module report): once the secretariat marks year N final, its PDF and
 * DOCX are stored here with their SHA-256, date and author, and downloaded byte for byte ever after. Rows are
 * never changed nor deleted (trigger refuse_append_only_change).
 */
export class AddedReportEditions1764300100000 implements MigrationInterface {
  name = 'AddedReportEditions1764300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_edition (
        year int NOT NULL,
        format text NOT NULL CHECK (format IN ('pdf','docx')),
        as_of date NOT NULL,
        file_name text NOT NULL,
        content bytea NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        finalised_by int NOT NULL REFERENCES app_user(id),
        finalised_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, format)
      );
      CREATE TRIGGER report_edition_immutable BEFORE UPDATE OR DELETE ON report_edition
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_edition`);
  }
}
