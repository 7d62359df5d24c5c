import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';

describe('reports, exports and imports in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('asks for the yearly report as PDF, shows its progress while the server builds it, then downloads it, from an accessible page', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await page.getByRole('link', { name: 'Rapports' }).click();
    await page.getByRole('heading', { name: 'Rapport annuel d’avancement' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Année', { exact: true }).selectOption('2025');
    await page.getByLabel('Format').selectOption('pdf');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le rapport' }).click();
    // The report is a job on the server: the page shows its place in the queue or what is being done, with a progress bar.
    const progress = page.getByTestId('report-progress');
    await expect
      .poll(() => progress.textContent(), { timeout: 30_000 })
      .toMatch(/file d’attente|Calcul des chiffres|Mise en page|Rendu du document|Enregistrement/);
    expect(await progress.locator('progress').count()).toBe(1);
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('rapport-annuel-pnq-2025.pdf');
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByText('Rapport téléchargé : rapport-annuel-pnq-2025.pdf').waitFor();
    await screenshot(page, 'reports-downloaded');
    await page.close();
  });

  it('offers the report in French (the official edition, by default), Arabic and English, and downloads the edition asked for', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await page.goto(`${inject('baseUrl')}/reports`);
    await page.getByRole('heading', { name: 'Rapport annuel d’avancement' }).waitFor();
    const language = page.getByLabel('Langue du rapport');
    expect(await language.inputValue()).toBe('fr');
    expect(await language.locator('option:checked').textContent()).toBe('Français — édition officielle');
    await page.getByLabel('Année', { exact: true }).selectOption('2025');
    await language.selectOption('ar');
    // Waits as long as the page does for a report built on a busy server (the queue builds one report at a time).
    const downloaded = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Télécharger le rapport' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('rapport-annuel-pnq-2025-ar.pdf');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('lets the secretariat mark a closed year’s report final, then anyone downloads its official edition with its fingerprint', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    await page.goto(`${inject('baseUrl')}/reports`);
    await page.getByRole('heading', { name: 'Éditions officielles' }).waitFor();
    await page.getByLabel('Année close').selectOption('2024');
    await page.getByRole('button', { name: 'Marquer le rapport 2024 comme définitif' }).click();
    await page.getByText('L’édition officielle est enregistrée.').waitFor({ timeout: 60_000 });
    const editions = page.getByTestId('report-editions');
    await editions.getByText('Rapport 2024').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reports-official-edition');
    await page.close();

    const reader = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await reader.goto(`${inject('baseUrl')}/reports`);
    const link = reader.getByRole('link', { name: 'rapport-annuel-pnq-2024.pdf' });
    const fingerprint = (await reader.getByTestId('report-editions').locator('li li', { has: link }).locator('code').textContent())!;
    const [download] = await Promise.all([reader.waitForEvent('download'), link.click()]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(fingerprint);
    await reader.close();
  });

  it('exports the explorer’s filtered view to Excel', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await page.goto(`${inject('baseUrl')}/explorer?asOf=2026-01-01&pillar=2`);
    await page.getByTestId('explorer-table').waitFor();
    const link = page.getByRole('link', { name: 'Exporter en Excel (.xlsx)' });
    expect(await link.getAttribute('href')).toBe('/exports/actions.xlsx?pillar=2&asOf=2026-01-01');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('actions-pnq-2026-01-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const count = Number((await page.getByTestId('explorer-count').textContent())!.replace(/\D/g, ''));
    expect(workbook.getWorksheet('Actions')!.rowCount - 1).toBe(count);
    await page.close();
  });

  it('lets an editor download the template, check an edited copy row by row and apply it', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await page.getByRole('link', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Mise à jour par fichier Excel' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le modèle (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mise-a-jour-pnq-semac-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const notASpreadsheet = join(tmpdir(), 'pnq-not-a-spreadsheet.xlsx');
    writeFileSync(notASpreadsheet, 'Réf.;Statut\n4-1.1.1;Terminée\n');
    await page.getByLabel('Fichier (.xlsx, 5 Mo au plus)').setInputFiles(notASpreadsheet);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    expect(await page.getByTestId('import-error').textContent()).toBe('Ce fichier n’est pas un classeur Excel (.xlsx).'); // in French, by its code (issue 21.5)

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Actions')!;
    const ref = String(sheet.getRow(2).getCell(1).value);
    sheet.getRow(2).getCell(7).value = 'En cours';
    sheet.getRow(2).getCell(8).value = 30;
    sheet.getRow(2).getCell(9).value = 'Audit à blanc réalisé';
    sheet.getRow(2).getCell(10).value = '2025-11-30';
    sheet.getRow(3).getCell(8).value = 250;
    sheet.getRow(3).getCell(9).value = 'Erreur de saisie';
    const edited = join(tmpdir(), 'pnq-semac-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    await page.getByLabel('Fichier (.xlsx, 5 Mo au plus)').setInputFiles(edited);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByTestId('import-rows').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('prêts : 1 changement ; à corriger : 1 ligne');
    expect(await page.getByTestId('import-rows').textContent()).toContain('l’avancement doit être un nombre entier de 0 à 100.');
    expect(await page.getByRole('button', { name: 'Enregistrer 1 changement' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-dry-run-with-problem');

    sheet.getRow(3).getCell(8).value = 0;
    sheet.getRow(3).getCell(9).value = null;
    const fixed = join(tmpdir(), 'pnq-semac-fixed.xlsx');
    await workbook.xlsx.writeFile(fixed);
    await page.getByLabel('Fichier (.xlsx, 5 Mo au plus)').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('prêts : 1 changement ; à corriger : 0 ligne');
    await page.getByRole('button', { name: 'Enregistrer 1 changement' }).click();
    await page.getByText('Enregistrés : 1 changement.').waitFor();
    await page.goto(`${inject('baseUrl')}/actions/${ref}`);
    await page.getByText('Audit à blanc réalisé').waitFor();
    await page.close();
  });
});
