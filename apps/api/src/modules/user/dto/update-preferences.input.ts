import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

@InputType({ description: 'The signed-in user’s own preferences; only the fields given change.' })
export class UpdatePreferencesInput {
  @Field({ nullable: true, description: 'fr (default), ar or en: the language of the interface and of mails.' })
  @IsOptional()
  @IsIn(['fr', 'ar', 'en'], { message: 'language must be fr, ar or en' })
  language?: 'fr' | 'ar' | 'en';

  @Field({ nullable: true, description: 'true: no non-essential mails (due soon, stale, weekly summary). Overdue notices for your own actions still come.' })
  @IsOptional()
  @IsBoolean()
  mailOptOut?: boolean;
}
