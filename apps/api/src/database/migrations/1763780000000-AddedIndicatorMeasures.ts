import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators that measure: each action indicator gets a kind (MILESTONE | QUANTITATIVE), a unit, baseline and target,
 * a version (optimistic concurrency) and an append-only series of recorded values; national values record who added them.
 */
export class AddedIndicatorMeasures1763780000000 implements MigrationInterface {
  name = 'AddedIndicatorMeasures1763780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE indicator
        ADD COLUMN kind text NOT NULL DEFAULT 'MILESTONE' CHECK (kind IN ('MILESTONE','QUANTITATIVE')),
        ADD COLUMN ambiguous boolean NOT NULL DEFAULT false,
        ADD COLUMN classification_rule text,
        ADD COLUMN unit text,
        ADD COLUMN baseline numeric,
        ADD COLUMN baseline_date date,
        ADD COLUMN target numeric,
        ADD COLUMN target_year int CHECK (target_year BETWEEN 2023 AND 2100),
        ADD COLUMN trajectory text NOT NULL DEFAULT 'LINEAR' CHECK (trajectory IN ('LINEAR','LEVEL')),
        ADD COLUMN version int NOT NULL DEFAULT 0,
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN edited_by int REFERENCES app_user(id);

      CREATE TABLE indicator_value (
        id bigserial PRIMARY KEY,
        indicator_id int NOT NULL REFERENCES indicator(id),
        version int NOT NULL,
        date date NOT NULL,
        value numeric,
        achieved boolean,
        source text,
        comment text NOT NULL DEFAULT '',
        evidence_urls text[] NOT NULL DEFAULT '{}',
        author_id int NOT NULL REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((value IS NULL) <> (achieved IS NULL)),
        UNIQUE (indicator_id, version)
      );
      CREATE INDEX indicator_value_indicator_idx ON indicator_value (indicator_id, date);
      CREATE TRIGGER indicator_value_append_only BEFORE UPDATE OR DELETE ON indicator_value
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

      ALTER TABLE national_indicator_value
        ADD COLUMN source_label text,
        ADD COLUMN author_id int REFERENCES app_user(id),
        ADD COLUMN entered_at timestamptz;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE national_indicator_value DROP COLUMN source_label, DROP COLUMN author_id, DROP COLUMN entered_at;
      DROP TABLE indicator_value;
      ALTER TABLE indicator DROP COLUMN kind, DROP COLUMN ambiguous, DROP COLUMN classification_rule, DROP COLUMN unit,
        DROP COLUMN baseline, DROP COLUMN baseline_date, DROP COLUMN target, DROP COLUMN target_year, DROP COLUMN trajectory,
        DROP COLUMN version, DROP COLUMN edited_at, DROP COLUMN edited_by;
    `);
  }
}
