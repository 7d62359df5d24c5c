import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { PinoNestLogger } from './common/logger';
import { AppConfig } from './config/app.config';
import { withMigrationLock } from './database/migration-lock';
import { publicFilesHandler } from './modules/publication/public-files.handler';
import { PUBLIC_PATH } from './modules/publication/publication.service';

/** Routes of the API; every other GET for HTML gets the dashboard (whose own pages are /reports, /import, …). */
const API_PATHS = ['/graphql', '/health', '/reports/annual', '/reports/editions', '/jobs', '/exports', '/imports', '/auth/oidc', '/evidence'];

/** Builds the whole application (API + built dashboard) on one HTTP server; used by main and tests. */
export async function createApp(options: { config: AppConfig; databaseUrl: string; logger: Logger }): Promise<INestApplication> {
  const { config, databaseUrl, logger } = options;
  // TypeORM runs pending migrations while the module is created; several instances booting together wait their turn.
  const app = await withMigrationLock(databaseUrl, () =>
    NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: new PinoNestLogger(logger),
      bodyParser: false, // ours below: a size limit and coded errors
    }),
  );
  app.set('trust proxy', config.trustProxy); // PNQ_TRUST_PROXY: whose X-Forwarded-For gives req.ip (none by default)
  app.set('etag', false); // no ETag computed over every GraphQL answer (a hash of the body per request; never revalidated)
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  app.use(securityHeaders(config.secureCookies));
  // Brotli or gzip for the dashboard's files and the API's answers (a first visit: ~1 MB → a third of it).
  app.use(compression());
  app.useBodyParser('json', { limit: config.maxRequestBytes });
  app.use(refuseUnreadableBody);
  app.use(PUBLIC_PATH, publicFilesHandler(config.publicDir)); // the public portal: static files only, no database
  serveDashboard(app, config.dashboardDir, config.serveSourceMaps);
  return app;
}

/**
 * helmet's headers with a Content Security Policy the dashboard works under: scripts, styles, images and
 * fetches from this origin only (inline styles allowed: charts set them), no framing, no plugins.
 * Behind TLS (`PNQ_SECURE_COOKIES`), HSTS and upgrade-insecure-requests as well.
 */
function securityHeaders(behindTls: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': behindTls ? [] : null,
      },
    },
    strictTransportSecurity: behindTls ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
  });
}

/** A body too large or not JSON is refused here, with a GraphQL-shaped coded error and nothing run. */
function refuseUnreadableBody(error: { status?: number; type?: string } | undefined, _request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  const tooLarge = error.type === 'entity.too.large';
  const status = tooLarge ? 413 : (error.status ?? 400);
  const [code, message] = tooLarge
    ? ['PAYLOAD_TOO_LARGE', 'The request is larger than this server accepts; send less at once.']
    : ['MALFORMED_REQUEST', 'The request body is not valid JSON.'];
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Serves the built dashboard at `/`, with the single-page app's index for its own routes. Source maps (`*.map`,
 * the dashboard's source code) are not served in production: 404, whatever the case or percent-encoding.
 */
function serveDashboard(app: NestExpressApplication, dashboardDir: string, serveSourceMaps: boolean): void {
  const index = join(dashboardDir, 'index.html');
  if (!existsSync(index)) return;
  if (!serveSourceMaps) app.use(refuseSourceMaps);
  app.useStaticAssets(dashboardDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    if (request.method !== 'GET' || isApi || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

function refuseSourceMaps(request: Request, response: Response, next: NextFunction): void {
  const path = ((): string => {
    try {
      return decodeURIComponent(request.path);
    } catch {
      return request.path;
    }
  })();
  if (!/\.map\/*$/i.test(path)) return next();
  response.status(404).json({ code: 'NOT_FOUND', message: 'Not found.' });
}
