import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from './notification.entity';

/** One mail as composed (the log and, without SMTP, the outbox); append-only. */
@Entity('mail_message')
export class MailMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('int') recipientId: number;
  @Column('text') recipientEmail: string;
  @Column('text') language: 'fr' | 'ar' | 'en';
  @Column('text') kind: NotificationKind;
  @Column('date') mailDate: string;
  @Column('int', { nullable: true }) campaignId: number | null;
  @Column('text') subject: string;
  @Column('text') textBody: string;
  @Column('text') htmlBody: string;
  @Column('jsonb') items: unknown;
  /** QUEUED: to send over SMTP (see mail_delivery); OUTBOX: no SMTP configured, kept for admins to read. */
  @Column('text') status: 'QUEUED' | 'OUTBOX';
  @Column('timestamptz') createdAt: Date;
}

/** One attempt to hand a mail to the SMTP server; append-only. */
@Entity('mail_delivery')
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint') mailId: string;
  @Column('text') status: 'SENT' | 'FAILED';
  @Column('text', { nullable: true }) error: string | null;
  @Column('timestamptz') attemptedAt: Date;
}
