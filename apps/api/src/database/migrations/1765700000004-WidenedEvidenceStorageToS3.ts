import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence contents may also be kept in an S3-compatible bucket (PNQ_EVIDENCE_STORAGE=s3): evidence_file.storage
 * accepts 'S3' beside 'POSTGRES'; the key of an S3 file is its object's key in the bucket (no evidence_file_chunk row).
 */
export class WidenedEvidenceStorageToS31765700000004 implements MigrationInterface {
  name = 'WidenedEvidenceStorageToS31765700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_storage_check;
      ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_storage_check CHECK (storage IN ('POSTGRES', 'S3'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_storage_check;
      ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_storage_check CHECK (storage IN ('POSTGRES'));
    `);
  }
}
