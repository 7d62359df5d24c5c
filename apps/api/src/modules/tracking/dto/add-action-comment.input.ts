import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class AddActionCommentInput {
  @Field() @IsString() @Matches(/^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'ref must look like 1-2.1.1 (<pillar>-<code>)' }) ref: string;
  @Field() @IsString() @MinLength(1) @MaxLength(5000) comment: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' })
  @MaxLength(2000, { each: true })
  evidenceUrls?: string[];
}
