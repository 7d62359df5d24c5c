import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';

@ObjectType('PublicSnapshot', { description: 'A published snapshot of the plan: its static pages and open data, online at a stable address.' })
export class PublicSnapshotModel {
  @Field(() => Int) number: number;
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => GraphQLISODateTime) publishedAt: Date;
  @Field(() => Int) fileCount: number;
  @Field(() => Float, { description: 'Size of its files, uncompressed, in bytes.' }) totalBytes: number;
  @Field(() => Int, { description: 'How long rendering and checking it took, ms.' }) generationMs: number;
  @Field(() => Int, { nullable: true, description: 'The quality dashboard edition published with it.' }) editionNumber: number | null;
  @Field({ description: 'Its home page (stable; relative to the server).' }) url: string;
}

@ObjectType('QualityCriterion', { description: 'A criterion of the « Tableau de bord qualité Maroc », recorded by the secretariat (action 5-2.5.1).' })
export class QualityCriterionModel {
  @Field() key: string;
  @Field() label: string;
  @Field() description: string;
  @Field(() => [String]) figureKeys: string[];
  @Field(() => Int) version: number;
}

@ObjectType('QualityEdition', { description: 'A published edition of the « Tableau de bord qualité Maroc ».' })
export class QualityEditionModel {
  @Field(() => Int) number: number;
  @Field(() => Int) snapshotNumber: number;
  @Field(() => CalendarDateScalar) periodStart: string;
  @Field(() => CalendarDateScalar) periodEnd: string;
  @Field(() => CalendarDateScalar) publishedOn: string;
  @Field() sources: string;
  @Field() method: string;
  @Field(() => CalendarDateScalar, { description: 'Two years after its publication (« chaque deux ans »).' }) nextDueOn: string;
}

@ObjectType('QualityDashboard', { description: 'The quality dashboard as the secretariat keeps it: criteria, editions, what is due next.' })
export class QualityDashboardModel {
  @Field(() => [QualityCriterionModel]) criteria: QualityCriterionModel[];
  @Field(() => [QualityEditionModel]) editions: QualityEditionModel[];
  @Field(() => Int) nextEditionNumber: number;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Null before the first edition.' }) nextEditionDueOn: string | null;
  @Field({ description: 'The next edition is past its due date.' }) nextEditionOverdue: boolean;
}
