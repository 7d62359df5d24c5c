import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SourceRangeModel } from '../../common/source-range.model';

@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID) id: number;
  axisId: number;
  @Field({ description: 'Unique across the plan: <pillar>-<code>.' }) ref: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summaryTitle: string | null;
  @Field({ description: 'False for a project listed in the summary table with no action table in the annex.' }) inAnnex: boolean;
  @Field() inSummary: boolean;
  @Field(() => [String]) flags: string[];
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
}
