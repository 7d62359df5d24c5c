import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The state of an action on a date is its latest update effective by then: one index probe per action.
 * Carrying status and progress in the index lets PostgreSQL answer from the index alone (no heap visit);
 * it replaces the index on the same key columns.
 */
export class AddedCoveringStateIndex1763810000000 implements MigrationInterface {
  name = 'AddedCoveringStateIndex1763810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX action_status_update_state_idx ON action_status_update (action_id, effective_date DESC, version DESC) INCLUDE (status, progress);
      DROP INDEX action_status_update_asof_idx;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX action_status_update_asof_idx ON action_status_update (action_id, effective_date DESC, version DESC);
      DROP INDEX action_status_update_state_idx;
    `);
  }
}
