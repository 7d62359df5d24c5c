import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql-enum';
import { JOB_STATES, JobState } from './job.queries';

export const JobStateEnum = graphqlEnum(
  JOB_STATES,
  'JobState',
  'QUEUED: waiting for a server to take it; RUNNING: being done; DONE: its file can be downloaded; FAILED: see error.',
);

@ObjectType('JobError', { description: 'Why a job failed: a code the dashboard words, and a message.' })
export class JobErrorModel {
  @Field() code: string;
  @Field() message: string;
}

@ObjectType('Job', { description: 'Long work done off the request path (a yearly report, an official edition): ask, follow its progress, download its file.' })
export class JobModel {
  @Field(() => ID) id: string;
  @Field({ description: 'What is being done: ANNUAL_REPORT, REPORT_EDITION, SESSION_DOCUMENT (a steering session’s meeting pack or minutes).' }) kind: string;
  @Field(() => JobStateEnum) state: JobState;
  @Field(() => Int, { description: 'Progress 0–100.' }) progress: number;
  @Field(() => String, { nullable: true, description: 'What it is doing now (MODEL, LAYOUT, STORING…), while running.' }) stage: string | null;
  @Field(() => Int, { nullable: true, description: 'While queued: how many jobs are ahead of it.' }) queuedBefore: number | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => Int, { nullable: true, description: 'Size of the file, bytes.' }) fileSize: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file (hex).' }) sha256: string | null;
  @Field(() => String, { nullable: true, description: 'Where to download the file (GET, session cookie), once DONE.' }) downloadUrl: string | null;
  @Field(() => JobErrorModel, { nullable: true }) error: JobErrorModel | null;
  /** Who asked (null: a command-line tool). */
  requestedBy: number | null;
  params: Record<string, unknown>;
  contentType: string | null;
}
