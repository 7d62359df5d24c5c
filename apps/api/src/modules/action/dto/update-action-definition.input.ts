import { Field, Float, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType({ description: 'Only the fields given change. The action is then marked as edited: the seed never overwrites it.' })
export class UpdateActionDefinitionInput {
  @Field() @IsString() @Matches(/^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'ref must look like 1-2.1.1 (<pillar>-<code>)' }) ref: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(2000) title?: string;
  @Field({
    nullable: true,
    description: 'The deadline as the secretariat writes it ("2027", "2025-2026", "En continu", "à déterminer"); interpreted by the same rule as the seed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  deadline?: string;
  @Field(() => Float, { nullable: true, description: 'Weight in roll-ups, 0–100 (0 leaves it out).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  weight?: number;
  @Field(() => [String], { nullable: true, description: 'Owner organisation keys, in order.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  ownerKeys?: string[];
  @Field(() => [String], { nullable: true, description: 'Partner organisation keys, in order.' })
  @IsOptional()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  partnerKeys?: string[];
}
