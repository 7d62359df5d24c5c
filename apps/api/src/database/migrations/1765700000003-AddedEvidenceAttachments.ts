import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An evidence file may belong to one entry of the action: a status update, a discussion entry or an indicator value
 * (at most one; none: attached to the action itself).
 */
export class AddedEvidenceAttachments1765700000003 implements MigrationInterface {
  name = 'AddedEvidenceAttachments1765700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evidence_file
        ADD COLUMN status_update_id bigint REFERENCES action_status_update(id),
        ADD COLUMN comment_id bigint REFERENCES action_comment(id),
        ADD COLUMN indicator_value_id bigint REFERENCES indicator_value(id),
        ADD CONSTRAINT evidence_file_one_entry CHECK (num_nonnulls(status_update_id, comment_id, indicator_value_id) <= 1);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE evidence_file DROP COLUMN status_update_id, DROP COLUMN comment_id, DROP COLUMN indicator_value_id;`);
  }
}
