import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatedPlanStructure1763750000000 implements MigrationInterface {
  name = 'CreatedPlanStructure1763750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan (
        id smallint PRIMARY KEY CHECK (id = 1),
        title text NOT NULL,
        short_title text NOT NULL,
        horizon_year int NOT NULL,
        source_file text NOT NULL,
        stated_axis_count int,
        stated_project_count int,
        facts jsonb NOT NULL DEFAULT '[]'
      );
      CREATE TABLE pillar (
        id serial PRIMARY KEY,
        number int NOT NULL UNIQUE,
        name text NOT NULL,
        annex text,
        source_from int,
        source_to int
      );
      CREATE TABLE axis (
        id serial PRIMARY KEY,
        pillar_id int NOT NULL REFERENCES pillar(id),
        number int NOT NULL,
        title text NOT NULL,
        summary_title text,
        source_from int,
        source_to int,
        UNIQUE (pillar_id, number)
      );
      CREATE TABLE project (
        id serial PRIMARY KEY,
        axis_id int NOT NULL REFERENCES axis(id),
        ref text NOT NULL UNIQUE,
        code text NOT NULL,
        position int NOT NULL,
        title text NOT NULL,
        summary_title text,
        in_annex boolean NOT NULL,
        in_summary boolean NOT NULL,
        flags text[] NOT NULL DEFAULT '{}',
        notes text,
        source_from int,
        source_to int
      );
      CREATE INDEX project_axis_idx ON project (axis_id, position);
      CREATE TABLE action (
        id serial PRIMARY KEY,
        project_id int NOT NULL REFERENCES project(id),
        ref text NOT NULL UNIQUE,
        code text NOT NULL,
        code_as_printed text,
        position int NOT NULL,
        title text NOT NULL,
        sub_actions text[] NOT NULL DEFAULT '{}',
        deadline_raw text,
        deadline_kind text NOT NULL CHECK (deadline_kind IN ('YEAR','RANGE','FROM_YEAR','CONTINUOUS','ANNUAL','TBD')),
        deadline_year int,
        deadline_end_year int,
        deadline_exact boolean NOT NULL DEFAULT true,
        flags text[] NOT NULL DEFAULT '{}',
        notes text,
        source_from int,
        source_to int,
        edited_at timestamptz
      );
      CREATE INDEX action_project_idx ON action (project_id, position);
      CREATE TABLE organisation (
        id serial PRIMARY KEY,
        key text NOT NULL UNIQUE,
        name text NOT NULL,
        acronym text,
        kind text NOT NULL CHECK (kind IN ('MINISTRY','PUBLIC_BODY','PRIVATE_SECTOR','CIVIL_SOCIETY','INTERNATIONAL','GENERIC_GROUP')),
        notes text
      );
      CREATE TABLE organisation_alias (
        normalised_text text PRIMARY KEY,
        text text NOT NULL,
        organisation_id int NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        specifier text
      );
      CREATE INDEX organisation_alias_org_idx ON organisation_alias (organisation_id);
      CREATE TABLE action_organisation (
        action_id int NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER','PARTNER')),
        organisation_id int NOT NULL REFERENCES organisation(id),
        position int NOT NULL,
        printed_name text NOT NULL,
        specifier text,
        PRIMARY KEY (action_id, role, organisation_id)
      );
      CREATE INDEX action_organisation_org_idx ON action_organisation (organisation_id, role);
      CREATE TABLE indicator (
        id serial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        position int NOT NULL,
        label text NOT NULL,
        UNIQUE (action_id, position)
      );
      CREATE TABLE national_indicator (
        id serial PRIMARY KEY,
        key text NOT NULL UNIQUE,
        label text NOT NULL,
        label_en text,
        pillar_number int,
        unit text NOT NULL,
        position int NOT NULL
      );
      CREATE TABLE national_indicator_value (
        id serial PRIMARY KEY,
        indicator_id int NOT NULL REFERENCES national_indicator(id) ON DELETE CASCADE,
        date date NOT NULL,
        value numeric NOT NULL,
        qualifier text NOT NULL CHECK (qualifier IN ('EXACT','MORE_THAN','ABOUT')),
        kind text NOT NULL CHECK (kind IN ('ACTUAL','TARGET')),
        source_file text,
        source_from int,
        source_to int,
        quote text,
        note text,
        UNIQUE (indicator_id, date, kind, source_file, source_from)
      );
      CREATE TABLE seed_run (
        id serial PRIMARY KEY,
        seed_hash text NOT NULL,
        summary jsonb NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE seed_run, national_indicator_value, national_indicator, indicator, action_organisation,
        organisation_alias, organisation, action, project, axis, pillar, plan;
    `);
  }
}
