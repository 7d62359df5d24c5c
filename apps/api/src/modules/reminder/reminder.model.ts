import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';

export const REMINDER_RUN_STATUSES = ['RAN', 'ALREADY_RAN', 'LOCKED', 'NO_PLAN'] as const;
export type ReminderRunStatus = (typeof REMINDER_RUN_STATUSES)[number];

export const ReminderRunStatusEnum = graphqlEnum(
  REMINDER_RUN_STATUSES,
  'ReminderRunStatus',
  'RAN: this call composed the reminders; ALREADY_RAN: the date was done before, nothing new was sent; LOCKED: another run was in progress; NO_PLAN: the plan is not loaded yet, nothing was recorded.',
);

@ObjectType('ReminderRun', { description: 'One run of the daily reminders job.' })
export class ReminderRunModel {
  @Field(() => CalendarDateScalar) runDate: string;
  @Field(() => ReminderRunStatusEnum) status: ReminderRunStatus;
  @Field({ description: 'SCHEDULE (the daily timer) or ADMIN (runReminders).' }) trigger: string;
  @Field(() => Int, { description: 'In-app notifications written.' }) notifications: number;
  @Field(() => Int, { description: 'Mails composed (sent over SMTP, or kept in the outbox).' }) mails: number;
  @Field(() => Int, { nullable: true, description: 'Mails the SMTP server accepted during this call.' }) sent: number | null;
  @Field(() => Int, { nullable: true, description: 'Mails the SMTP server refused during this call.' }) failed: number | null;
  @Field(() => GraphQLISODateTime) ranAt: Date;
}

@ObjectType('CampaignOrganisation', { description: 'How an owner organisation answered a campaign.' })
export class CampaignOrganisationModel {
  @Field() key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => Int, { description: 'Active editor accounts.' }) editors: number;
  @Field(() => Int, { description: 'Actions it owns.' }) actions: number;
  @Field(() => Int, { description: 'Of them, updated since the campaign was sent.' }) updatedActions: number;
  @Field(() => [String], { description: 'Who entered those updates.' }) updatedBy: string[];
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUpdateAt: Date | null;
}

@ObjectType('Campaign', { description: 'A dated call for updates sent by the secretariat to every editor.' })
export class CampaignModel {
  @Field(() => ID) id: number;
  @Field(() => CalendarDateScalar, { description: 'The day it was sent (Casablanca).' }) sentOn: string;
  @Field(() => CalendarDateScalar, { description: 'Update before this date.' }) deadline: string;
  @Field() message: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Int, { description: 'Editors it was sent to.' }) recipients: number;
  @Field(() => Int, { description: 'Owner organisations that updated at least one action since.' }) organisationsUpdated: number;
  @Field(() => Int, { description: 'Owner organisations with an editor account.' }) organisationsReached: number;
  @Field(() => [CampaignOrganisationModel], { description: 'Every owner organisation, those that have not updated first.' })
  organisations: CampaignOrganisationModel[];
}
