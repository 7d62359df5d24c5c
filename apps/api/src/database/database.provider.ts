import type { Logger } from 'pino';
import { AppConfig } from '../config/app.config';
import { RunningDatabase, startEmbeddedPostgres } from './embedded-postgres.launcher';

/** DATABASE_URL when given (nothing is started), otherwise an embedded PostgreSQL. */
export async function provideDatabase(config: AppConfig, logger: Logger): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    logger.info('Using the PostgreSQL server given by DATABASE_URL');
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    portIsDefault: config.embeddedPostgresPortIsDefault,
    database: 'pnq',
    logger,
  });
}
