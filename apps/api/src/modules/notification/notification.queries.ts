import type { Language } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';
import type { NoticeItem } from './notice-item';
import type { MailKind, MailStatus, NotificationKind } from './notification-kind';

export const insertNotification = sql(`INSERT INTO notification (user_id, kind, run_date, campaign_id, items) VALUES ($1, $2, $3, $4, $5)`, [
  t.int,
  t.text,
  t.date,
  t.int.orNull,
  t.jsonb<readonly NoticeItem[]>(),
]);

export const selectNotificationsOfUser = sql(
  `SELECT n.id::text AS id, n.kind, n.run_date::text AS "runDate", n.created_at AS "createdAt", n.items, r.notification_id IS NOT NULL AS read
     FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
    WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2::int`,
  [t.int, t.int],
  { id: t.text, kind: t.text.of<NotificationKind>(), runDate: t.text, createdAt: t.timestamptz, items: t.jsonb<NoticeItem[]>(), read: t.bool },
);

export const countUnreadNotifications = sql(
  `SELECT count(*)::int AS count FROM notification n WHERE n.user_id = $1 AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id)`,
  [t.int],
  { count: t.int },
);

export const markNotificationsRead = sql(
  `INSERT INTO notification_read (notification_id)
   SELECT n.id FROM notification n WHERE n.user_id = $1 AND ($2::bigint[] IS NULL OR n.id = ANY($2::bigint[]))
   ON CONFLICT (notification_id) DO NOTHING RETURNING notification_id::text AS id`,
  [t.int, t.bigintArray.orNull],
  { id: t.text },
);

export const countNotificationsOfCampaigns = sql(
  `SELECT campaign_id AS "campaignId", count(*)::int AS recipients FROM notification WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
  [t.intArray],
  { campaignId: t.int.notNullByStatement, recipients: t.int },
);

/** Reminder digests go to a person once a day at most (campaign calls and account mails aside). */
const ONCE_A_DAY = `kind IN ('DIGEST','SECRETARIAT_DIGEST')`;

/** Queues a mail unless the person already had a reminder mail that day (campaign calls aside). */
export const insertMail = sql(
  `INSERT INTO mail_message (recipient_id, recipient_email, language, kind, mail_date, campaign_id, subject, text_body, html_body, items, status)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
   ON CONFLICT (recipient_id, mail_date) WHERE ${ONCE_A_DAY} DO NOTHING RETURNING id::text AS id`,
  [t.int, t.text, t.text, t.text, t.date, t.int.orNull, t.text, t.text, t.text, t.jsonb<readonly NoticeItem[]>(), t.text],
  { id: t.text },
);

export const selectMailDatesOn = sql(
  `SELECT recipient_id AS "recipientId", mail_date::text AS "mailDate" FROM mail_message WHERE mail_date = $1 AND ${ONCE_A_DAY} AND recipient_id IS NOT NULL`,
  [t.date],
  { recipientId: t.int.notNullByStatement, mailDate: t.text },
);

/** Session-level: one instance at a time hands the queued mails to the SMTP server. */
export const tryLockMailSending = sql(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [t.text], { locked: t.bool });
export const unlockMailSending = sql(`SELECT pg_advisory_unlock(hashtext($1)) AS unlocked`, [t.text], { unlocked: t.bool });

export const selectMailsToSend = sql(
  `SELECT m.id::text AS id, m.recipient_email AS "recipientEmail", m.subject, m.text_body AS text, m.html_body AS html, m.language
     FROM mail_message m
    WHERE m.status = 'QUEUED' AND m.kind IN ('DIGEST','SECRETARIAT_DIGEST','CAMPAIGN')
      AND NOT EXISTS (SELECT 1 FROM mail_delivery d WHERE d.mail_id = m.id AND d.status = 'SENT')
      AND (SELECT count(*) FROM mail_delivery d WHERE d.mail_id = m.id AND d.status = 'FAILED') < $1::int
    ORDER BY m.id`,
  [t.int],
  { id: t.text, recipientEmail: t.text, subject: t.text, text: t.text, html: t.text, language: t.text.of<Language>() },
);

export const insertDelivery = sql(`INSERT INTO mail_delivery (mail_id, status, error) VALUES ($1, $2, $3)`, [t.bigint, t.text, t.text.orNull]);

export const countMails = sql(`SELECT count(*)::int AS total FROM mail_message WHERE ($1::text IS NULL OR recipient_email = $1)`, [t.text.orNull], {
  total: t.int,
});

export const selectMails = sql(
  `SELECT m.id::text AS id, m.recipient_email AS "recipientEmail", m.language, m.kind, m.mail_date::text AS "mailDate", m.subject,
          m.text_body AS text, m.html_body AS html, m.items, m.created_at AS "createdAt",
          coalesce(d.status, m.status) AS status, d.error, CASE WHEN d.status = 'SENT' THEN d.attempted_at END AS "sentAt"
     FROM mail_message m
     LEFT JOIN LATERAL (SELECT status, error, attempted_at FROM mail_delivery WHERE mail_id = m.id ORDER BY attempted_at DESC, id DESC LIMIT 1) d ON true
    WHERE ($1::text IS NULL OR m.recipient_email = $1) ORDER BY m.created_at DESC, m.id DESC LIMIT $2::int OFFSET $3::int`,
  [t.text.orNull, t.int, t.int],
  {
    id: t.text,
    recipientEmail: t.text,
    language: t.text,
    kind: t.text.of<MailKind>(),
    mailDate: t.text,
    subject: t.text,
    text: t.text,
    html: t.text,
    items: t.jsonb<NoticeItem[]>(),
    createdAt: t.timestamptz,
    status: t.text.of<MailStatus>(),
    error: t.text.orNull,
    sentAt: t.timestamptz.orNull,
  },
);

/**
 * An account mail (invitation, password reset): the recipient may have no account yet; no items. With an SMTP
 * server the copy kept here has its link masked and is sent at once (never by the queue: `selectMailsToSend`
 * leaves account mails alone); without one it is kept whole in the outbox for the secretariat to pass on.
 */
export const insertAccountMail = sql(
  `INSERT INTO mail_message (recipient_id, recipient_email, language, kind, mail_date, subject, text_body, html_body, items, status)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '[]'::jsonb, $9) RETURNING id::text AS id`,
  [t.int.orNull, t.text, t.text, t.text, t.date, t.text, t.text, t.text, t.text],
  { id: t.text },
);

/** The mentions (bell notifications of kind MENTION) dated after one reminders run ($1, none: from the start) up to the next ($2): the digest repeats them. */
export const selectMentionsBetween = sql(
  `SELECT user_id AS "userId", items FROM notification
    WHERE kind = 'MENTION' AND ($1::date IS NULL OR run_date > $1::date) AND run_date <= $2 ORDER BY created_at, id`,
  [t.date.orNull, t.date],
  { userId: t.int, items: t.jsonb<NoticeItem[]>() },
);
