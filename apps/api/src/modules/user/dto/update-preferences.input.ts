import { Field, InputType } from '@nestjs/graphql';
import type { Language } from '@pnq/domain';
import { LANGUAGES } from '@pnq/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

@InputType({ description: 'The signed-in user’s own preferences; only the fields given change.' })
export class UpdatePreferencesInput {
  @Field(() => String, { nullable: true, description: 'fr (default), ar or en: the language of the interface and of mails.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;

  @Field({ nullable: true, description: 'true: no non-essential mails (due soon, stale, weekly summary). Overdue notices for your own actions still come.' })
  @IsOptional()
  @IsBoolean()
  mailOptOut?: boolean;
}
