import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/app.config';
import { describeStartFailure } from '../src/start-failure';
import { executableBytes, PDF_BYTES, pdfOfSize, postEvidence } from './support/evidence-client';
import { freePort } from './support/free-port';
import { rowCountsOfEveryTable } from './support/row-counts';
import { configFromEnv, REPO_ROOT, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/** 2-4.1.2: IMANOR owns it. */
const REF = '2-4.1.2';
const MIB = 1024 * 1024;
const BUCKET = 'pnq-evidence';
const WITHDRAW = 'mutation ($i: WithdrawEvidenceFileInput!) { withdrawEvidenceFile(input: $i) { id } }';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Evidence contents in an S3-compatible bucket (PNQ_EVIDENCE_STORAGE=s3), against a real S3 server: s3rver, started
 * in this process on a free port with its objects in a temporary folder, reached by the application over HTTP with
 * signed requests (s3rver checks the signature against its credentials S3RVER / S3RVER).
 */
describe('evidence files in S3-compatible object storage', () => {
  let folder: string;
  let s3rver: S3rver;
  let s3: S3Client;
  let env: Record<string, string>;
  let testApp: TestApp;
  let imanor: SignedInClient;
  let viewer: SignedInClient;
  /** What the bucket saw happen, "ObjectCreated:Put <key>" (one request), "ObjectCreated:Post <key>" (parts completed)… */
  const events: string[] = [];

  const objects = async () =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((object) => ({ key: object.Key!, size: object.Size! }));
  const download = (id: number, who: SignedInClient) => fetch(`${testApp.baseUrl}/evidence/files/${id}`, { headers: { cookie: who.cookie } });
  const stored = (id: number) =>
    queryDatabase<{ storage: string; storage_key: string }>(testApp.databaseUrl, 'SELECT storage, storage_key FROM evidence_file WHERE id = $1', [id]);
  const chunkRows = async () => Number((await queryDatabase<{ n: string }>(testApp.databaseUrl, 'SELECT count(*) AS n FROM evidence_file_chunk'))[0].n);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pnq-s3rver-'));
    const port = await freePort();
    s3rver = new S3rver({ address: '127.0.0.1', port, silent: true, directory: folder, configureBuckets: [{ name: BUCKET, configs: [] }] });
    await s3rver.run();
    (s3rver as unknown as EventEmitter).on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) =>
      events.push(...event.Records.map((record) => `${record.eventName} ${decodeURIComponent(record.s3.object.key)}`)),
    );
    env = {
      NODE_ENV: 'test',
      PNQ_EVIDENCE_STORAGE: 's3',
      PNQ_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      PNQ_S3_BUCKET: BUCKET,
      PNQ_S3_REGION: 'us-east-1',
      PNQ_S3_ACCESS_KEY_ID: 'S3RVER',
      PNQ_S3_SECRET_ACCESS_KEY: 'S3RVER',
      PNQ_S3_FORCE_PATH_STYLE: 'true',
      PNQ_EVIDENCE_MAX_FILE_MB: '8',
    };
    s3 = new S3Client({
      endpoint: env.PNQ_S3_ENDPOINT,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    testApp = await startTestApp({ fullConfig: configFromEnv(env) });
    [imanor, viewer] = await Promise.all(['imanor@pnq.local', 'viewer@pnq.local'].map((email) => testApp.signIn(email)));
  });
  afterAll(async () => {
    await testApp?.close();
    s3?.destroy();
    await s3rver?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a PDF uploaded through the route as one object in the bucket (no piece in the database), and a viewer downloads it byte-identical', async () => {
    const sent = await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'Convention signée.pdf', PDF_BYTES);
    expect(sent).toMatchObject({ status: 201, body: { mime: 'application/pdf', sizeBytes: PDF_BYTES.length, sha256: sha256(PDF_BYTES) } });
    const [row] = await stored(sent.body.id!);
    expect(row.storage).toBe('S3');
    expect(await objects()).toEqual([{ key: row.storage_key, size: PDF_BYTES.length }]);
    expect(events).toContain(`ObjectCreated:Put ${row.storage_key}`);
    expect(await chunkRows()).toBe(0);
    const response = await download(sent.body.id!, viewer);
    expect([response.status, response.headers.get('content-disposition'), response.headers.get('x-content-type-options')]).toEqual([
      200,
      `attachment; filename="Convention signee.pdf"; filename*=UTF-8''Convention%20sign%C3%A9e.pdf`,
      'nosniff',
    ]);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it('sends a file larger than a part in several parts, and it comes back byte-identical', async () => {
    const bytes = pdfOfSize(7 * MIB + 12_345);
    for (let i = 4096; i < bytes.length; i += 4099) bytes[i] = i % 251; // not uniform: a part out of place would show
    const sent = await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'rapport annuel.pdf', bytes);
    expect(sent).toMatchObject({ status: 201, body: { sizeBytes: bytes.length, sha256: sha256(bytes) } });
    const [row] = await stored(sent.body.id!);
    expect(await objects()).toContainEqual({ key: row.storage_key, size: bytes.length });
    expect(events).toContain(`ObjectCreated:Post ${row.storage_key}`); // a multipart upload completed (5 MiB + the rest)
    const response = await download(sent.body.id!, viewer);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytes));
    expect(await chunkRows()).toBe(0);
  });

  it('keeps the object of a withdrawn file, which no longer downloads', async () => {
    const { body } = await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'brouillon.pdf', PDF_BYTES);
    const [row] = await stored(body.id!);
    expect((await imanor.graphql(WITHDRAW, { i: { id: body.id, reason: 'Version non signée' } })).errors).toBeUndefined();
    const gone = await download(body.id!, viewer);
    expect([gone.status, ((await gone.json()) as { code: string }).code]).toEqual([410, 'EVIDENCE_FILE_WITHDRAWN']);
    expect((await objects()).map((object) => object.key)).toContain(row.storage_key);
  });

  it('answers 503 EVIDENCE_CONTENT_UNAVAILABLE, before any header of a file, when its object is missing from the bucket', async () => {
    const { body } = await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'égaré.pdf', PDF_BYTES);
    const [row] = await stored(body.id!);
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: row.storage_key })); // lost outside the application
    const missing = await download(body.id!, viewer);
    expect([missing.status, missing.headers.get('content-disposition'), ((await missing.json()) as { code: string }).code]).toEqual([
      503,
      null,
      'EVIDENCE_CONTENT_UNAVAILABLE',
    ]);
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: row.storage_key, Body: PDF_BYTES })); // restored from a copy
    const restored = await download(body.id!, viewer);
    expect(Buffer.from(await restored.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it.each<[string, string, () => Uint8Array, number, string]>([
    ['an executable renamed .pdf', 'rapport.pdf', executableBytes, 415, 'FILE_TYPE_NOT_ALLOWED'],
    ['a file over the size limit, refused after a part was sent', 'gros.pdf', () => pdfOfSize(8 * MIB + 1), 413, 'FILE_TOO_LARGE'],
  ])('refuses %s with its code, and stores nothing in the bucket nor the database', async (_case, name, bytes, status, code) => {
    const [before, rows] = [await objects(), await rowCountsOfEveryTable(testApp.databaseUrl)];
    expect(await postEvidence(testApp.baseUrl, imanor.cookie, REF, name, bytes())).toMatchObject({ status, body: { code } });
    expect(await objects()).toEqual(before);
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(rows);
  });

  it('deletes the object when the database refuses the file after the upload to the bucket', async () => {
    // A failure of the upload's transaction after the object is written (the database refuses this one name).
    await queryDatabase(
      testApp.databaseUrl,
      `CREATE FUNCTION refuse_evidence_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
       CREATE TRIGGER refuse_evidence_for_test BEFORE INSERT ON evidence_file FOR EACH ROW WHEN (NEW.name = 'refusée.pdf') EXECUTE FUNCTION refuse_evidence_for_test();`,
    );
    const before = await objects();
    events.length = 0;
    expect((await postEvidence(testApp.baseUrl, imanor.cookie, REF, 'refusée.pdf', PDF_BYTES)).status).toBe(500);
    expect(await objects()).toEqual(before);
    expect(events.map((event) => event.split(' ')[0])).toEqual(['ObjectCreated:Put', 'ObjectRemoved:Delete']); // written, then deleted
    await queryDatabase(testApp.databaseUrl, 'DROP TRIGGER refuse_evidence_for_test ON evidence_file; DROP FUNCTION refuse_evidence_for_test();');
  });

  it('still downloads the files kept in PostgreSQL before the move to S3', async () => {
    const postgresApp = await startTestApp({ databaseUrl: testApp.databaseUrl, fullConfig: configFromEnv({ NODE_ENV: 'test' }) });
    try {
      const owner = await postgresApp.signIn('imanor@pnq.local');
      const { body } = await postEvidence(postgresApp.baseUrl, owner.cookie, REF, 'avant S3.pdf', PDF_BYTES);
      expect((await stored(body.id!))[0].storage).toBe('POSTGRES');
      const response = await download(body.id!, viewer);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    } finally {
      await postgresApp.close();
    }
  });

  it('backup:check counts the files whose contents are in the bucket, outside the database backup', async () => {
    const [kept] = await queryDatabase<{ files: string; bytes: string }>(
      testApp.databaseUrl,
      `SELECT count(*) AS files, sum(size_bytes)::text AS bytes FROM evidence_file WHERE storage = 'S3'`,
    );
    const total = (await objects()).reduce((sum, object) => sum + object.size, 0);
    // The function `npm run backup:check` prints its evidence lines from (a tool script, loaded as the script runs it).
    const { evidenceContents } = (await import(join(REPO_ROOT, 'tools/scripts/backup-restore-check.mjs'))) as {
      evidenceContents(url: string): Promise<Record<string, string> | null>;
    };
    expect(await evidenceContents(testApp.databaseUrl)).toMatchObject({ inBucket: kept.files, bytesInBucket: String(total), damaged: '0' });
    expect(Number(kept.files)).toBeGreaterThanOrEqual(3);
  });

  it('refuses to start with PNQ_EVIDENCE_STORAGE=s3 and settings missing, naming each one', () => {
    const failure = (() => {
      try {
        loadConfig({ NODE_ENV: 'test', PNQ_EVIDENCE_STORAGE: 's3', PNQ_S3_BUCKET: BUCKET, PNQ_S3_ACCESS_KEY_ID: 'S3RVER' });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(ConfigError);
    expect(describeStartFailure(failure, { port: 3000, databaseUrl: null })).toBe(
      'PNQ_EVIDENCE_STORAGE=s3 needs PNQ_S3_REGION, PNQ_S3_SECRET_ACCESS_KEY (see docs/runbook.md, "Evidence files").',
    );
    expect(() => loadConfig({ ...env, PNQ_EVIDENCE_STORAGE: 'disk' })).toThrow('PNQ_EVIDENCE_STORAGE must be postgres or s3 (got "disk").');
    expect(() => loadConfig({ ...env, PNQ_S3_ENDPOINT: 'minio:9000' })).toThrow('PNQ_S3_ENDPOINT must be an http:// or https:// URL');
  });
});
