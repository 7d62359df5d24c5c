import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EvidenceUrlsField } from '../../../common/evidence-urls.decorator';

@InputType()
export class AddActionCommentInput {
  @Field() @IsString() @Matches(/^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'ref must look like 1-2.1.1 (<pillar>-<code>)' }) ref: string;
  @Field() @IsString() @MinLength(1) @MaxLength(5000) comment: string;
  @EvidenceUrlsField() evidenceUrls?: string[];
}
