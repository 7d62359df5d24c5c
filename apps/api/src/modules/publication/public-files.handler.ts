import type { NextFunction, Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { LATEST_POINTER } from './public-site.writer';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A per-snapshot address never changes content: browsers and CDNs keep it a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** "latest" moves with each publication: kept five minutes. */
export const LATEST_CACHE = 'public, max-age=300';
/** How long the latest snapshot's number is trusted before the pointer file is read again. */
const POINTER_TTL_MS = 2_000;

/**
 * Serves the public portal under `/public` from the folder the publication writes (PNQ_PUBLIC_DIR): files only —
 * no listing, no query, nothing from PostgreSQL or GraphQL, no cookie read. `/public/<n>/…` is snapshot n (cached
 * for a year), `/public/latest/…` the latest one (cached five minutes), `/public` leads to the latest home page.
 */
export function publicFilesHandler(publicDir: string) {
  let pointer: { number: number | null; readAt: number } = { number: null, readAt: 0 };
  const latestNumber = async (): Promise<number | null> => {
    if (Date.now() - pointer.readAt < POINTER_TTL_MS) return pointer.number;
    try {
      const parsed = JSON.parse(await readFile(join(publicDir, LATEST_POINTER), 'utf8')) as { number: number };
      pointer = { number: Number.isInteger(parsed.number) ? parsed.number : null, readAt: Date.now() };
    } catch {
      pointer = { number: null, readAt: Date.now() };
    }
    return pointer.number;
  };

  return (request: Request, response: Response, next: NextFunction): void => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        return notFound(response, 405, 'The public pages are read only.');
      }
      const path = request.path; // below the mount point, e.g. "/latest/fr/index.html"
      if (path === '/' || path === '') return response.redirect(302, `${request.baseUrl}/latest/fr/index.html`);
      const match = /^\/(latest|\d{1,9})(\/.*)?$/.exec(path);
      if (!match) return notFound(response);
      const latest = match[1] === 'latest';
      const number = latest ? await latestNumber() : Number(match[1]);
      if (number === null) return notFound(response, 404, 'Nothing has been published yet.');
      let rest = match[2] ?? '/';
      if (rest.endsWith('/')) rest += 'index.html';
      let decoded: string;
      try {
        decoded = decodeURIComponent(rest);
      } catch {
        return notFound(response);
      }
      const root = join(publicDir, String(number));
      const file = normalize(join(root, decoded));
      if (!file.startsWith(root + sep) || decoded.includes('\0') || /(^|\/)\./.test(decoded)) return notFound(response);
      const type = TYPES[extname(file)];
      const info = await stat(file).catch(() => null);
      if (!type || !info?.isFile()) return notFound(response);
      response.status(200);
      response.setHeader('Content-Type', type);
      response.setHeader('Content-Length', String(info.size));
      response.setHeader('Cache-Control', latest ? LATEST_CACHE : IMMUTABLE_CACHE);
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).on('error', next).pipe(response);
    })().catch(next);
  };
}

function notFound(response: Response, status = 404, message = 'No such public page.'): void {
  response.status(status).setHeader('Cache-Control', 'no-cache').type('text/plain; charset=utf-8').send(message);
}
