import { DataSourceOptions } from 'typeorm';
import { ActionOrganisationEntity } from '../modules/action/action-organisation.entity';
import { ActionEntity } from '../modules/action/action.entity';
import { IndicatorValueEntity } from '../modules/indicator/indicator-value.entity';
import { IndicatorEntity } from '../modules/indicator/indicator.entity';
import { NationalIndicatorValueEntity } from '../modules/indicator/national-indicator-value.entity';
import { NationalIndicatorEntity } from '../modules/indicator/national-indicator.entity';
import { OrganisationAliasEntity } from '../modules/organisation/organisation-alias.entity';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { AxisEntity } from '../modules/plan/axis.entity';
import { PillarEntity } from '../modules/plan/pillar.entity';
import { PlanEntity } from '../modules/plan/plan.entity';
import { ProjectEntity } from '../modules/plan/project.entity';
import { SeedRunEntity } from '../modules/seed/seed-run.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { StatusUpdateEntity } from '../modules/tracking/status-update.entity';
import { UserEntity } from '../modules/user/user.entity';
import { CreatedPlanStructure1763750000000 } from './migrations/1763750000000-CreatedPlanStructure';
import { AddedTrackingAndAccounts1763760000000 } from './migrations/1763760000000-AddedTrackingAndAccounts';
import { AddedActionComments1763770000000 } from './migrations/1763770000000-AddedActionComments';
import { AddedRemindersAndNotifications1763790000000 } from './migrations/1763790000000-AddedRemindersAndNotifications';
import { MailDeliveryEntity, MailMessageEntity } from '../modules/notification/mail-message.entity';
import { NotificationEntity, NotificationReadEntity } from '../modules/notification/notification.entity';
import { CampaignEntity, ReminderAnnouncementEntity, ReminderRunEntity } from '../modules/reminder/reminder-run.entity';
import { AddedCoveringStateIndex1763810000000 } from './migrations/1763810000000-AddedCoveringStateIndex';
import { AddedIndicatorMeasures1763780000000 } from './migrations/1763780000000-AddedIndicatorMeasures';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  PlanEntity,
  PillarEntity,
  AxisEntity,
  ProjectEntity,
  ActionEntity,
  ActionOrganisationEntity,
  OrganisationEntity,
  OrganisationAliasEntity,
  IndicatorEntity,
  IndicatorValueEntity,
  NationalIndicatorEntity,
  NationalIndicatorValueEntity,
  SeedRunEntity,
  UserEntity,
  StatusUpdateEntity,
  AuditEventEntity,
  NotificationEntity,
  NotificationReadEntity,
  MailMessageEntity,
  MailDeliveryEntity,
  ReminderRunEntity,
  ReminderAnnouncementEntity,
  CampaignEntity,
];

/** Migrations in the order they apply; never edit one that has landed. */
export const MIGRATIONS = [
  CreatedPlanStructure1763750000000,
  AddedTrackingAndAccounts1763760000000,
  AddedActionComments1763770000000,
  AddedIndicatorMeasures1763780000000,
  AddedRemindersAndNotifications1763790000000,
  AddedCoveringStateIndex1763810000000,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
