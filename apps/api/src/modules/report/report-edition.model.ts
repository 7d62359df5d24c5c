import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';

@ObjectType('ReportEditionFile', { description: 'One format of an official edition, downloaded byte for byte as stored.' })
export class ReportEditionFileModel {
  @Field() format: string;
  @Field() fileName: string;
  @Field(() => Int, { description: 'Bytes.' }) size: number;
  @Field({ description: 'SHA-256 of the file (hex): the same at every download.' }) sha256: string;
  @Field({ description: 'GET, session cookie.' }) downloadUrl: string;
}

@ObjectType('ReportEdition', { description: 'The official edition of a yearly report: marked final by the secretariat, stored, never changed.' })
export class ReportEditionModel {
  @Field(() => Int) year: number;
  @Field(() => CalendarDateScalar, { description: 'The date its figures are computed for (31 December).' }) asOf: string;
  @Field(() => GraphQLISODateTime) finalisedAt: Date;
  @Field({ description: 'Who marked it final.' }) finalisedBy: string;
  @Field(() => [ReportEditionFileModel]) files: ReportEditionFileModel[];
}
