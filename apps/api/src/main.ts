import 'reflect-metadata';
import { createApp } from './app.factory';
import { createRootLogger } from './common/logger';
import { isPortFree, nextFreePort } from './common/ports';
import { AppConfig, ConfigError, describeMode, loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { describeStartFailure } from './start-failure';

/** The port to listen on: PORT as set; by default 3000, or the next free one when another PNQ Tracker already has it. */
async function withServingPort(config: AppConfig): Promise<AppConfig> {
  if (!config.portIsDefault) {
    if (!(await isPortFree(config.port)))
      throw new ConfigError(
        `Port ${config.port} is already in use (another PNQ Tracker, or another program). Set PORT to a free port, e.g. PORT=3001 npm start.`,
      );
    return config;
  }
  const port = await nextFreePort(config.port);
  if (port === config.port) return config;
  return { ...config, port, publicUrl: config.publicUrlIsDefault ? `http://localhost:${port}` : config.publicUrl };
}

async function main(context: { port: number; databaseUrl: string | null }): Promise<void> {
  const loaded = loadConfig();
  Object.assign(context, { port: loaded.port, databaseUrl: loaded.databaseUrl });
  const logger = createRootLogger(loaded.logLevel);
  const config = await withServingPort(loaded);
  if (config.port !== loaded.port) logger.warn({ port: config.port }, `Port ${loaded.port} is in use (another PNQ Tracker?): serving on port ${config.port}`);
  context.port = config.port;
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

const context = { port: 3000, databaseUrl: null as string | null };
main(context).catch((error) => {
  process.stderr.write(`PNQ Tracker could not start: ${describeStartFailure(error, context)}\n`);
  process.exit(1);
});
