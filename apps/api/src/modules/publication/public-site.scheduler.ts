import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PublicSiteWriter } from './public-site.writer';

/** How often a server instance checks for snapshots another instance published. */
const CHECK_MS = 30_000;
/** The first look, once the boot is well over (the reminders look first, 5 s after boot). */
const FIRST_CHECK_MS = 10_000;

/**
 * In a server instance: writes the published snapshots it lacks to its public folder at start, then every 30 s —
 * so every instance (and a new one, or one whose folder was wiped) serves the latest publication without the public
 * load ever reaching PostgreSQL.
 */
@Injectable()
export class PublicSiteScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PublicSiteScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private firstCheck: NodeJS.Timeout | null = null;

  constructor(private readonly writer: PublicSiteWriter) {}

  onApplicationBootstrap(): void {
    const check = () => this.writer.materialise().catch((error: unknown) => this.logger.warn(`Public folder not brought up to date: ${String(error)}`));
    this.firstCheck = setTimeout(() => void check(), FIRST_CHECK_MS);
    this.firstCheck.unref();
    this.timer = setInterval(() => void check(), CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.firstCheck) clearTimeout(this.firstCheck);
  }
}
