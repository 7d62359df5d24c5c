import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EvidenceUrlsField } from '../../../common/evidence-urls.decorator';

@InputType()
export class AddActionCommentInput {
  @Field() @IsString() @Matches(/^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'ref must look like 1-2.1.1 (<pillar>-<code>)' }) ref: string;
  @Field({ description: 'Plain text; @ACRONYM mentions an organisation, @e-mail a person: they are notified.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment: string;
  @EvidenceUrlsField() evidenceUrls?: string[];
  @Field(() => ID, { nullable: true, description: 'The comment of this action this one answers.' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'replyToId is a comment id' })
  replyToId?: string;
  @Field(() => ID, { nullable: true, description: 'Your earlier comment of this action this one corrects (it stays, marked corrected). Not with replyToId.' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'correctsId is a comment id' })
  correctsId?: string;
}
