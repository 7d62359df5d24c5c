import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceRange', { description: 'Lines of the PNQ source file (002_29c6ca951ec700f7.txt) a record was derived from.' })
export class SourceRangeModel {
  @Field(() => Int) fromLine: number;
  @Field(() => Int) toLine: number;

  static of(fromLine: number | null, toLine: number | null): SourceRangeModel | null {
    if (fromLine === null || toLine === null) return null;
    return Object.assign(new SourceRangeModel(), { fromLine, toLine });
  }
}
