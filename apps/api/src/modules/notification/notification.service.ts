import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../user/authenticated-user';
import { MailMessageEntity } from './mail-message.entity';
import { MailerService } from './mailer.service';
import { NoticeItem } from './notice-item';
import { NotificationEntity, NotificationKind } from './notification.entity';
import { MailMessageModel, MailOutboxModel, NotificationModel } from './notification.model';
import { MailOutboxArgs } from './dto/notification.args';

/** Only one instance hands the queued mails to the SMTP server at a time. */
const SEND_LOCK_KEY = 'pnq:mail-send';
/** A mail the SMTP server refused is tried again at the next sending, up to this many attempts in all. */
export const MAX_DELIVERY_ATTEMPTS = 3;

export interface NotificationDraft {
  userId: number;
  kind: NotificationKind;
  runDate: string;
  campaignId?: number | null;
  items: readonly NoticeItem[];
}

export interface MailDraft {
  recipientId: number;
  recipientEmail: string;
  language: 'fr' | 'ar' | 'en';
  kind: NotificationKind;
  mailDate: string;
  campaignId?: number | null;
  subject: string;
  text: string;
  html: string;
  items: readonly NoticeItem[];
}

const MAIL_COLUMNS = `m.id::text AS id, m.recipient_email AS "recipientEmail", m.language, m.kind, m.mail_date::text AS "mailDate", m.subject,
  m.text_body AS text, m.html_body AS html, m.items, m.created_at AS "createdAt",
  coalesce(d.status, m.status) AS status, d.error, CASE WHEN d.status = 'SENT' THEN d.attempted_at END AS "sentAt"`;
const LAST_DELIVERY = `LEFT JOIN LATERAL (SELECT status, error, attempted_at FROM mail_delivery WHERE mail_id = m.id ORDER BY attempted_at DESC, id DESC LIMIT 1) d ON true`;

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly mailer: MailerService,
  ) {}

  async record(manager: EntityManager, draft: NotificationDraft): Promise<void> {
    await manager.query(`INSERT INTO notification (user_id, kind, run_date, campaign_id, items) VALUES ($1, $2, $3, $4, $5)`, [
      draft.userId,
      draft.kind,
      draft.runDate,
      draft.campaignId ?? null,
      JSON.stringify(draft.items),
    ]);
  }

  /**
   * Queues a mail (or keeps it in the outbox without SMTP). Returns false, writing nothing, when the person
   * already had a reminder mail that day (campaign calls aside).
   */
  async queueMail(manager: EntityManager, draft: MailDraft): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO mail_message (recipient_id, recipient_email, language, kind, mail_date, campaign_id, subject, text_body, html_body, items, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (recipient_id, mail_date) WHERE kind <> 'CAMPAIGN' DO NOTHING RETURNING id`,
      [
        draft.recipientId,
        draft.recipientEmail,
        draft.language,
        draft.kind,
        draft.mailDate,
        draft.campaignId ?? null,
        draft.subject,
        draft.text,
        draft.html,
        JSON.stringify(draft.items),
        this.mailer.enabled ? 'QUEUED' : 'OUTBOX',
      ],
    );
    return rows.length > 0;
  }

  /** The reminder mails (campaigns aside) each person already had on a date. */
  async mailDatesByRecipient(manager: EntityManager, mailDate: string): Promise<Map<number, string[]>> {
    const rows: { recipientId: number; mailDate: string }[] = await manager.query(
      `SELECT recipient_id AS "recipientId", mail_date::text AS "mailDate" FROM mail_message WHERE mail_date = $1 AND kind <> 'CAMPAIGN'`,
      [mailDate],
    );
    const byRecipient = new Map<number, string[]>();
    for (const row of rows) byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row.mailDate]);
    return byRecipient;
  }

  /**
   * Hands every queued mail not yet sent (and not yet refused MAX_DELIVERY_ATTEMPTS times) to the SMTP server,
   * and logs each attempt (SENT / FAILED): a failure is retried at the next sending (after the next run or campaign).
   * A session advisory lock keeps two instances from sending the same mails; the one that misses it leaves them to the other.
   */
  async sendQueued(): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    if (!this.mailer.enabled) return result;
    const runner = this.notifications.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [SEND_LOCK_KEY]);
      if (!locked) return result;
      try {
        const pending: (Pick<MailMessageEntity, 'id' | 'recipientEmail' | 'subject' | 'language'> & { text: string; html: string })[] = await runner.query(
          `SELECT m.id::text AS id, m.recipient_email AS "recipientEmail", m.subject, m.text_body AS text, m.html_body AS html, m.language
             FROM mail_message m
            WHERE m.status = 'QUEUED'
              AND NOT EXISTS (SELECT 1 FROM mail_delivery d WHERE d.mail_id = m.id AND d.status = 'SENT')
              AND (SELECT count(*) FROM mail_delivery d WHERE d.mail_id = m.id AND d.status = 'FAILED') < $1
            ORDER BY m.id`,
          [MAX_DELIVERY_ATTEMPTS],
        );
        for (const mail of pending) {
          try {
            await this.mailer.send({ to: mail.recipientEmail, subject: mail.subject, text: mail.text, html: mail.html, language: mail.language });
            await runner.query(`INSERT INTO mail_delivery (mail_id, status) VALUES ($1, 'SENT')`, [mail.id]);
            result.sent++;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Mail ${mail.id} to ${mail.recipientEmail} failed: ${message}`);
            await runner.query(`INSERT INTO mail_delivery (mail_id, status, error) VALUES ($1, 'FAILED', $2)`, [mail.id, message.slice(0, 1000)]);
            result.failed++;
          }
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [SEND_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
    return result;
  }

  async forUser(user: AuthenticatedUser, limit: number): Promise<NotificationModel[]> {
    const rows = await this.notifications.query(
      `SELECT n.id::text AS id, n.kind, n.run_date::text AS "runDate", n.created_at AS "createdAt", n.items, r.notification_id IS NOT NULL AS read
         FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
        WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      [user.id, limit],
    );
    return rows.map((row: NotificationModel) => Object.assign(new NotificationModel(), row));
  }

  async unreadCount(user: AuthenticatedUser): Promise<number> {
    const [{ count }] = await this.notifications.query(
      `SELECT count(*)::int AS count FROM notification n WHERE n.user_id = $1 AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id)`,
      [user.id],
    );
    return count;
  }

  /** Marks the user's own notifications read (all when no ids are given); others' ids are ignored. Returns how many changed. */
  async markRead(user: AuthenticatedUser, ids?: readonly string[]): Promise<number> {
    const rows = await this.notifications.query(
      `INSERT INTO notification_read (notification_id)
       SELECT n.id FROM notification n WHERE n.user_id = $1 AND ($2::bigint[] IS NULL OR n.id = ANY($2::bigint[]))
       ON CONFLICT (notification_id) DO NOTHING RETURNING notification_id`,
      [user.id, ids ?? null],
    );
    return rows.length;
  }

  async outbox(args: MailOutboxArgs): Promise<MailOutboxModel> {
    const recipient = args.recipient?.trim().toLowerCase() || null;
    const [{ total }] = await this.notifications.query(`SELECT count(*)::int AS total FROM mail_message WHERE ($1::text IS NULL OR recipient_email = $1)`, [recipient]);
    const rows = await this.notifications.query(
      `SELECT ${MAIL_COLUMNS} FROM mail_message m ${LAST_DELIVERY}
        WHERE ($1::text IS NULL OR m.recipient_email = $1) ORDER BY m.created_at DESC, m.id DESC LIMIT $2 OFFSET $3`,
      [recipient, args.limit, args.offset],
    );
    return Object.assign(new MailOutboxModel(), {
      smtpConfigured: this.mailer.enabled,
      total,
      messages: rows.map((row: MailMessageModel) => Object.assign(new MailMessageModel(), row)),
    });
  }
}
