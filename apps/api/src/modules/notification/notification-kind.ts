/** What a notification (and its mail) is: an organisation digest, the secretariat's digest, or a campaign call. */
export const NOTIFICATION_KINDS = ['DIGEST', 'SECRETARIAT_DIGEST', 'CAMPAIGN'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a mail stands: kept in the outbox (no SMTP server), waiting for the server, sent, or refused by it. */
export const MAIL_STATUSES = ['OUTBOX', 'QUEUED', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
