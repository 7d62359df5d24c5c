import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';
import { holdAnswers } from './support/slow-answers';

/** 2-4.1.2: IMANOR owns it. */
const ACTION = '/actions/2-4.1.2';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>document.title="pwned"</script></svg>');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What a signed-in page gets from a URL of the API: status and SHA-256 of the body (fetched in the page, with its cookie). */
async function fetchInPage(page: Page, url: string): Promise<{ status: number; hex: string }> {
  return page.evaluate(async (href) => {
    const response = await fetch(href, { credentials: 'same-origin' });
    const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
    return { status: response.status, hex: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
  }, url);
}

describe('evidence files on an action', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets an owner attach a PDF to a status update, a viewer download it byte-identical, and the owner withdraw it with a reason', async () => {
    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await imanor.goto(`${inject('baseUrl')}${ACTION}`);
    const form = imanor.locator('form.update-form');
    await form.waitFor();
    await holdAnswers(imanor, 'ActionPage', 5_000); // a slow server: see the indicator value's test
    await form.getByLabel('Commentaire (ce qui a changé)').fill('Convention signée avec le partenaire');
    await form.getByLabel('Joindre des fichiers').setInputFiles({ name: 'convention signée.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await form.getByTestId('evidence-uploads').getByText('convention signée.pdf : envoyé').waitFor();
    const entry = imanor.getByTestId('history').getByRole('listitem').filter({ hasText: 'Convention signée avec le partenaire' });
    const link = entry.getByRole('link', { name: 'Télécharger convention signée.pdf' });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(await seriousViolations(imanor)).toEqual([]);

    const viewer = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await viewer.goto(`${inject('baseUrl')}${ACTION}`);
    await viewer.getByTestId('history').getByRole('link', { name: 'Télécharger convention signée.pdf' }).first().waitFor();
    expect(await viewer.getByRole('button', { name: 'Retirer' }).count()).toBe(0);
    expect(await fetchInPage(viewer, href)).toEqual({ status: 200, hex: sha256(PDF) });
    const count = async () => Number(/\((\d+)\)/.exec((await viewer.getByTestId('evidence-count').textContent()) ?? '')?.[1]);
    const offered = await count();
    expect(offered).toBeGreaterThan(0);

    await entry.getByRole('button', { name: 'Retirer' }).click();
    await entry.getByLabel('Motif du retrait de convention signée.pdf').fill('Version non signée');
    await entry.getByRole('button', { name: 'Retirer le fichier' }).click();
    await entry.getByText(/Retiré le .* : Version non signée/).waitFor();
    expect(await entry.getByRole('link', { name: 'Télécharger convention signée.pdf' }).count()).toBe(0);
    expect((await fetchInPage(viewer, href)).status).toBe(410);
    await viewer.reload();
    await viewer.getByTestId('evidence-count').waitFor();
    expect(await count()).toBe(offered - 1); // the action page counts the files it offers
    await viewer
      .getByTestId('history')
      .getByText(/Retiré le .* : Version non signée/)
      .waitFor(); // the history says so
    await screenshot(imanor, 'evidence-withdrawn');
    await viewer.close();
    await imanor.close();
  });

  it('refuses an SVG carrying a script with its reason, and previews a photo sent from a phone', async () => {
    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await imanor.setViewportSize({ width: 390, height: 844 });
    await imanor.goto(`${inject('baseUrl')}${ACTION}`);
    const section = imanor.locator('section.evidence');
    await section.waitFor();
    const input = section.getByLabel('Joindre des fichiers');
    expect(await input.getAttribute('accept')).toContain('image/jpeg');
    expect(await input.getAttribute('capture')).toBeNull(); // the phone offers its photos, not only the camera

    await input.setInputFiles({ name: 'schema.svg', mimeType: 'image/svg+xml', buffer: SVG });
    await section.getByRole('button', { name: 'Joindre à l’action' }).click();
    await section.getByRole('alert').getByText('schema.svg : refusé — Ce fichier n’est pas un document ou une image accepté').waitFor();
    expect(await section.getByText('schema.svg', { exact: true }).count()).toBe(0);

    await input.setInputFiles({ name: 'photo atelier.png', mimeType: 'image/png', buffer: PNG });
    await section.getByRole('button', { name: 'Joindre à l’action' }).click();
    const preview = section.getByRole('img', { name: 'Aperçu de photo atelier.png' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await imanor.title()).not.toBe('pwned');
    await screenshot(imanor, 'evidence-phone');
    await imanor.close();
  });

  it('lets an owner attach a file to an indicator value, listed with the action’s files', async () => {
    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await imanor.goto(`${inject('baseUrl')}${ACTION}`);
    const card = imanor.getByTestId('indicator-1');
    await card.waitFor();
    // A slow server: the reload the saved value starts is still on its way when the upload ends.
    await holdAnswers(imanor, 'ActionPage', 5_000);
    await card.locator('summary').first().click();
    const amount = card.locator('input[inputmode="decimal"]');
    if (await amount.count()) await amount.fill('3');
    await card.getByLabel('Joindre des fichiers').setInputFiles({ name: 'registre.pdf', mimeType: 'application/pdf', buffer: PDF });
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await card.getByTestId('evidence-uploads').getByText('registre.pdf : envoyé').waitFor();
    // Listed once the page has reloaded the action after the upload — not by the reload that was already on its way.
    await imanor.locator('section.evidence').getByRole('link', { name: 'Télécharger registre.pdf' }).waitFor({ timeout: 30_000 });
    await imanor.close();
  });

  it('shows a file sent with a comment under that comment, even when the server answers slowly', async () => {
    const semac = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await semac.goto(`${inject('baseUrl')}${ACTION}`);
    const box = semac.getByLabel('Votre commentaire');
    await box.waitFor();
    await holdAnswers(semac, 'ActionDiscussion', 5_000);
    await box.fill('Compte rendu de l’atelier joint');
    await semac
      .locator('section.discussion')
      .getByLabel('Joindre des fichiers')
      .setInputFiles({ name: 'compte rendu.pdf', mimeType: 'application/pdf', buffer: PDF });
    await semac.getByRole('button', { name: 'Publier' }).click();
    await semac.locator('section.discussion').getByTestId('evidence-uploads').getByText('compte rendu.pdf : envoyé').waitFor();
    const entry = semac.getByTestId('discussion-entry').filter({ hasText: 'Compte rendu de l’atelier joint' });
    await entry.getByRole('link', { name: 'Télécharger compte rendu.pdf' }).waitFor({ timeout: 30_000 });
    await semac.close();
  });
});
