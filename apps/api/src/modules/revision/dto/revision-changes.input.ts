import { Field, InputType } from '@nestjs/graphql';
import { REVISION_KINDS, type RevisionChanges, type RevisionKind } from '@pnq/domain';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { RevisionKindEnum } from '../revision.model';

export const ACTION_REF_PATTERN = /^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/;
export const ACTION_REF_MESSAGE = 'ref must look like 1-2.1.1 (<pillar>-<code>)';

/** The fields of one revision (requested or direct): the kind says which of them it may change. */
@InputType()
export class RevisionChangesInput {
  @Field({ description: 'Plan-wide reference, e.g. "1-2.1.1".' }) @IsString() @Matches(ACTION_REF_PATTERN, { message: ACTION_REF_MESSAGE }) ref: string;

  @Field(() => RevisionKindEnum) @IsIn(REVISION_KINDS) kind: RevisionKind;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'DEADLINE: the new due date (from today to 2035-12-31).' }) @IsOptional() dueDate?: string;

  @Field(() => [String], { nullable: true, description: 'PARTIES: the owner organisations in force (keys).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  ownerKeys?: string[];

  @Field(() => [String], { nullable: true, description: 'PARTIES: the partner organisations in force (keys).' })
  @IsOptional()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  partnerKeys?: string[];

  @Field({ nullable: true, description: 'WORDING: the reworded title.' }) @IsOptional() @IsString() @MaxLength(1000) title?: string;

  @Field(() => [String], { nullable: true, description: 'WORDING: the sub-actions the action is split into.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  subActions?: string[];

  @Field({ description: 'Why (required).' }) @IsString() @MaxLength(5000) justification: string;
}

/** The changes an input carries, as stored: a cancellation is `cancelled: true`; fields not given are left out. */
export function changesOf(input: RevisionChangesInput): RevisionChanges {
  const changes: RevisionChanges = {};
  if (input.dueDate != null) changes.dueDate = input.dueDate;
  if (input.kind === 'CANCELLATION') changes.cancelled = true;
  if (input.ownerKeys != null) changes.ownerKeys = input.ownerKeys;
  if (input.partnerKeys != null) changes.partnerKeys = input.partnerKeys;
  if (input.title != null) changes.title = input.title.trim();
  if (input.subActions != null) changes.subActions = input.subActions.map((s) => s.trim()).filter((s) => s !== '');
  return changes;
}
