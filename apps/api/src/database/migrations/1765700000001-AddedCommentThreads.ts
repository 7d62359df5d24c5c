import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The discussion on an action: a comment may answer an earlier one (reply_to_id) or correct one of its author's
 * (corrects_id: the earlier entry stays, and shows as corrected; at most one correction per comment), and names the
 * organisations and people it mentions (they are notified). A mention is a notification of kind MENTION.
 */
export class AddedCommentThreads1765700000001 implements MigrationInterface {
  name = 'AddedCommentThreads1765700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE action_comment
        ADD COLUMN reply_to_id bigint REFERENCES action_comment(id),
        ADD COLUMN corrects_id bigint REFERENCES action_comment(id),
        ADD COLUMN mentioned_organisation_ids int[] NOT NULL DEFAULT '{}',
        ADD COLUMN mentioned_user_ids int[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT action_comment_one_correction UNIQUE (corrects_id),
        ADD CONSTRAINT action_comment_reply_or_correction CHECK (reply_to_id IS NULL OR corrects_id IS NULL);
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN','MENTION'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN'));
      ALTER TABLE action_comment DROP COLUMN reply_to_id, DROP COLUMN corrects_id, DROP COLUMN mentioned_organisation_ids, DROP COLUMN mentioned_user_ids;
    `);
  }
}
