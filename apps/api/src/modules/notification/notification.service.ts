import { Injectable, Logger } from '@nestjs/common';
import type { Language } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { SqlExecutor } from '../../database/sql/typed-query';
import { MailOutboxArgs } from './dto/notification.args';
import { MailerService } from './mailer.service';
import { NoticeItem } from './notice-item';
import { AccountMailKind, NotificationKind } from './notification-kind';
import { MailMessageModel, MailOutboxModel, NotificationModel } from './notification.model';
import {
  countMails,
  countNotificationsOfCampaigns,
  countUnreadNotifications,
  insertAccountMail,
  insertDelivery,
  insertMail,
  insertNotification,
  markNotificationsRead,
  selectMentionsBetween,
  selectMailDatesOn,
  selectMails,
  selectMailsToSend,
  selectNotificationsOfUser,
  tryLockMailSending,
  unlockMailSending,
} from './notification.queries';

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
  language: Language;
  kind: Exclude<NotificationKind, 'MENTION'>;
  mailDate: string;
  campaignId?: number | null;
  subject: string;
  text: string;
  html: string;
  items: readonly NoticeItem[];
}

/** An account mail: `text`/`html` carry the personal link; `maskedText`/`maskedHtml` are the same with the link masked. */
export interface AccountMailDraft {
  kind: AccountMailKind;
  recipientId: number | null;
  recipientEmail: string;
  language: Language;
  mailDate: string;
  subject: string;
  text: string;
  html: string;
  maskedText: string;
  maskedHtml: string;
}

/** Hands an account mail to the SMTP server after the transaction that recorded it has committed; never throws. */
export type AccountMailDelivery = () => Promise<void>;

/** Owns notification, notification_read, mail_message and mail_delivery: the bell, the mail log / outbox and its deliveries. */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  async record(db: SqlExecutor, draft: NotificationDraft): Promise<void> {
    await insertNotification.run(db, [draft.userId, draft.kind, draft.runDate, draft.campaignId ?? null, draft.items]);
  }

  /**
   * Queues a mail (or keeps it in the outbox without SMTP). Returns false, writing nothing, when the person
   * already had a reminder mail that day (campaign calls aside).
   */
  async queueMail(db: SqlExecutor, draft: MailDraft): Promise<boolean> {
    const rows = await insertMail.all(db, [
      draft.recipientId,
      draft.recipientEmail,
      draft.language,
      draft.kind,
      draft.mailDate,
      draft.campaignId ?? null,
      draft.subject,
      draft.text,
      draft.html,
      draft.items,
      this.mailer.enabled ? 'QUEUED' : 'OUTBOX',
    ]);
    return rows.length > 0;
  }

  /**
   * Records an account mail in the mail log inside the caller's transaction and returns its delivery, to run once
   * that transaction has committed. With an SMTP server the log keeps the mail with its link masked (a database
   * reader cannot use it) and the delivery sends the real one and logs SENT or FAILED; without one the mail is kept
   * whole in the outbox for the secretariat to pass on, and the delivery does nothing.
   */
  async recordAccountMail(db: SqlExecutor, draft: AccountMailDraft): Promise<AccountMailDelivery> {
    const smtp = this.mailer.enabled;
    const { id } = await insertAccountMail.single(db, [
      draft.recipientId,
      draft.recipientEmail,
      draft.language,
      draft.kind,
      draft.mailDate,
      draft.subject,
      smtp ? draft.maskedText : draft.text,
      smtp ? draft.maskedHtml : draft.html,
      smtp ? 'QUEUED' : 'OUTBOX',
    ]);
    if (!smtp) return () => Promise.resolve();
    return async () => {
      try {
        await this.mailer.send({ to: draft.recipientEmail, subject: draft.subject, text: draft.text, html: draft.html, language: draft.language });
        await insertDelivery.run(this.dataSource, [id, 'SENT', null]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Account mail ${id} (${draft.kind}) to ${draft.recipientEmail} failed: ${message}`);
        await insertDelivery.run(this.dataSource, [id, 'FAILED', message.slice(0, 1000)]).catch(() => undefined);
      }
    };
  }

  /** The reminder mails (campaigns aside) each person already had on a date. */
  async mailDatesByRecipient(db: SqlExecutor, mailDate: string): Promise<Map<number, string[]>> {
    const byRecipient = new Map<number, string[]>();
    for (const row of await selectMailDatesOn.all(db, [mailDate]))
      byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row.mailDate]);
    return byRecipient;
  }

  /** The mentions each person had after one date (exclusive; null: from the start) up to another (inclusive), for the daily digest. */
  async mentionsBetween(db: SqlExecutor, after: string | null, upTo: string): Promise<Map<number, NoticeItem[]>> {
    const byUser = new Map<number, NoticeItem[]>();
    for (const row of await selectMentionsBetween.all(db, [after, upTo])) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), ...row.items]);
    return byUser;
  }

  /** How many people each campaign called (one notification each). */
  async campaignRecipientCounts(campaignIds: readonly number[]): Promise<Map<number, number>> {
    const rows = await countNotificationsOfCampaigns.all(this.dataSource, [[...campaignIds]]);
    return new Map(rows.map((row) => [row.campaignId, row.recipients]));
  }

  /**
   * Hands every queued mail not yet sent (and not yet refused MAX_DELIVERY_ATTEMPTS times) to the SMTP server,
   * and logs each attempt (SENT / FAILED): a failure is retried at the next sending (after the next run or campaign).
   * A session advisory lock keeps two instances from sending the same mails; the one that misses it leaves them to the other.
   */
  async sendQueued(): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    if (!this.mailer.enabled) return result;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const session = runner.manager; // one connection: the session lock and its release on the same one
    try {
      if (!(await tryLockMailSending.single(session, [SEND_LOCK_KEY])).locked) return result;
      try {
        for (const mail of await selectMailsToSend.all(session, [MAX_DELIVERY_ATTEMPTS])) {
          try {
            await this.mailer.send({ to: mail.recipientEmail, subject: mail.subject, text: mail.text, html: mail.html, language: mail.language });
            await insertDelivery.run(session, [mail.id, 'SENT', null]);
            result.sent++;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Mail ${mail.id} to ${mail.recipientEmail} failed: ${message}`);
            await insertDelivery.run(session, [mail.id, 'FAILED', message.slice(0, 1000)]);
            result.failed++;
          }
        }
      } finally {
        await unlockMailSending.run(session, [SEND_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
    return result;
  }

  async forUser(user: AuthenticatedUser, limit: number): Promise<NotificationModel[]> {
    const rows = await selectNotificationsOfUser.all(this.dataSource, [user.id, limit]);
    return rows.map((row) => Object.assign(new NotificationModel(), row));
  }

  async unreadCount(user: AuthenticatedUser): Promise<number> {
    return (await countUnreadNotifications.single(this.dataSource, [user.id])).count;
  }

  /** Marks the user's own notifications read (all when no ids are given); others' ids are ignored. Returns how many changed. */
  async markRead(user: AuthenticatedUser, ids?: readonly string[]): Promise<number> {
    return (await markNotificationsRead.all(this.dataSource, [user.id, ids ? [...ids] : null])).length;
  }

  /** The mail log, newest first: the secretariat's only. */
  async outbox(actor: AuthenticatedUser, args: MailOutboxArgs): Promise<MailOutboxModel> {
    assertAdmin(actor, 'read the mail outbox');
    const recipient = args.recipient?.trim().toLowerCase() || null;
    const { total } = await countMails.single(this.dataSource, [recipient]);
    const rows = await selectMails.all(this.dataSource, [recipient, args.limit, args.offset]);
    return Object.assign(new MailOutboxModel(), {
      smtpConfigured: this.mailer.enabled,
      total,
      messages: rows.map((row) => Object.assign(new MailMessageModel(), row)),
    });
  }
}
