import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { PDF_BYTES, postEvidenceWritten } from './support/evidence-client';
import { freePort } from './support/free-port';
import { configFromEnv, REPO_ROOT, SignedInClient, startTestApp, TestApp } from './support/test-app';

const MIB = 1024 * 1024;
const FILE_BYTES = 50 * MIB;
const PIECE = 64 * 1024;

/** V8's collector, to tell memory still held from garbage not yet collected. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * A 50 MB upload with the default limits, streamed both ways, into each storage: PostgreSQL, and an S3-compatible
 * bucket (s3rver, in this process: its memory is counted too). The memory of this process (the API, the client sending
 * the file with backpressure, and the S3 server share it) is sampled while it uploads — as is, and what is still held
 * after a collection — and reported — in test-artifacts/evidence-upload-memory[-s3].json and on the console — never
 * asserted on: the test asserts the file is kept whole and comes back byte-identical.
 */
describe.each([
  ['PostgreSQL', ''],
  ['an S3-compatible bucket', '-s3'],
])('a 50 MB evidence file kept in %s', (_storage, suffix) => {
  let testApp: TestApp;
  let imanor: SignedInClient;
  let s3rver: S3rver | null = null;
  let folder: string | null = null;
  beforeAll(async () => {
    let env: Record<string, string> = { NODE_ENV: 'test' };
    if (suffix) {
      const port = await freePort();
      folder = mkdtempSync(join(tmpdir(), 'pnq-s3rver-'));
      s3rver = new S3rver({ address: '127.0.0.1', port, silent: true, directory: folder, configureBuckets: [{ name: 'pnq-evidence', configs: [] }] });
      await s3rver.run();
      env = {
        ...env,
        PNQ_EVIDENCE_STORAGE: 's3',
        PNQ_S3_ENDPOINT: `http://127.0.0.1:${port}`,
        PNQ_S3_BUCKET: 'pnq-evidence',
        PNQ_S3_REGION: 'us-east-1',
        PNQ_S3_ACCESS_KEY_ID: 'S3RVER',
        PNQ_S3_SECRET_ACCESS_KEY: 'S3RVER',
      };
    }
    testApp = await startTestApp({ fullConfig: configFromEnv(env) });
    imanor = await testApp.signIn('imanor@pnq.local');
  });
  afterAll(async () => {
    await testApp.close();
    await s3rver?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is received and sent back in pieces, byte-identical (memory measured and reported)', async () => {
    const filler = Buffer.alloc(PIECE, 0x41);
    const sent = createHash('sha256');
    async function* fiftyMegabytes() {
      for (let offset = 0; offset < FILE_BYTES; offset += PIECE) {
        const piece = offset === 0 ? Buffer.concat([PDF_BYTES, filler]).subarray(0, PIECE) : filler;
        sent.update(piece);
        if (offset > 0 && offset % (10 * MIB) === 0) sampleHeld(offset);
        yield piece;
      }
    }
    const gc = collector();
    gc();
    const baseline = process.memoryUsage();
    const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed, arrayBuffers: baseline.arrayBuffers };
    const held: { atMb: number; heapUsedMb: number; arrayBuffersMb: number; rssMb: number }[] = [];
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
    }, 10);
    const mb = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;
    /** What is still held after a collection (above the baseline), every 10 MB sent. */
    const sampleHeld = (offset: number) => {
      gc();
      const now = process.memoryUsage();
      held.push({
        atMb: offset / MIB,
        heapUsedMb: mb(now.heapUsed - baseline.heapUsed),
        arrayBuffersMb: mb(now.arrayBuffers - baseline.arrayBuffers),
        rssMb: mb(now.rss - baseline.rss),
      });
    };
    const started = Date.now();
    const { status, body } = await postEvidenceWritten(testApp.baseUrl, imanor.cookie, '2-4.1.2', 'grand rapport.pdf', fiftyMegabytes());
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    const report = {
      storage: suffix ? 'S3' : 'POSTGRES',
      fileMb: FILE_BYTES / MIB,
      seconds,
      baselineMb: { rss: mb(baseline.rss), heapUsed: mb(baseline.heapUsed), arrayBuffers: mb(baseline.arrayBuffers) },
      peakIncreaseMb: {
        rss: mb(peak.rss - baseline.rss),
        heapUsed: mb(peak.heapUsed - baseline.heapUsed),
        arrayBuffers: mb(peak.arrayBuffers - baseline.arrayBuffers),
      },
      heldAfterCollectionIncrease: held,
    };
    mkdirSync(join(REPO_ROOT, 'test-artifacts'), { recursive: true });
    writeFileSync(join(REPO_ROOT, `test-artifacts/evidence-upload-memory${suffix}.json`), JSON.stringify(report, null, 2));
    console.info(`50 MB evidence upload (${report.storage}), memory of the process: ${JSON.stringify(report)}`);

    expect(status).toBe(201);
    expect(body).toMatchObject({ sizeBytes: FILE_BYTES, sha256: sent.digest('hex'), mime: 'application/pdf' });
    const response = await fetch(`${testApp.baseUrl}/evidence/files/${body.id}`, { headers: { cookie: imanor.cookie } });
    const received = createHash('sha256');
    for await (const piece of response.body as unknown as AsyncIterable<Uint8Array>) received.update(piece);
    expect(received.digest('hex')).toBe(body.sha256);
  });
});
