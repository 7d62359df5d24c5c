import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { JobModel } from '../job/job.model';
import { JobService } from '../job/job.service';
import { MeetingPackJobs } from './meeting-pack.jobs';
import { SessionDocument } from './meeting-pack.model';

@Resolver()
export class MeetingPackResolver {
  constructor(
    private readonly jobs: MeetingPackJobs,
    private readonly jobService: JobService,
  ) {}

  @Mutation(() => JobModel, {
    description:
      'Asks for a session’s meeting pack (PDF or Word) or minutes (Word), any signed-in user: a job whose progress `job(id)` gives, then its file. Fails with SESSION_NOT_FOUND, TOO_MANY_REPORTS.',
  })
  async requestSessionDocument(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('document', { type: () => SessionDocument }) document: SessionDocument,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<JobModel> {
    const id = await this.jobs.request(user, Number(sessionId), document);
    return this.jobService.get(user, id);
  }
}
