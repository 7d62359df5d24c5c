import 'reflect-metadata';
import { createApp } from './app.factory';
import { createRootLogger } from './common/logger';
import { describeMode, loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await provideDatabase(config, logger);

  let app;
  try {
    app = await createApp({ config, databaseUrl: database.url, logger });
    await app.listen(config.port);
  } catch (error) {
    await database.stop();
    throw error;
  }

  const url = `http://localhost:${config.port}/`;
  const mode = describeMode(config);
  logger.info({ url, nodeEnv: config.nodeEnv }, `PNQ Tracker is ready. ${mode}`);
  process.stdout.write(`\n  PNQ Tracker is running: ${url}\n  GraphQL API: ${url}graphql · health: ${url}health\n  ${mode}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    // Nest's own shutdown hooks are off (they would race this): HTTP first, then the database, within a deadline.
    const deadline = setTimeout(() => {
      logger.error('Shutdown took more than 15 s; stopping anyway');
      void database.stop().finally(() => process.exit(1));
    }, 15_000);
    await app.close();
    logger.info('HTTP server and database connections closed');
    await database.stop();
    clearTimeout(deadline);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`PNQ Tracker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
