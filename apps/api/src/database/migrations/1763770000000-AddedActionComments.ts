import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddedActionComments1763770000000 implements MigrationInterface {
  name = 'AddedActionComments1763770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_comment (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        author_id int NOT NULL REFERENCES app_user(id),
        comment text NOT NULL CHECK (length(btrim(comment)) > 0),
        evidence_urls text[] NOT NULL DEFAULT '{}',
        entered_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX action_comment_action_idx ON action_comment (action_id, entered_at);
      CREATE TRIGGER action_comment_append_only BEFORE UPDATE OR DELETE ON action_comment
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE action_comment');
  }
}
