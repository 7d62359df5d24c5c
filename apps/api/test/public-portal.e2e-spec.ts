import { nextEditionDueOn, scanForLeaks } from '@pnq/domain';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCasablanca } from '../src/common/clock';
import { PublicSiteWriter } from '../src/modules/publication/public-site.writer';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * The public portal (issue 19): the secretariat previews then publishes a snapshot as of a date; its static pages and
 * open data are served under /public to anyone, with no database or GraphQL behind them; private texts never leak.
 */
interface Job {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  downloadUrl: string | null;
  error: { code: string; message: string } | null;
}

const MARK = 'fuite7731';
const PLANTED = {
  comment: `Note interne : le comité a reporté la réunion (${MARK})`,
  evidence: `https://preuves.example.org/pv-confidentiel-${MARK}.pdf`,
  email: `nadia.${MARK}@example.org`,
  indicatorComment: `Commentaire privé sur la valeur ${MARK}`,
};
const ACTION = '1-2.1.1';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every generated file as text (a workbook's XML parts unzipped). */
function textsOf(dir: string): { path: string; content: string }[] {
  return filesUnder(dir).flatMap((path) => {
    const name = relative(dir, path);
    if (!path.endsWith('.xlsx')) return [{ path: name, content: readFileSync(path, 'utf8') }];
    return Object.entries(unzipSync(readFileSync(path))).map(([part, bytes]) => ({ path: `${name}!/${part}`, content: strFromU8(bytes) }));
  });
}

describe('public portal: published snapshots, open data, no leaks', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let publicDir: string;

  const get = (path: string, init: RequestInit = {}) => fetch(`${testApp.baseUrl}${path}`, { redirect: 'manual', ...init });
  const text = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  async function waitForJob(id: string): Promise<Job> {
    for (;;) {
      const { data } = await admin.graphql<{ job: Job }>('query ($id: ID!) { job(id: $id) { id state downloadUrl error { code message } } }', { id });
      if (data!.job.state === 'DONE' || data!.job.state === 'FAILED') return data!.job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function publish(asOf: string, publish: boolean, edition?: Record<string, string>): Promise<Job> {
    const { data, errors } = await admin.graphql<{ requestPublicSnapshot: Job }>(
      'mutation ($i: PublishSnapshotInput!) { requestPublicSnapshot(input: $i) { id state downloadUrl error { code message } } }',
      { i: { asOf, publish, ...(edition ? { edition } : {}) } },
    );
    expect(errors).toBeUndefined();
    return waitForJob(data!.requestPublicSnapshot.id);
  }

  async function summaryOf(job: Job): Promise<Record<string, unknown>> {
    const response = await fetch(`${testApp.baseUrl}${job.downloadUrl}`, { headers: { cookie: admin.cookie } });
    return (await response.json()) as Record<string, unknown>;
  }

  async function updateStatus(status: string, progress: number, effectiveDate: string, comment: string, evidenceUrls: string[] = []) {
    const [{ version }] = await queryDatabase<{ version: number }>(testApp.databaseUrl, 'SELECT version FROM action WHERE ref = $1', [ACTION]);
    const { errors } = await admin.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: { ref: ACTION, status, progress, comment, effectiveDate, evidenceUrls, expectedVersion: version },
    });
    expect(errors).toBeUndefined();
  }

  async function recordIndicatorValue(date: string, source: string, comment: string) {
    const [indicator] = await queryDatabase<{ id: number; kind: string; version: number }>(
      testApp.databaseUrl,
      `SELECT i.id, i.kind, i.version FROM indicator i JOIN action a ON a.id = i.action_id WHERE a.ref = $1 ORDER BY i.id LIMIT 1`,
      [ACTION],
    );
    const measure = indicator.kind === 'QUANTITATIVE' ? { value: 3 } : { achieved: true };
    const { errors } = await admin.graphql('mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
      i: {
        indicatorId: indicator.id,
        date,
        source,
        comment,
        expectedVersion: indicator.version,
        evidenceUrls: [PLANTED.evidence.replace('.pdf', '-2.pdf')],
        ...measure,
      },
    });
    expect(errors).toBeUndefined();
  }

  beforeAll(async () => {
    publicDir = mkdtempSync(join(tmpdir(), 'pnq-public-'));
    testApp = await startTestApp({ config: { publicDir } });
    admin = await testApp.signIn('admin@pnq.local');
    // Private texts planted in the data: a status update's comment and evidence link, a comment naming an e-mail, an indicator value's comment.
    await updateStatus('IN_PROGRESS', 40, '2025-06-30', PLANTED.comment, [PLANTED.evidence]);
    const { errors } = await admin.graphql('mutation ($i: AddActionCommentInput!) { addActionComment(input: $i) { id } }', {
      i: { ref: ACTION, comment: `Contacter ${PLANTED.email} pour le procès-verbal` },
    });
    expect(errors).toBeUndefined();
    await recordIndicatorValue('2025-06-30', 'Rapport d’activité IMANOR 2025', PLANTED.indicatorComment);
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('serves nothing before the first publication, and keeps GraphQL closed to anonymous readers', async () => {
    expect((await get('/public/latest/fr/index.html')).status).toBe(404);
    const anonymous = await testApp.graphql('{ publicSnapshots { number } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const plan = await testApp.graphql('{ pillars { number } }');
    expect(plan.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await testApp.signIn('viewer@pnq.local');
    expect((await viewer.graphql('{ publicSnapshots { number } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('previews without publishing: a summary, nothing stored nor served', async () => {
    const job = await publish('2025-12-31', false);
    expect(job).toMatchObject({ state: 'DONE', error: null });
    const summary = await summaryOf(job);
    expect(summary).toMatchObject({ number: 1, asOf: '2025-12-31', published: false, url: null });
    expect(summary.fileCount as number).toBeGreaterThan(1000);
    const [{ n }] = await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM public_snapshot');
    expect(n).toBe(0);
    expect((await get('/public/latest/fr/index.html')).status).toBe(404);
  });

  it('publishes a snapshot: pages in French, Arabic (right to left) and English with alternates, description and Open Graph tags', async () => {
    const job = await publish('2025-12-31', true);
    expect(job).toMatchObject({ state: 'DONE', error: null });
    expect(await summaryOf(job)).toMatchObject({ number: 1, published: true, url: '/public/1/fr/index.html' });

    const fr = await text('/public/latest/fr/index.html');
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('Publication n° 1, situation au 31/12/2025');
    for (const lang of ['fr', 'ar', 'en'])
      expect(fr).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="http[^"]*/public/1/${lang}/index.html">`));
    expect(fr).toMatch(/<meta name="description" content="[^"]+">/);
    expect(fr).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(fr).not.toContain('<script');
    const ar = await text('/public/latest/ar/index.html');
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    const en = await text('/public/latest/en/actions/1-2.1.1.html');
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain('In progress');
    expect(en).toContain('40\u00a0%');
  });

  it('serves per-snapshot addresses for a year and "latest" for five minutes, files only, with no cookie', async () => {
    const stable = await get('/public/1/fr/index.html');
    expect(stable.status).toBe(200);
    expect(stable.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(stable.headers.get('set-cookie')).toBeNull();
    const latest = await get('/public/latest/fr/index.html');
    expect(latest.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await get('/public')).headers.get('location')).toBe('/public/latest/fr/index.html');
    expect((await get('/public/latest/fr/')).status).toBe(200);
    for (const path of [
      '/public/1/data/',
      '/public/1/.complete',
      '/public/1/%2e%2e/latest.json',
      '/public/latest.json',
      '/public/1/..%2f..%2f..%2fetc%2fpasswd',
      '/public/x/fr/index.html',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/public/1/fr/index.html', { method: 'POST' })).status).toBe(405);
  });

  it('finds no private text in any generated file although a comment, an e-mail and evidence links were planted', () => {
    const texts = textsOf(join(publicDir, '1'));
    expect(texts.length).toBeGreaterThan(1000);
    const hits = scanForLeaks(texts, [
      { kind: 'COMMENT', text: PLANTED.comment },
      { kind: 'COMMENT', text: PLANTED.indicatorComment },
      { kind: 'EMAIL', text: PLANTED.email },
      { kind: 'EVIDENCE_LINK', text: PLANTED.evidence },
      { kind: 'EMAIL', text: 'admin@pnq.local' },
    ]);
    expect(hits).toEqual([]);
    expect(texts.map((t) => t.content).join('\n')).not.toContain(MARK);
  });

  it('names each column of every table once, in every page and language (a reference and its title are two columns)', () => {
    const pages = textsOf(join(publicDir, '1')).filter((file) => file.path.endsWith('.html'));
    const repeated = pages.flatMap(({ path, content }) =>
      [...content.matchAll(/<thead>(.*?)<\/thead>/gs)].flatMap(([, head]) => {
        const names = [...head.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map(([, cell]) => cell.replace(/<[^>]*>/g, '').trim());
        return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${path}: « ${name} »`);
      }),
    );
    expect(pages.filter(({ content }) => content.includes('<thead>')).length).toBeGreaterThan(100);
    expect(repeated).toEqual([]);
  });

  it('gives the same figures in the open-data CSV, JSON and XLSX as in the snapshot', async () => {
    const json = JSON.parse(await text('/public/1/data/pnq-snapshot.json')) as {
      totals: { actions: number; completed: number };
      actions: { ref: string; status: string; progress: number }[];
    };
    const csv = (await text('/public/1/data/pnq-actions.csv')).trim().split('\r\n');
    const header = csv[0].split(',');
    expect(csv.length - 1).toBe(json.totals.actions);
    const row = csv.find((line) => line.startsWith(`${ACTION},`))!;
    expect(row).toContain(',IN_PROGRESS,');
    expect(json.actions.find((a) => a.ref === ACTION)).toMatchObject({ status: 'IN_PROGRESS', progress: 40 });
    const completedInCsv = csv.slice(1).filter((line) => line.includes(',COMPLETED,')).length;
    expect(completedInCsv).toBe(json.totals.completed);
    const xlsx = Buffer.from(await (await get('/public/1/data/pnq-snapshot.xlsx')).arrayBuffer());
    const sheet = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']);
    expect((sheet.match(/<row /g) ?? []).length - 1).toBe(json.totals.actions);
    expect(header).toContain('progress');
    const dataset = JSON.parse(await text('/public/1/data/dataset.jsonld')) as { '@type': string[]; distribution: { contentUrl: string }[]; license: string };
    expect(dataset['@type']).toEqual(['Dataset', 'dcat:Dataset']);
    expect(dataset.distribution.map((d) => d.contentUrl.split('/public/')[1])).toContain('1/data/pnq-actions.csv');
    expect(dataset.license).toContain('creativecommons.org/licenses/by/4.0');
    expect(await text('/public/1/fr/downloads.html')).toContain('Dictionnaire des données');
  });

  it('shows a status update made after publication only once it is published again, keeping the earlier snapshot online', async () => {
    await updateStatus('COMPLETED', 100, '2025-09-30', 'Décret adopté');
    expect(await text('/public/latest/fr/actions/1-2.1.1.html')).toContain('En cours');
    const job = await publish('2025-12-31', true);
    expect(job).toMatchObject({ state: 'DONE', error: null });
    const now = await text('/public/latest/fr/actions/1-2.1.1.html');
    expect(now).toContain('Terminée');
    expect(await text('/public/1/fr/actions/1-2.1.1.html')).toContain('En cours');
    const home = await text('/public/latest/fr/index.html');
    expect(home).toContain('Ce qui a changé depuis la publication du 31/12/2025');
    expect(home).toContain('actions/1-2.1.1.html');
    expect(await text('/public/latest/fr/archive.html')).toContain('../../1/fr/index.html');
  });

  it('publishes a numbered edition of the quality dashboard with its criteria, period, sources, method and next due date', async () => {
    const criterion = await admin.graphql('mutation ($i: RecordQualityCriterionInput!) { recordQualityCriterion(input: $i) { key version } }', {
      i: { key: 'normes', label: 'Normalisation', description: 'Stock de normes marocaines en vigueur', figureKeys: ['moroccan-standards-in-force'] },
    });
    expect(criterion.errors).toBeUndefined();
    const bad = await admin.graphql('mutation ($i: PublishSnapshotInput!) { requestPublicSnapshot(input: $i) { id } }', {
      i: { asOf: '2025-12-31', publish: true, edition: { periodStart: '2025-01-01', periodEnd: '2024-12-31', sources: 'IMANOR', method: 'x' } },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_QUALITY_EDITION');
    const job = await publish('2025-12-31', true, {
      periodStart: '2024-01-01',
      periodEnd: '2025-12-31',
      sources: 'IMANOR, rapports d’activité',
      method: 'Valeurs au 31 décembre',
    });
    expect(job).toMatchObject({ state: 'DONE', error: null });
    const page = await text('/public/latest/fr/tableau-de-bord.html');
    expect(page).toContain('Édition n° 1');
    expect(page).toContain('Stock de normes marocaines en vigueur');
    expect(page).toContain('Normes marocaines en vigueur');
    const [y, m, d] = nextEditionDueOn(todayInCasablanca()).split('-');
    expect(page).toContain(`${d}/${m}/${y}`);
    const { data } = await admin.graphql<{ qualityDashboard: { nextEditionNumber: number; editions: { number: number; snapshotNumber: number }[] } }>(
      '{ qualityDashboard { nextEditionNumber editions { number snapshotNumber } } }',
    );
    expect(data!.qualityDashboard).toMatchObject({ nextEditionNumber: 2, editions: [{ number: 1, snapshotNumber: 3 }] });
  });

  it('copies every snapshot to a folder a static host can serve as is (npm run public:export), and writes a wiped public folder again', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pnq-static-'));
    try {
      expect(await testApp.app.get(PublicSiteWriter).exportTo(out)).toBe(3);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('latest/fr/index.html');
      expect(readFileSync(join(out, 'latest/fr/actions/1-2.1.1.html'), 'utf8')).toContain('Terminée');
      expect(readFileSync(join(out, '1/fr/actions/1-2.1.1.html'), 'utf8')).toContain('En cours');
      expect(readFileSync(join(out, 'latest/ar/index.html'), 'utf8')).toContain('dir="rtl"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    rmSync(join(publicDir, '2'), { recursive: true, force: true });
    expect((await get('/public/2/fr/index.html')).status).toBe(404);
    await testApp.app.get(PublicSiteWriter).materialise();
    expect((await get('/public/2/fr/index.html')).status).toBe(200);
  });

  it('refuses to publish, with PUBLIC_SNAPSHOT_LEAK and nothing stored, when a public field would carry an e-mail address', async () => {
    await recordIndicatorValue('2025-07-31', `Transmis par ${PLANTED.email}`, 'rien');
    const before = statSync(join(publicDir, 'latest.json')).mtimeMs;
    const job = await publish('2025-12-31', true);
    expect(job.state).toBe('FAILED');
    expect(job.error?.code).toBe('PUBLIC_SNAPSHOT_LEAK');
    const [{ n }] = await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM public_snapshot');
    expect(n).toBe(3);
    expect(statSync(join(publicDir, 'latest.json')).mtimeMs).toBe(before);
  });

  it('refuses to publish, with PUBLIC_SNAPSHOT_LEAK, when a private comment was copied into a published field', async () => {
    await recordIndicatorValue('2025-08-31', PLANTED.comment, 'rien');
    const job = await publish('2025-12-31', false);
    expect(job.error?.code).toBe('PUBLIC_SNAPSHOT_LEAK');
  });
});
