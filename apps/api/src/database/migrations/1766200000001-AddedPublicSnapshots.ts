import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public portal (module publication): each published snapshot of the plan (numbered 1, 2, 3…) and its
 * rendered files — HTML per page and language, open data — kept here, gzip-compressed, as the source of truth
 * every instance writes its public folder from; the « Tableau de bord qualité Maroc »'s criteria (recorded by the
 * secretariat) and its numbered editions. Snapshots, their files and editions are never changed nor deleted.
 */
export class AddedPublicSnapshots1766200000001 implements MigrationInterface {
  name = 'AddedPublicSnapshots1766200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE public_snapshot (
        number int PRIMARY KEY CHECK (number > 0),
        as_of date NOT NULL,
        published_by int NOT NULL REFERENCES app_user(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        file_count int NOT NULL,
        total_bytes bigint NOT NULL,
        generation_ms int NOT NULL,
        manifest_sha256 text NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$')
      );
      CREATE TABLE public_file (
        snapshot_number int NOT NULL REFERENCES public_snapshot(number),
        path text NOT NULL CHECK (path ~ '^[A-Za-z0-9][A-Za-z0-9._/-]*$' AND path !~ '\\.\\.'),
        content_type text NOT NULL,
        bytes int NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        gzipped bytea NOT NULL,
        PRIMARY KEY (snapshot_number, path)
      );
      CREATE TABLE quality_criterion (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
        position int NOT NULL,
        label text NOT NULL,
        description text NOT NULL,
        figure_keys text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        recorded_by int NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE quality_edition (
        number int PRIMARY KEY CHECK (number > 0),
        snapshot_number int NOT NULL UNIQUE REFERENCES public_snapshot(number),
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        published_on date NOT NULL,
        sources text NOT NULL,
        method text NOT NULL,
        criteria jsonb NOT NULL
      );
      CREATE TRIGGER public_snapshot_immutable BEFORE UPDATE OR DELETE ON public_snapshot
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER public_file_immutable BEFORE UPDATE OR DELETE ON public_file
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER quality_edition_immutable BEFORE UPDATE OR DELETE ON quality_edition
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quality_edition, quality_criterion, public_file, public_snapshot`);
  }
}
