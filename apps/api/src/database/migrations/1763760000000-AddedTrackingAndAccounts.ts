import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddedTrackingAndAccounts1763760000000 implements MigrationInterface {
  name = 'AddedTrackingAndAccounts1763760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE action
        ADD COLUMN version int NOT NULL DEFAULT 0,
        ADD COLUMN weight numeric NOT NULL DEFAULT 1 CHECK (weight >= 0);

      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','EDITOR','VIEWER')),
        organisation_id int REFERENCES organisation(id),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr','ar','en')),
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'EDITOR' OR organisation_id IS NOT NULL)
      );
      CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);

      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt (email, at);
      CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at);

      CREATE TABLE action_status_update (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        version int NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('NOT_STARTED','IN_PROGRESS','COMPLETED','BLOCKED','CANCELLED')),
        progress int NOT NULL CHECK (progress BETWEEN 0 AND 100),
        comment text NOT NULL CHECK (length(btrim(comment)) > 0),
        effective_date date NOT NULL,
        evidence_urls text[] NOT NULL DEFAULT '{}',
        next_milestone text,
        next_milestone_date date,
        author_id int NOT NULL REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (action_id, version),
        CHECK (status <> 'COMPLETED' OR progress = 100)
      );
      CREATE INDEX action_status_update_asof_idx ON action_status_update (action_id, effective_date DESC, version DESC);

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id int REFERENCES app_user(id),
        operation text NOT NULL,
        entity text NOT NULL,
        entity_key text NOT NULL,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_key, at);

      -- History and audit are append-only: a correction is a new row, never an edit.
      CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER action_status_update_append_only BEFORE UPDATE OR DELETE ON action_status_update
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_event, action_status_update, login_attempt, user_session, app_user;
      DROP FUNCTION refuse_append_only_change();
      ALTER TABLE action DROP COLUMN version, DROP COLUMN weight;
    `);
  }
}
