import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 30, description: 'At most 200.' }) @IsInt() @Min(1) @Max(200) limit: number;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read; none given: all of the user’s.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Matches(/^\d{1,18}$/, { each: true, message: 'each id must be a notification id' })
  ids?: string[];
}

@ArgsType()
export class MailOutboxArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' }) @IsInt() @Min(1) @Max(200) limit: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number;
  @Field({ nullable: true, description: 'Only mails to this address.' }) @IsOptional() @IsString() recipient?: string;
}
