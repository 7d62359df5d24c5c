/** What a notification (and its mail) is: an organisation digest, the secretariat's digest, a campaign call, or a mention (bell only). */
export const NOTIFICATION_KINDS = ['DIGEST', 'SECRETARIAT_DIGEST', 'CAMPAIGN', 'MENTION'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a mail is: a notification's mail, or an account mail (an invitation, a password-reset link). */
export const MAIL_KINDS = ['DIGEST', 'SECRETARIAT_DIGEST', 'CAMPAIGN', 'INVITATION', 'PASSWORD_RESET'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export type AccountMailKind = Extract<MailKind, 'INVITATION' | 'PASSWORD_RESET'>;

/** Where a mail stands: kept in the outbox (no SMTP server), waiting for the server, sent, or refused by it. */
export const MAIL_STATUSES = ['OUTBOX', 'QUEUED', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
