import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners and partners in force (module action, issue 17): when a PARTIES revision of the plan takes effect, the action
 * module records, by organisation id, the owners and/or partners in force from its effective date (NULL: that role
 * unchanged by it). Rights, "my actions", the organisation roll-ups and reminders follow the latest of each role
 * effective by the date; the adopted parties (action_organisation) stay as printed. Rows are never deleted; an
 * organisation merge may only re-point ids to the organisation kept.
 */
export class AddedActionPartiesInForce1766000000001 implements MigrationInterface {
  name = 'AddedActionPartiesInForce1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_parties_in_force (
        id bigserial PRIMARY KEY,
        action_id int NOT NULL REFERENCES action(id),
        effective_date date NOT NULL,
        revision_id bigint NOT NULL UNIQUE REFERENCES action_revision(id),
        owner_ids int[] CHECK (owner_ids IS NULL OR cardinality(owner_ids) > 0),
        partner_ids int[],
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (owner_ids IS NOT NULL OR partner_ids IS NOT NULL)
      );
      CREATE INDEX action_parties_in_force_idx ON action_parties_in_force (action_id, effective_date DESC, revision_id DESC);
      CREATE FUNCTION refuse_parties_in_force_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'owner_ids' - 'partner_ids') = (to_jsonb(OLD) - 'owner_ids' - 'partner_ids')
           AND (OLD.owner_ids IS NULL) = (NEW.owner_ids IS NULL) AND (OLD.partner_ids IS NULL) = (NEW.partner_ids IS NULL) THEN
          RETURN NEW; -- an organisation merge re-points ids to the organisation kept; nothing else ever changes
        END IF;
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER action_parties_in_force_append_only BEFORE UPDATE OR DELETE ON action_parties_in_force
        FOR EACH ROW EXECUTE FUNCTION refuse_parties_in_force_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE action_parties_in_force;
      DROP FUNCTION refuse_parties_in_force_change();
    `);
  }
}
