import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { JobModel } from './job.model';
import { JobService } from './job.service';

@Resolver(() => JobModel)
export class JobResolver {
  constructor(private readonly jobService: JobService) {}

  @Query(() => JobModel, { description: 'A job you asked for (admins: any): its state, progress, file. Fails with JOB_NOT_FOUND.' })
  job(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthenticatedUser): Promise<JobModel> {
    return this.jobService.get(user, id);
  }
}
