import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'DIGEST' | 'SECRETARIAT_DIGEST' | 'CAMPAIGN';

/** One in-app notification for one user, append-only; its items are those of the mail of the same day. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('int') userId: number;
  @Column('text') kind: NotificationKind;
  @Column('date') runDate: string;
  @Column('int', { nullable: true }) campaignId: number | null;
  @Column('jsonb') items: unknown;
  @Column('timestamptz') createdAt: Date;
}

/** A notification was read (a row of its own, so notifications stay append-only). */
@Entity('notification_read')
export class NotificationReadEntity {
  @PrimaryColumn({ type: 'bigint' }) notificationId: string;
  @Column('timestamptz') readAt: Date;
}
