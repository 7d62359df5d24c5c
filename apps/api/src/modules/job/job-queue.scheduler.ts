import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { NotificationListener } from '../../database/notification-listener';
import { JOB_CHANNEL } from './job.queries';
import { JobRunner } from './job.runner';
import { JobService } from './job.service';

/**
 * In a server instance (not a CLI): takes jobs as soon as one is announced (LISTEN, delivered on commit to every
 * instance; one wins the claim), wakes the requests waiting for a job when its finish is announced, and sweeps at the
 * claims' pace for claims that ran out (an instance died).
 */
@Injectable()
export class JobQueueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueueScheduler.name);
  private listener: NotificationListener | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly runner: JobRunner,
    private readonly jobService: JobService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.runner) return;
    this.runner.serve();
    const url = (this.dataSource.options as { url?: string }).url;
    if (url) {
      this.listener = new NotificationListener(
        url,
        JOB_CHANNEL,
        () => void this.runner.fill(),
        (message) => this.logger.warn(message),
      );
      await this.listener.start();
    }
    this.timer = setInterval(() => void this.runner.sweep(), Math.max(1, this.config.jobs.leaseSeconds) * 1000);
    this.timer.unref();
    void this.runner.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.listener?.stop();
    this.listener = null;
  }
}
