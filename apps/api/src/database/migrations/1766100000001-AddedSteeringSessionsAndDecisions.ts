import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Steering sessions and their decisions (module steering, issue 18): a session of the CSNCA or one of its committees
 * (date, place, agenda, attending organisations); its decisions and recommendations (text, date, linked actions and
 * organisations, the organisation responsible, a due date), the revision requests a decision approved or rejected,
 * and the follow-up of a decision with a due date (status and progress, append-only like an action's history), with
 * the reminders sent about it (the memory of the daily digest, as reminder_announcement is for actions).
 * Decisions, their links and follow-up are never changed nor deleted (refuse_append_only_change), except that an
 * organisation merge re-points organisation ids to the organisation kept.
 */
export class AddedSteeringSessionsAndDecisions1766100000001 implements MigrationInterface {
  name = 'AddedSteeringSessionsAndDecisions1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE steering_session (
        id serial PRIMARY KEY,
        body text NOT NULL CHECK (body IN ('CSNCA_PLENARY','NORMALISATION_COMMITTEE','CONFORMITY_COMMITTEE','METROLOGY_COMMITTEE','ACCREDITATION_COMMITTEE')),
        held_on date NOT NULL,
        place text NOT NULL,
        agenda text[] NOT NULL DEFAULT '{}',
        created_by int NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX steering_session_body_idx ON steering_session (body, held_on, id);

      CREATE TABLE steering_session_attendee (
        session_id int NOT NULL REFERENCES steering_session(id),
        organisation_id int NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (session_id, organisation_id)
      );

      CREATE TABLE steering_decision (
        id serial PRIMARY KEY,
        session_id int NOT NULL REFERENCES steering_session(id),
        kind text NOT NULL CHECK (kind IN ('DECISION','RECOMMENDATION')),
        text text NOT NULL,
        decided_on date NOT NULL,
        due_date date,
        responsible_organisation_id int REFERENCES organisation(id),
        created_by int NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (due_date IS NULL OR (due_date >= decided_on AND responsible_organisation_id IS NOT NULL))
      );
      CREATE INDEX steering_decision_session_idx ON steering_decision (session_id);
      CREATE INDEX steering_decision_responsible_idx ON steering_decision (responsible_organisation_id) WHERE due_date IS NOT NULL;

      CREATE TABLE steering_decision_action (
        decision_id int NOT NULL REFERENCES steering_decision(id),
        action_id int NOT NULL REFERENCES action(id),
        PRIMARY KEY (decision_id, action_id)
      );
      CREATE TABLE steering_decision_organisation (
        decision_id int NOT NULL REFERENCES steering_decision(id),
        organisation_id int NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (decision_id, organisation_id)
      );
      CREATE TABLE steering_decision_revision (
        decision_id int NOT NULL REFERENCES steering_decision(id),
        request_id bigint NOT NULL UNIQUE REFERENCES revision_request(id),
        outcome text NOT NULL CHECK (outcome IN ('APPROVED','REJECTED')),
        PRIMARY KEY (decision_id, request_id)
      );

      CREATE TABLE steering_decision_update (
        decision_id int NOT NULL REFERENCES steering_decision(id),
        version int NOT NULL CHECK (version > 0),
        effective_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('NOT_STARTED','IN_PROGRESS','COMPLETED','BLOCKED','CANCELLED')),
        progress int NOT NULL CHECK (progress BETWEEN 0 AND 100),
        comment text NOT NULL,
        author_id int NOT NULL REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (decision_id, version)
      );

      CREATE TABLE steering_decision_reminder (
        decision_id int NOT NULL REFERENCES steering_decision(id),
        run_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DUE_SOON','OVERDUE')),
        PRIMARY KEY (decision_id, kind, run_date)
      );

      CREATE FUNCTION refuse_steering_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'organisation_id' - 'responsible_organisation_id') = (to_jsonb(OLD) - 'organisation_id' - 'responsible_organisation_id') THEN
          RETURN NEW; -- an organisation merge re-points organisation ids; nothing else ever changes
        END IF;
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER steering_decision_append_only BEFORE UPDATE OR DELETE ON steering_decision FOR EACH ROW EXECUTE FUNCTION refuse_steering_change();
      CREATE TRIGGER steering_decision_action_append_only BEFORE UPDATE OR DELETE ON steering_decision_action FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER steering_decision_revision_append_only BEFORE UPDATE OR DELETE ON steering_decision_revision FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER steering_decision_reminder_append_only BEFORE UPDATE OR DELETE ON steering_decision_reminder FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER steering_decision_update_append_only BEFORE UPDATE OR DELETE ON steering_decision_update FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE steering_decision_reminder, steering_decision_update, steering_decision_revision, steering_decision_organisation, steering_decision_action,
                 steering_decision, steering_session_attendee, steering_session;
      DROP FUNCTION refuse_steering_change();
    `);
  }
}
