import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: the daily run log, what was announced to whom (the cadence's memory), in-app notifications,
 * the mail log / outbox and its delivery attempts, campaigns, and the mail opt-out preference.
 * Every log is append-only (trigger `refuse_append_only_change`); reading a notification is a row of its own.
 */
export class AddedRemindersAndNotifications1763790000000 implements MigrationInterface {
  name = 'AddedRemindersAndNotifications1763790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user ADD COLUMN mail_opt_out boolean NOT NULL DEFAULT false;

      CREATE TABLE reminder_run (
        run_date date PRIMARY KEY,
        trigger text NOT NULL CHECK (trigger IN ('SCHEDULE','ADMIN')),
        actor_id int REFERENCES app_user(id),
        notifications int NOT NULL,
        mails int NOT NULL,
        ran_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE reminder_announcement (
        id bigserial PRIMARY KEY,
        run_date date NOT NULL,
        audience text NOT NULL CHECK (audience IN ('ORGANISATION','SECRETARIAT')),
        organisation_id int REFERENCES organisation(id),
        action_id int REFERENCES action(id),
        kind text NOT NULL CHECK (kind IN ('DUE_SOON','OVERDUE','STALE','ESCALATION','NO_ACTIVE_EDITOR','WEEKLY_SUMMARY'))
      );
      CREATE INDEX reminder_announcement_last_idx ON reminder_announcement (audience, kind, organisation_id, action_id, run_date DESC);

      CREATE TABLE campaign (
        id serial PRIMARY KEY,
        sent_on date NOT NULL,
        deadline date NOT NULL,
        message text NOT NULL CHECK (length(btrim(message)) > 0),
        created_by int NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE notification (
        id bigserial PRIMARY KEY,
        user_id int NOT NULL REFERENCES app_user(id),
        kind text NOT NULL CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN')),
        run_date date NOT NULL,
        campaign_id int REFERENCES campaign(id),
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

      CREATE TABLE notification_read (
        notification_id bigint PRIMARY KEY REFERENCES notification(id),
        read_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE mail_message (
        id bigserial PRIMARY KEY,
        recipient_id int NOT NULL REFERENCES app_user(id),
        recipient_email text NOT NULL,
        language text NOT NULL CHECK (language IN ('fr','ar','en')),
        kind text NOT NULL CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN')),
        mail_date date NOT NULL,
        campaign_id int REFERENCES campaign(id),
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        items jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED','OUTBOX')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Nothing goes to a person twice in a day (campaigns, an explicit call by the secretariat, aside).
      CREATE UNIQUE INDEX mail_message_once_a_day ON mail_message (recipient_id, mail_date) WHERE kind <> 'CAMPAIGN';
      CREATE INDEX mail_message_created_idx ON mail_message (created_at DESC, id DESC);

      CREATE TABLE mail_delivery (
        id bigserial PRIMARY KEY,
        mail_id bigint NOT NULL REFERENCES mail_message(id),
        status text NOT NULL CHECK (status IN ('SENT','FAILED')),
        error text,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mail_delivery_mail_idx ON mail_delivery (mail_id, attempted_at DESC);

      CREATE TRIGGER reminder_run_append_only BEFORE UPDATE OR DELETE ON reminder_run FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER reminder_announcement_append_only BEFORE UPDATE OR DELETE ON reminder_announcement FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER campaign_append_only BEFORE UPDATE OR DELETE ON campaign FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER notification_append_only BEFORE UPDATE OR DELETE ON notification FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER notification_read_append_only BEFORE UPDATE OR DELETE ON notification_read FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER mail_message_append_only BEFORE UPDATE OR DELETE ON mail_message FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
      CREATE TRIGGER mail_delivery_append_only BEFORE UPDATE OR DELETE ON mail_delivery FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE mail_delivery, mail_message, notification_read, notification, campaign, reminder_announcement, reminder_run;
      ALTER TABLE app_user DROP COLUMN mail_opt_out;
    `);
  }
}
