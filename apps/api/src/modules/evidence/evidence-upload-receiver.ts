import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { evidenceFileRequired, uploadInterrupted } from './evidence.errors';

/**
 * Reads a multipart upload of one file as a stream (busboy: never the whole file in memory) and hands its name and
 * contents to `store`. When `store` fails early (a refused type, a file too large), the rest of the body is read and
 * dropped, so the client gets the coded answer instead of a broken connection. No file: FILE_REQUIRED.
 */
export function receiveOneFile<T>(request: Request, store: (name: string, contents: AsyncIterable<Buffer>) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: 0, parts: 1 }, defParamCharset: 'utf8' });
    } catch {
      request.resume();
      reject(evidenceFileRequired());
      return;
    }
    let stored: Promise<T> | null = null;
    parser.on('file', (_field: string, contents: Readable, info: busboy.FileInfo) => {
      stored = store(info.filename ?? '', contents.iterator({ destroyOnReturn: false }));
      stored.catch(() => contents.resume());
    });
    parser.on('error', (error: unknown) => {
      request.unpipe(parser);
      request.resume();
      reject(stored ? error : evidenceFileRequired());
    });
    parser.on('close', () => (stored ? stored.then(resolve, reject) : reject(evidenceFileRequired())));
    // A client that goes away mid-upload: the contents stream fails, the upload's transaction rolls back, nothing is kept.
    request.on('close', () => request.complete || parser.destroy(uploadInterrupted()));
    request.pipe(parser);
  });
}
