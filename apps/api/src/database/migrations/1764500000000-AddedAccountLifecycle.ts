import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a ministry can run (issue 15): invitations and password-reset links (single use, expiring, only their
 * SHA-256 stored), API tokens for other systems (each acts as an API-client account of one organisation, so what it
 * enters has an author and an audit trail under its name), single sign-on round trips, and sessions that can be
 * listed and ended one by one. An account may have no password (signed in through single sign-on only).
 * Account mails (invitations, resets) go through the mail log: a recipient may have no account yet, and they are not
 * reminders (the once-a-day rule is for digests only).
 */
export class AddedAccountLifecycle1764500000000 implements MigrationInterface {
  name = 'AddedAccountLifecycle1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
      ALTER TABLE app_user ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON','API_CLIENT'));
      ALTER TABLE app_user ADD COLUMN password_changed_at timestamptz;

      ALTER TABLE user_session ADD COLUMN id bigserial NOT NULL UNIQUE;
      ALTER TABLE user_session ADD COLUMN user_agent text;
      ALTER TABLE user_session ADD COLUMN method text NOT NULL DEFAULT 'PASSWORD' CHECK (method IN ('PASSWORD','SSO','INVITATION','RESET'));

      CREATE TABLE account_invitation (
        id serial PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','EDITOR','VIEWER')),
        organisation_id int REFERENCES organisation(id),
        language text NOT NULL CHECK (language IN ('fr','ar','en')),
        token_hash text NOT NULL UNIQUE,
        invited_by int REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id int REFERENCES app_user(id),
        revoked_at timestamptz,
        CHECK (role <> 'EDITOR' OR organisation_id IS NOT NULL)
      );
      -- One open invitation per address (an expired one is revoked when the address is invited again).
      CREATE UNIQUE INDEX account_invitation_open_email ON account_invitation (email) WHERE accepted_at IS NULL AND revoked_at IS NULL;

      CREATE TABLE password_reset (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        user_id int REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK ((user_id IS NULL) = (token_hash IS NULL))
      );
      CREATE INDEX password_reset_email_idx ON password_reset (email, requested_at);
      CREATE INDEX password_reset_ip_idx ON password_reset (ip, requested_at);

      CREATE TABLE api_token (
        id serial PRIMARY KEY,
        client_id int NOT NULL UNIQUE REFERENCES app_user(id),
        organisation_id int NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        token_hint text NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['READ','RECORD_INDICATOR_VALUES','UPDATE_STATUS']),
        created_by int NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      );
      CREATE INDEX api_token_organisation_idx ON api_token (organisation_id);

      CREATE TABLE sso_flow (
        binding_hash text PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      );

      ALTER TABLE mail_message ALTER COLUMN recipient_id DROP NOT NULL;
      ALTER TABLE mail_message DROP CONSTRAINT mail_message_kind_check;
      ALTER TABLE mail_message ADD CONSTRAINT mail_message_kind_check
        CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN','INVITATION','PASSWORD_RESET'));
      DROP INDEX mail_message_once_a_day;
      CREATE UNIQUE INDEX mail_message_once_a_day ON mail_message (recipient_id, mail_date) WHERE kind IN ('DIGEST','SECRETARIAT_DIGEST');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX mail_message_once_a_day;
      CREATE UNIQUE INDEX mail_message_once_a_day ON mail_message (recipient_id, mail_date) WHERE kind <> 'CAMPAIGN';
      ALTER TABLE mail_message DROP CONSTRAINT mail_message_kind_check;
      ALTER TABLE mail_message ADD CONSTRAINT mail_message_kind_check CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN'));
      ALTER TABLE mail_message ALTER COLUMN recipient_id SET NOT NULL;
      DROP TABLE sso_flow, api_token, password_reset, account_invitation;
      ALTER TABLE user_session DROP COLUMN method, DROP COLUMN user_agent, DROP COLUMN id;
      ALTER TABLE app_user DROP COLUMN password_changed_at, DROP COLUMN kind;
      ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL;
    `);
  }
}
