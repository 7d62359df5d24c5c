import { CSRF_HEADER } from '@pnq/domain';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/documents';
import { CSRF_HEADERS, editEveryRow, loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { rowCountsOfEveryTable } from './support/row-counts';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Cross-site request forgery on the file routes, and the import's apply without a dry run (issue 14, item 3): a
 * multipart form posted from another site with the editor's cookie, or a replayed apply, is refused with a code and
 * writes nothing; /health answers throughout.
 */

const PUBLIC_URL = 'https://pnq.example.ma';

/** A cross-site-like multipart post to the import route: the editor's cookie, and whatever headers the attacker's page can get sent. */
async function postForm(baseUrl: string, cookie: string, file: Buffer, fields: Record<string, string>, headers: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)]), 'modele.xlsx');
  const response = await fetch(`${baseUrl}/imports/template`, { method: 'POST', body: form, headers: { cookie, ...headers } });
  return { status: response.status, body: (await response.json()) as { code?: string; message?: string; applied?: boolean } };
}

describe('cross-site requests and replayed imports', () => {
  let testApp: TestApp;
  let imanor: SignedInClient;
  let admin: SignedInClient;
  let file: Buffer;
  let fileHash: string;
  let before: Record<string, number>;
  const history = async () => (await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM action_status_update'))[0].n;
  const health = async () => expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);

  beforeAll(async () => {
    testApp = await startTestApp({ config: { publicUrl: PUBLIC_URL } });
    [imanor, admin] = await Promise.all([testApp.signIn('imanor@pnq.local'), testApp.signIn('admin@pnq.local')]);
    const workbook = await loadWorkbook((await download(`${testApp.baseUrl}/exports/template.xlsx?asOf=2025-12-31`, imanor.cookie)).body);
    editEveryRow(workbook, { Statut: 'En cours', 'Avancement (%)': 35, Commentaire: 'Mise à jour par fichier', 'Date d’effet': '30/06/2025' });
    file = await saveWorkbook(workbook);
    fileHash = (await import('node:crypto')).createHash('sha256').update(file).digest('hex');
    before = await rowCountsOfEveryTable(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  const sameHost = () => new URL(testApp.baseUrl).origin;
  const crossSite: [string, (mode: string) => Record<string, string>][] = [
    ['no header, no Origin (a plain HTML form)', () => ({})],
    ['no header, the attacker’s Origin', () => ({ origin: 'https://evil.example' })],
    ['no header, even from the app’s own Origin', () => ({ origin: sameHost() })],
    ['the header, but the attacker’s Origin', () => ({ ...CSRF_HEADERS, origin: 'https://evil.example' })],
    ['the header, from a sibling subdomain of the public URL', () => ({ ...CSRF_HEADERS, origin: 'https://autre.example.ma' })],
    ['the header, from another port of the same host', () => ({ ...CSRF_HEADERS, origin: sameHost().replace(/:\d+$/, ':1') })],
    ['the header, from the public URL over plain HTTP', () => ({ ...CSRF_HEADERS, origin: PUBLIC_URL.replace('https:', 'http:') })],
    ['the header, from an opaque origin (a sandboxed frame)', () => ({ ...CSRF_HEADERS, origin: 'null' })],
    ['the header, no Origin, the attacker’s Referer', () => ({ ...CSRF_HEADERS, referer: 'https://evil.example/page.html' })],
  ];

  it.each(crossSite)('refuses a cross-site import (%s) with 403 CROSS_SITE_REQUEST, dry run and apply alike', async (_name, headers) => {
    for (const mode of ['dry-run', 'apply']) {
      const response = await postForm(testApp.baseUrl, imanor.cookie, file, { mode, fileHash }, headers(mode));
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('CROSS_SITE_REQUEST');
      expect(response.body.message).toMatch(/Nothing was done/);
    }
    await health();
  });

  it.each([
    ['application/x-www-form-urlencoded', `mode=apply&fileHash=${'0'.repeat(64)}`],
    ['text/plain', 'mode=apply'],
  ])('refuses a simple %s post (what a form of another site can send) with 403 CROSS_SITE_REQUEST', async (type, body) => {
    const response = await fetch(`${testApp.baseUrl}/imports/template`, { method: 'POST', body, headers: { cookie: imanor.cookie, 'content-type': type } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('CROSS_SITE_REQUEST');
  });

  it('guards every state-changing REST route, not only the import (routes read from the server’s router)', async () => {
    const router = (testApp.app.getHttpAdapter().getInstance() as Express).router as unknown as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    const routes = router.stack.flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((m) => !['get', 'head', 'options'].includes(m))
            .map((m) => [m.toUpperCase(), layer.route!.path] as const)
        : [],
    );
    const rest = routes.filter(([, path]) => path !== '/graphql');
    expect(rest).toContainEqual(['POST', '/imports/template']);
    for (const [method, path] of rest) {
      const response = await fetch(`${testApp.baseUrl}${path}`, { method, headers: { cookie: admin.cookie, origin: 'https://evil.example' } });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(((await response.json()) as { code: string }).code, `${method} ${path}`).toBe('CROSS_SITE_REQUEST');
    }
  });

  it('refuses a cross-site GraphQL mutation sent as a simple request (Apollo’s csrfPrevention), with nothing written', async () => {
    const mutation = JSON.stringify({
      query: 'mutation { addActionComment(input: { ref: "1-2.1.1", comment: "forgé" }) { ref } }',
    });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${testApp.baseUrl}/graphql`, { method: 'POST', body: mutation, headers: { cookie: admin.cookie, 'content-type': type } });
      expect(response.status, type).toBe(400);
    }
  });

  it('wrote nothing for any cross-site request, and still serves', async () => {
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
    await health();
  });

  it('refuses an apply that no dry run of this file by this person allowed (DRY_RUN_REQUIRED, 428), before reading the file', async () => {
    const response = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', fileHash);
    expect(response.status).toBe(428);
    expect(response.body).toMatchObject({ code: 'DRY_RUN_REQUIRED', reason: 'missing' });
    // Another person's dry run of the same file does not allow this editor's apply.
    expect((await postImport(testApp.baseUrl, admin.cookie, file, 'dry-run')).status).toBe(200);
    expect((await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', fileHash)).body).toMatchObject({ code: 'DRY_RUN_REQUIRED' });
    // A hash computed from anything else is still refused first as a different file.
    expect((await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', 'f'.repeat(64))).body.code).toBe('IMPORT_CHANGED_SINCE_DRY_RUN');
    expect(await history()).toBe(before.action_status_update);
    await health();
  });

  it('accepts the dashboard’s own requests: header and own Origin, or header and the public URL as Origin (behind a proxy)', async () => {
    const own = await postForm(testApp.baseUrl, imanor.cookie, file, { mode: 'dry-run' }, { ...CSRF_HEADERS, origin: sameHost() });
    expect(own.status).toBe(200);
    const proxied = await postForm(testApp.baseUrl, imanor.cookie, file, { mode: 'dry-run' }, { ...CSRF_HEADERS, origin: PUBLIC_URL });
    expect(proxied.status).toBe(200);
  });

  it('refuses a dry run older than its lifetime (DRY_RUN_REQUIRED, expired)', async () => {
    await queryDatabase(testApp.databaseUrl, `UPDATE import_dry_run SET created_at = now() - interval '2 hours'`);
    const response = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', fileHash);
    expect(response.status).toBe(428);
    expect(response.body).toMatchObject({ code: 'DRY_RUN_REQUIRED', reason: 'expired' });
    expect(await history()).toBe(before.action_status_update);
  });

  it('applies once per recorded dry run: two applies at once save the file once, and a replay is refused', async () => {
    const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
    expect(dryRun.body).toMatchObject({ problems: 0 });
    const changes = dryRun.body.changes;
    expect(changes).toBeGreaterThan(0);
    const [first, second] = await Promise.all([
      postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash),
      postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 428]);
    expect([first, second].find((r) => r.status === 428)!.body.code).toBe('DRY_RUN_REQUIRED');
    expect(await history()).toBe(before.action_status_update + changes);

    const replay = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash);
    expect(replay.status).toBe(428);
    expect(replay.body).toMatchObject({ code: 'DRY_RUN_REQUIRED', reason: 'used' });
    expect(await history()).toBe(before.action_status_update + changes);
    await health();
  });

  it('sends the header name the dashboard sends', () => {
    expect(Object.keys(CSRF_HEADERS)).toEqual([CSRF_HEADER]);
  });
});
