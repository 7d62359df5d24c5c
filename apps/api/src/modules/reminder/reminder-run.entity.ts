import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One row per date the reminders job ran: a second run for the same date does nothing. Append-only. */
@Entity('reminder_run')
export class ReminderRunEntity {
  @PrimaryColumn('date') runDate: string;
  @Column('text') trigger: 'SCHEDULE' | 'ADMIN';
  @Column('int', { nullable: true }) actorId: number | null;
  @Column('int') notifications: number;
  @Column('int') mails: number;
  @Column('timestamptz') ranAt: Date;
}

/** What was announced to an organisation's editors or to the secretariat, and when: the cadence's memory. Append-only. */
@Entity('reminder_announcement')
export class ReminderAnnouncementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('date') runDate: string;
  @Column('text') audience: 'ORGANISATION' | 'SECRETARIAT';
  @Column('int', { nullable: true }) organisationId: number | null;
  @Column('int', { nullable: true }) actionId: number | null;
  @Column('text') kind: string;
}

/** A dated call for updates sent by the secretariat to every editor. Append-only. */
@Entity('campaign')
export class CampaignEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('date') sentOn: string;
  @Column('date') deadline: string;
  @Column('text') message: string;
  @Column('int') createdBy: number;
  @Column('timestamptz') createdAt: Date;
}
