import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue (module job): long work — yearly reports, official editions — asked for by a person, done by
 * whichever instance claims it (FOR UPDATE SKIP LOCKED) in a worker thread. A claim is a lease renewed by
 * heartbeats: when the instance dies, the lease runs out and another instance (or the restarted one) takes the
 * job over. The finished file stays in the row for a while (PNQ_JOB_RESULT_HOURS), then the row is purged.
 */
export class AddedJobQueue1764300000000 implements MigrationInterface {
  name = 'AddedJobQueue1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        params jsonb NOT NULL,
        requested_by int REFERENCES app_user(id),
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED','RUNNING','DONE','FAILED')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        stage text,
        attempts int NOT NULL DEFAULT 0,
        claimed_by text,
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        file_name text,
        content_type text,
        content bytea,
        content_sha256 text,
        error_code text,
        error_message text,
        CHECK ((state = 'RUNNING') = (claimed_by IS NOT NULL AND lease_until IS NOT NULL)),
        CHECK ((state IN ('DONE','FAILED')) = (finished_at IS NOT NULL))
      );
      CREATE INDEX job_waiting_idx ON job (created_at, id) WHERE state IN ('QUEUED','RUNNING');
      CREATE INDEX job_requester_idx ON job (requested_by) WHERE state IN ('QUEUED','RUNNING');
      CREATE INDEX job_finished_idx ON job (finished_at) WHERE finished_at IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job`);
  }
}
