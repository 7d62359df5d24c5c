import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/scalars/json.scalar';

@ObjectType('AuditEvent', { description: 'A recorded mutation: who, when, what, and the record before and after.' })
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => Int, { nullable: true }) actorId: number | null;
  @Field() operation: string;
  @Field() entity: string;
  @Field() entityKey: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
}
