import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-planning (module revision): the plan in force is the adopted action (the baseline, `action`, never edited by a
 * revision) plus its effective-dated revisions; owners' requests for a revision and the secretariat's decisions on
 * them; the dependencies between actions (read from the plan's text by the seed, or added by the secretariat).
 * Revisions, requests and decisions are never changed nor deleted (trigger refuse_append_only_change).
 */
export class AddedRevisionsAndDependencies1766000000000 implements MigrationInterface {
  name = 'AddedRevisionsAndDependencies1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE revision_request (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        kind text NOT NULL CHECK (kind IN ('DEADLINE','CANCELLATION','PARTIES','WORDING')),
        changes jsonb NOT NULL,
        justification text NOT NULL,
        definition_version int NOT NULL,
        requested_by int NOT NULL REFERENCES app_user(id),
        organisation_id int REFERENCES organisation(id),
        requested_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX revision_request_action_idx ON revision_request (action_id);

      CREATE TABLE revision_decision (
        request_id bigint PRIMARY KEY REFERENCES revision_request(id),
        outcome text NOT NULL CHECK (outcome IN ('APPROVED','REJECTED')),
        comment text NOT NULL,
        decision_ref text,
        decided_by int NOT NULL REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE action_revision (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        kind text NOT NULL CHECK (kind IN ('DEADLINE','CANCELLATION','PARTIES','WORDING')),
        changes jsonb NOT NULL,
        effective_date date NOT NULL,
        justification text NOT NULL,
        decision_ref text,
        request_id bigint REFERENCES revision_request(id),
        decided_by int NOT NULL REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX action_revision_action_idx ON action_revision (action_id, effective_date, id);
      CREATE UNIQUE INDEX action_revision_request_idx ON action_revision (request_id) WHERE request_id IS NOT NULL;

      CREATE TABLE action_dependency (
        dependent_id int NOT NULL REFERENCES action(id),
        predecessor_id int NOT NULL REFERENCES action(id),
        source_line int,
        source_text text,
        note text,
        created_by int REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dependent_id, predecessor_id),
        CHECK (dependent_id <> predecessor_id)
      );
      CREATE INDEX action_dependency_predecessor_idx ON action_dependency (predecessor_id);

      CREATE TRIGGER revision_request_append_only BEFORE UPDATE OR DELETE ON revision_request FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER revision_decision_append_only BEFORE UPDATE OR DELETE ON revision_decision FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER action_revision_append_only BEFORE UPDATE OR DELETE ON action_revision FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE action_dependency, action_revision, revision_decision, revision_request`);
  }
}
