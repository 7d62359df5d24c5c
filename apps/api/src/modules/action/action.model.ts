import { graphqlEnum } from '../../common/graphql-enum';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DEADLINE_KINDS, DeadlineKind } from '@pnq/domain';
import { SourceRangeModel } from '../../common/source-range.model';
import { OrganisationModel } from '../organisation/organisation.model';

export const DeadlineKindEnum = graphqlEnum(
  DEADLINE_KINDS,
  'DeadlineKind',
  'YEAR (2025), RANGE (2024-2026), FROM_YEAR ("A partir de 2024"), CONTINUOUS ("En continu"), ANNUAL ("Annuellement"), TBD ("à déterminer" or missing).',
);

@ObjectType('Deadline', { description: 'The "Echéance" of an action, as printed and as interpreted.' })
export class DeadlineModel {
  @Field(() => String, { nullable: true, description: 'As printed in the plan; null when the cell is empty.' }) raw: string | null;
  @Field(() => DeadlineKindEnum) kind: DeadlineKind;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => Int, { nullable: true }) endYear: number | null;
  @Field({ description: 'False when the printed text says more than the kind captures.' }) exact: boolean;
  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD): 31 December of the (last) year; none for recurring or TBD.' })
  dueDate: string | null;
}

@ObjectType('ActionParticipant', { description: 'An organisation’s part in an action, with its name as printed.' })
export class ActionParticipantModel {
  actionId: number;
  organisationId: number;
  @Field({ description: 'OWNER (Responsable / Pilote) or PARTNER.' }) role: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field({ description: 'The name exactly as printed in the plan.' }) printedName: string;
  @Field(() => String, { nullable: true }) specifier: string | null;
}

@ObjectType('Action', { description: 'A key action ("action-clé") of the plan.' })
export class ActionModel {
  @Field(() => ID) id: number;
  projectId: number;
  @Field({ description: 'Unique across the plan: <pillar>-<code>, e.g. 1-2.3.1.' }) ref: string;
  @Field({ description: 'Code as in the plan, corrected when misprinted, e.g. 2.3.1.' }) code: string;
  @Field(() => String, { nullable: true, description: 'The code as printed when it differed (e.g. "Action 2.23").' })
  codeAsPrinted: string | null;
  @Field() title: string;
  @Field(() => [String], { description: 'Unnumbered sub-actions printed under the action.' }) subActions: string[];
  @Field(() => DeadlineModel) deadline: DeadlineModel;
  @Field(() => [String], { description: 'Data-quality flags from the seed (MISSING_DEADLINE, SHARED_CELL, …).' }) flags: string[];
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
  @Field(() => Int, { description: 'Status updates recorded so far; send it back as expectedVersion.' }) version: number;
  @Field(() => Float, { description: 'Weight in progress roll-ups (1 by default).' }) weight: number;
}
