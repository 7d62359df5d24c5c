import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { PinoNestLogger } from './common/logger';
import { AppConfig } from './config/app.config';

/** Routes of the API; every other GET for HTML gets the dashboard (whose own pages are /reports, /import, …). */
const API_PATHS = ['/graphql', '/health', '/reports/annual', '/exports', '/imports'];

/** Builds the whole application (API + built dashboard) on one HTTP server; used by main and tests. */
export async function createApp(options: { config: AppConfig; databaseUrl: string; logger: Logger }): Promise<INestApplication> {
  const { config, databaseUrl, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  serveDashboard(app, config.dashboardDir);
  return app;
}

/** Serves the built dashboard at `/`, with the single-page app's index for its own routes. */
function serveDashboard(app: NestExpressApplication, dashboardDir: string): void {
  const index = join(dashboardDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dashboardDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    if (request.method !== 'GET' || isApi || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
