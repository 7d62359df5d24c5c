import { LeakHit, PrivateText, PublicSnapshot } from '@pnq/domain';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { serveWorkerTasks } from '../../../common/worker-threads/worker-task';
import { renderSite, scanSite } from './render-site';

export interface SiteRenderInput {
  document: PublicSnapshot;
  baseUrl: string;
  /** Private texts to look for in every file (already narrowed by privateTextsToScan). */
  forbidden: PrivateText[];
}

export interface RenderedFileEntry {
  path: string;
  contentType: string;
  bytes: number;
  sha256: string;
  /** Where its gzip-compressed bytes lie in `gzipped`. */
  offset: number;
  length: number;
}

export interface SiteRenderOutput {
  files: RenderedFileEntry[];
  /** Every file gzip-compressed, one after the other (one buffer handed over without a copy). */
  gzipped: Uint8Array;
  hits: LeakHit[];
}

/** A worker thread: renders a snapshot's every file, scans them for leaks and compresses them — the CPU a publication costs, off the API's event loop. */
serveWorkerTasks({
  render: async ({ document, baseUrl, forbidden }: SiteRenderInput, progress): Promise<SiteRenderOutput> => {
    progress(30, 'RENDERING');
    const files = await renderSite(document, baseUrl);
    progress(60, 'SCANNING');
    const hits = scanSite(files, forbidden);
    progress(80, 'COMPRESSING');
    const entries: RenderedFileEntry[] = [];
    const chunks: Buffer[] = [];
    let offset = 0;
    for (const file of files) {
      const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
      const gzipped = gzipSync(bytes, { level: 9 });
      entries.push({
        path: file.path,
        contentType: file.contentType,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        offset,
        length: gzipped.length,
      });
      chunks.push(gzipped);
      offset += gzipped.length;
    }
    return { files: entries, gzipped: new Uint8Array(Buffer.concat(chunks)), hits };
  },
});
