import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { NOTICE_KINDS, type NoticeKind } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { MAIL_KINDS, MAIL_STATUSES, MailKind, MailStatus, NOTIFICATION_KINDS, NotificationKind } from './notification-kind';

export const NoticeKindEnum = graphqlEnum(
  NOTICE_KINDS,
  'NoticeKind',
  'DUE_SOON (due within 30 days), OVERDUE, STALE (recurring, no update for the period); for the secretariat ESCALATION (overdue > 90 days), NO_ACTIVE_EDITOR, and the weekly summary NEWLY_OVERDUE, NEWLY_COMPLETED, STALE_TOTAL; CAMPAIGN (a call for updates); re-planning: REVISION_REQUESTED (for the secretariat), REVISION_APPROVED, REVISION_REJECTED (for the owner’s editors); MENTION (someone mentioned you or your organisation in an action’s discussion: title is the action, organisation who wrote); steering: DECISION_DUE_SOON, DECISION_OVERDUE (a decision its organisation follows up; title = its text).',
);
export const NotificationKindEnum = graphqlEnum(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'An organisation digest, the secretariat’s digest, a campaign call, or a mention in an action’s discussion.',
);
export const MailKindEnum = graphqlEnum(
  MAIL_KINDS,
  'MailKind',
  'A notification’s mail (DIGEST, SECRETARIAT_DIGEST, CAMPAIGN) or an account mail (INVITATION, PASSWORD_RESET: sent at once; with SMTP the copy kept here has its link masked).',
);
export const MailStatusEnum = graphqlEnum(
  MAIL_STATUSES,
  'MailStatus',
  'OUTBOX: no SMTP server configured, kept here; QUEUED: waiting for the SMTP server; SENT; FAILED (see error).',
);

@ObjectType('NoticeItem', { description: 'One line of a digest.' })
export class NoticeItemModel {
  @Field(() => NoticeKindEnum) kind: NoticeKind;
  @Field(() => String, { nullable: true, description: 'Action reference, e.g. 1-2.1.1.' }) ref: string | null;
  @Field(() => String, { nullable: true, description: 'Action title, or the campaign message.' }) title: string | null;
  @Field(() => Int, { nullable: true, description: 'DUE_SOON: days left; OVERDUE, ESCALATION: days late.' }) days: number | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Due date, or the campaign deadline.' }) dueDate: string | null;
  @Field(() => String, { nullable: true, description: 'Owner organisation(s).' }) organisation: string | null;
  @Field(() => Int, { nullable: true, description: 'NO_ACTIVE_EDITOR: open actions; STALE_TOTAL: stale actions.' }) count: number | null;
}

@ObjectType('Notification', { description: 'What the reminders told a user on a date (the same items as the mail).' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => CalendarDateScalar, { description: 'The date the reminders were computed for.' }) runDate: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field() read: boolean;
  @Field(() => [NoticeItemModel]) items: NoticeItemModel[];
}

@ObjectType('MailMessage', { description: 'A mail as composed (reminders, invitations, password resets), with its delivery status (admins).' })
export class MailMessageModel {
  @Field(() => ID) id: string;
  @Field() recipientEmail: string;
  @Field() language: string;
  @Field(() => MailKindEnum) kind: MailKind;
  @Field(() => CalendarDateScalar) mailDate: string;
  @Field() subject: string;
  @Field({ description: 'Plain-text version.' }) text: string;
  @Field({ description: 'HTML version.' }) html: string;
  @Field(() => MailStatusEnum) status: MailStatus;
  @Field(() => String, { nullable: true, description: 'Why the last delivery attempt failed.' }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;
  @Field(() => [NoticeItemModel]) items: NoticeItemModel[];
}

@ObjectType('MailOutbox')
export class MailOutboxModel {
  @Field({ description: 'True when an SMTP server is configured (mails are sent); false: they stay here.' }) smtpConfigured: boolean;
  @Field(() => Int) total: number;
  @Field(() => [MailMessageModel]) messages: MailMessageModel[];
}
