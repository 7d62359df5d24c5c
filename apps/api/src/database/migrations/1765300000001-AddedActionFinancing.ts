import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Financing of the actions (module financing, issue 23). Each action's financing is kept by its owners as versions,
 * never rewritten: a version (needs funding, estimated cost) with its funding lines (own budget or a cooperation
 * programme of a partner of the directory) and their amounts per year. Amounts are exact NUMERIC(16,2), with their
 * currency; the secretariat's reference rates (MAD per unit of EUR or USD, NUMERIC(14,6)) convert them for totals.
 * Versions, amounts and rates are append-only (refuse_append_only_change). A funding line may only have its partner
 * re-pointed, when the secretariat merges a duplicate organisation into the one kept.
 */
export class AddedActionFinancing1765300000001 implements MigrationInterface {
  name = 'AddedActionFinancing1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_financing (
        action_id int NOT NULL REFERENCES action(id),
        version int NOT NULL CHECK (version > 0),
        effective_date date NOT NULL,
        needs_funding boolean NOT NULL,
        estimated_cost numeric(16,2) CHECK (estimated_cost >= 0 AND estimated_cost < 1000000000000),
        cost_currency text NOT NULL CHECK (cost_currency IN ('MAD','EUR','USD')),
        comment text NOT NULL DEFAULT '',
        author_id int NOT NULL REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (action_id, version),
        CHECK (needs_funding OR estimated_cost IS NULL)
      );
      CREATE INDEX action_financing_in_force_idx ON action_financing (action_id, effective_date DESC, version DESC);
      CREATE TRIGGER action_financing_append_only BEFORE UPDATE OR DELETE ON action_financing
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

      CREATE TABLE funding_line (
        action_id int NOT NULL,
        version int NOT NULL,
        position int NOT NULL CHECK (position > 0),
        source text NOT NULL CHECK (source IN ('OWN_BUDGET','COOPERATION')),
        currency text NOT NULL CHECK (currency IN ('MAD','EUR','USD')),
        budget_year int,
        budget_line text,
        partner_organisation_id int REFERENCES organisation(id),
        programme text,
        period_start int,
        period_end int,
        PRIMARY KEY (action_id, version, position),
        FOREIGN KEY (action_id, version) REFERENCES action_financing (action_id, version),
        CHECK (source <> 'OWN_BUDGET' OR (budget_year IS NOT NULL AND budget_line IS NOT NULL AND partner_organisation_id IS NULL)),
        CHECK (source <> 'COOPERATION' OR (partner_organisation_id IS NOT NULL AND programme IS NOT NULL AND period_start <= period_end))
      );
      CREATE INDEX funding_line_partner_idx ON funding_line (partner_organisation_id) WHERE partner_organisation_id IS NOT NULL;
      CREATE FUNCTION refuse_funding_line_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'partner_organisation_id') = (to_jsonb(OLD) - 'partner_organisation_id') THEN
          RETURN NEW; -- an organisation merge re-points the partner; nothing else of a line ever changes
        END IF;
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER funding_line_append_only BEFORE UPDATE OR DELETE ON funding_line
        FOR EACH ROW EXECUTE FUNCTION refuse_funding_line_change();

      CREATE TABLE funding_line_amount (
        action_id int NOT NULL,
        version int NOT NULL,
        position int NOT NULL,
        year int NOT NULL,
        planned numeric(16,2) NOT NULL CHECK (planned >= 0 AND planned < 1000000000000),
        committed numeric(16,2) NOT NULL CHECK (committed >= 0 AND committed < 1000000000000),
        disbursed numeric(16,2) NOT NULL CHECK (disbursed >= 0 AND disbursed <= committed),
        PRIMARY KEY (action_id, version, position, year),
        FOREIGN KEY (action_id, version, position) REFERENCES funding_line (action_id, version, position)
      );
      CREATE TRIGGER funding_line_amount_append_only BEFORE UPDATE OR DELETE ON funding_line_amount
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

      CREATE TABLE reference_rate (
        currency text NOT NULL CHECK (currency IN ('EUR','USD')),
        date date NOT NULL,
        rate numeric(14,6) NOT NULL CHECK (rate > 0),
        source text NOT NULL DEFAULT '',
        author_id int NOT NULL REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (currency, date)
      );
      CREATE TRIGGER reference_rate_append_only BEFORE UPDATE OR DELETE ON reference_rate
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE reference_rate;
      DROP TABLE funding_line_amount;
      DROP TABLE funding_line;
      DROP FUNCTION refuse_funding_line_change();
      DROP TABLE action_financing;
    `);
  }
}
