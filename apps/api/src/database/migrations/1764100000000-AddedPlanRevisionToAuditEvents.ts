import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan caches' revision is the latest audit event that may change the plan's figures: sign-ins, sign-outs,
 * preferences and account changes are recorded with affects_plan = false and leave the caches alone. Existing rows
 * keep true (a revision only needs to change going forward). The partial index answers max(id) at once.
 */
export class AddedPlanRevisionToAuditEvents1764100000000 implements MigrationInterface {
  name = 'AddedPlanRevisionToAuditEvents1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_event ADD COLUMN affects_plan boolean NOT NULL DEFAULT true;
      CREATE INDEX audit_event_plan_revision_idx ON audit_event (id) WHERE affects_plan;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX audit_event_plan_revision_idx;
      ALTER TABLE audit_event DROP COLUMN affects_plan;
    `);
  }
}
