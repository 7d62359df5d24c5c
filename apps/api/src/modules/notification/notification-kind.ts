/** What a notification (and its mail) is: an organisation digest, the secretariat's digest, or a campaign call. */
export const NOTIFICATION_KINDS = ['DIGEST', 'SECRETARIAT_DIGEST', 'CAMPAIGN'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a mail is: a notification's mail, or an account mail (an invitation, a password-reset link). */
export const MAIL_KINDS = [...NOTIFICATION_KINDS, 'INVITATION', 'PASSWORD_RESET'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export type AccountMailKind = Extract<MailKind, 'INVITATION' | 'PASSWORD_RESET'>;

/** Where a mail stands: kept in the outbox (no SMTP server), waiting for the server, sent, or refused by it. */
export const MAIL_STATUSES = ['OUTBOX', 'QUEUED', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
