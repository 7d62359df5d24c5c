import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Housekeeping: when each periodic job last ran (one row per job, so that several instances run it once per period),
 * and indexes for purging ended sessions and old sign-in attempts by date.
 */
export class AddedHousekeeping1764100001000 implements MigrationInterface {
  name = 'AddedHousekeeping1764100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE housekeeping_run (
        job text PRIMARY KEY,
        last_run_at timestamptz NOT NULL
      );
      CREATE INDEX user_session_expires_idx ON user_session (expires_at);
      CREATE INDEX login_attempt_at_idx ON login_attempt (at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX login_attempt_at_idx;
      DROP INDEX user_session_expires_idx;
      DROP TABLE housekeeping_run;
    `);
  }
}
