import { PrivateText, scanForLeaks } from '@pnq/domain';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { runSql } from './support/database';
import { signedInPage } from './support/sign-in';

/**
 * The public portal (issue 19), as the public reads it: no cookie, JavaScript on or off, in French, Arabic (right
 * to left) and English — and as the secretariat publishes it. Planted private texts never reach a public file.
 */
const ACTION = '5-2.5.1';
const MARK = 'portail9142';
const PLANTED: PrivateText[] = [
  { kind: 'COMMENT', text: `Réunion interne annulée, ne pas diffuser (${MARK})` },
  { kind: 'EVIDENCE_LINK', text: `https://preuves.example.org/compte-rendu-${MARK}.pdf` },
  { kind: 'EMAIL', text: `secretariat.${MARK}@example.org` },
];

describe('the public portal in the browser', () => {
  let browser: Browser;
  let admin: Page;
  const baseUrl = inject('baseUrl');

  async function graphql(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const response = await admin.request.post(`${baseUrl}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function updateStatus(status: string, progress: number, effectiveDate: string, comment: string, evidenceUrls: string[] = []) {
    const [{ version }] = (await runSql(inject('databaseUrl'), 'SELECT version FROM action WHERE ref = $1', [ACTION])) as { version: number }[];
    await graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: { ref: ACTION, status, progress, comment, effectiveDate, evidenceUrls, expectedVersion: version },
    });
  }

  /** Publishes through the secretariat's screen and waits for the page to say it is online. */
  async function publishFromScreen(number: number) {
    await admin.goto(`${baseUrl}/publication`);
    await admin.getByRole('heading', { name: 'Portail public et Tableau de bord qualité' }).waitFor();
    await admin.getByLabel('Date de la photo publiée').fill('2025-12-31');
    await admin.getByRole('button', { name: 'Publier' }).click();
    await admin.getByText(`Publication n° ${number} en ligne.`).waitFor({ timeout: 120_000 });
  }

  /** A fresh visitor: no cookie, JavaScript on or off. */
  async function visitor(javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInPage(browser, baseUrl, 'admin@pnq.local');
    await updateStatus('IN_PROGRESS', 30, '2025-06-30', PLANTED[0].text, [PLANTED[1].text]);
    await graphql('mutation ($i: AddActionCommentInput!) { addActionComment(input: $i) { id } }', {
      i: { ref: ACTION, comment: `Écrire à ${PLANTED[2].text} pour les chiffres` },
    });
  });
  afterAll(() => browser?.close());

  it('lets the secretariat preview, then publish, from an accessible screen', async () => {
    await admin.goto(`${baseUrl}/publication`);
    await admin.getByRole('heading', { name: 'Portail public et Tableau de bord qualité' }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByLabel('Date de la photo publiée').fill('2025-12-31');
    await admin.getByRole('button', { name: 'Prévisualiser' }).click();
    await admin.getByText(/Aperçu de la publication n° 1 : .* Aucune fuite détectée\./).waitFor({ timeout: 120_000 });
    expect((await runSql(inject('databaseUrl'), 'SELECT count(*)::int AS n FROM public_snapshot'))[0].n).toBe(0);
    await publishFromScreen(1);
    await admin.getByTestId('public-snapshots').getByRole('row').nth(1).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'public-portal-secretariat');
  }, 300_000); // two jobs rendering every page: minutes on a loaded machine

  it('shows the home and an action page without a cookie in French, Arabic (right to left) and English, with JavaScript off too', async () => {
    for (const javaScript of [false, true]) {
      const page = await visitor(javaScript);
      for (const [lang, dir, heading, status] of [
        ['fr', 'ltr', 'Chiffres clés', 'En cours'],
        ['ar', 'rtl', 'أرقام رئيسية', 'قيد الإنجاز'],
        ['en', 'ltr', 'Key figures', 'In progress'],
      ]) {
        const home = await page.goto(`${baseUrl}/public/latest/${lang}/index.html`);
        expect(home?.status()).toBe(200);
        expect(await page.getAttribute('html', 'dir')).toBe(dir);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await page.getByRole('heading', { name: heading }).waitFor();
        expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(4);
        expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
        if (javaScript) {
          expect(await seriousViolations(page)).toEqual([]);
          await screenshot(page, `public-home-${lang}`);
        }
        await page.goto(`${baseUrl}/public/latest/${lang}/actions/${ACTION}.html`);
        await page.getByRole('heading', { level: 1, name: new RegExp(ACTION) }).waitFor();
        expect(await page.locator('dd', { hasText: status }).count()).toBeGreaterThan(0);
        if (javaScript) expect(await seriousViolations(page)).toEqual([]);
      }
      expect(await page.context().cookies()).toEqual([]);
      await page.context().close();
    }
  });

  it('finds none of the planted comment, e-mail and evidence link in any generated file', async () => {
    const paths = (await runSql(inject('databaseUrl'), 'SELECT path FROM public_file WHERE snapshot_number = 1 ORDER BY path')) as { path: string }[];
    expect(paths.length).toBeGreaterThan(1000);
    const files: { path: string; content: string }[] = [];
    for (const { path } of paths) {
      const response = await fetch(`${baseUrl}/public/1/${path}`);
      expect(response.status, path).toBe(200);
      if (!path.endsWith('.xlsx')) files.push({ path, content: await response.text() });
      else
        for (const [part, bytes] of Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer()))))
          files.push({ path: `${path}!/${part}`, content: strFromU8(bytes) });
    }
    expect(scanForLeaks(files, PLANTED)).toEqual([]);
    expect(files.some((file) => file.content.includes(MARK))).toBe(false);
  });

  it('gives the same figures on the home page and in the open-data CSV, JSON and XLSX', async () => {
    const page = await visitor(false);
    await page.goto(`${baseUrl}/public/1/fr/index.html`);
    const figure = async (label: string) =>
      Number((await page.locator('.figures li', { hasText: label }).first().locator('strong').textContent())!.replace(/\D/g, ''));
    const json = (await (await fetch(`${baseUrl}/public/1/data/pnq-snapshot.json`)).json()) as { totals: { actions: number; completed: number } };
    const csv = (await (await fetch(`${baseUrl}/public/1/data/pnq-actions.csv`)).text()).trim().split('\r\n').slice(1);
    const sheet = strFromU8(
      unzipSync(new Uint8Array(await (await fetch(`${baseUrl}/public/1/data/pnq-snapshot.xlsx`)).arrayBuffer()))['xl/worksheets/sheet1.xml'],
    );
    expect(await figure('Actions')).toBe(json.totals.actions);
    expect(await figure('Terminées')).toBe(json.totals.completed);
    expect(csv.length).toBe(json.totals.actions);
    expect(csv.filter((line) => line.includes(',COMPLETED,')).length).toBe(json.totals.completed);
    expect((sheet.match(/<row /g) ?? []).length - 1).toBe(json.totals.actions);
    expect(csv.find((line) => line.startsWith(`${ACTION},`))).toContain(',IN_PROGRESS,');
    await page.context().close();
  });

  it('keeps a status update made after publication out of the public pages until the next publication', async () => {
    await updateStatus('COMPLETED', 100, '2025-11-30', 'Tableau de bord défini');
    let page = await visitor(false);
    await page.goto(`${baseUrl}/public/latest/fr/actions/${ACTION}.html`);
    expect(await page.locator('dd', { hasText: 'Terminée' }).count()).toBe(0);
    await publishFromScreen(2);
    await page.context().close();
    page = await visitor(false); // "latest" may be cached five minutes: a new visitor, as one arriving after the publication
    await page.goto(`${baseUrl}/public/latest/fr/actions/${ACTION}.html`);
    await page.locator('dd', { hasText: 'Terminée' }).first().waitFor();
    await page.goto(`${baseUrl}/public/1/fr/actions/${ACTION}.html`);
    await page.locator('dd', { hasText: 'En cours' }).first().waitFor();
    await page.goto(`${baseUrl}/public/latest/fr/index.html`);
    await page.getByRole('link', { name: ACTION }).first().waitFor(); // listed under « what changed »
    await page.context().close();
  }, 300_000);
});
