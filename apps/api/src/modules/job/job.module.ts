import { Module } from '@nestjs/common';
import { JobController } from './job.controller';
import { JobResolver } from './job.resolver';
import { JobRunner } from './job.runner';
import { JobService } from './job.service';
import { WorkerPool } from './worker-pool';

/**
 * Long work off the request path: the job queue in PostgreSQL (any instance takes a job; a restarted one does not
 * lose it), the runner that does jobs in worker threads, and the worker pool for work a request waits for.
 * The server adds JobQueueScheduler (background-jobs.module.ts) to take jobs as they come.
 */
@Module({
  controllers: [JobController],
  providers: [JobService, JobRunner, WorkerPool, JobResolver],
  exports: [JobService, JobRunner, WorkerPool],
})
export class JobModule {}
