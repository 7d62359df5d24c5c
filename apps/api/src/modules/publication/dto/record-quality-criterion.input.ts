import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType('RecordQualityCriterionInput', {
  description: 'A criterion of the « Tableau de bord qualité Maroc » (action 5-2.5.1): what it follows and which national figures show it.',
})
export class RecordQualityCriterionInput {
  @Field({ description: 'Stable key: lower-case letters, digits and hyphens.' }) @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/) key: string;
  @Field() @IsString() @MaxLength(200) label: string;
  @Field() @IsString() @MaxLength(2000) description: string;
  @Field(() => [String], { description: 'Keys of the national figures this criterion follows.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  figureKeys: string[];
  @Field(() => Int, { nullable: true, description: 'The version last read; omit to create a new criterion.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
