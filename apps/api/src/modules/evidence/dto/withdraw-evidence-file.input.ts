import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

@InputType()
export class WithdrawEvidenceFileInput {
  @Field(() => Int) @IsInt() @Min(1) id: number;
  @Field({ description: 'Why it should no longer be offered (kept with the file and in the audit log); 1–500 characters.' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
