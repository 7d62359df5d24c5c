import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

describe('no dead ends', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('offers « Mes actions » only to accounts of an organisation', async () => {
    const viewer = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    expect(await viewer.getByRole('navigation').getByRole('link', { name: 'Mes actions' }).count()).toBe(0);
    const editor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    expect(await editor.getByRole('navigation').getByRole('link', { name: 'Mes actions' }).count()).toBe(1);
    await viewer.close();
    await editor.close();
  });

  it('one language per person: the header and Preferences agree, and the saved language follows the person to another device', async () => {
    const laptop = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await laptop.locator('.language-switch select').selectOption('ar');
    await expect.poll(() => laptop.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await laptop.goto(`${inject('baseUrl')}/preferences`);
    const preference = laptop.getByTestId('preferences-form').locator('select');
    await expect.poll(() => preference.inputValue()).toBe('ar');

    // Another device (a fresh browser, French by default): after sign-in the interface is in the saved language.
    const phone = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await phone.locator('.language-switch select').inputValue()).toBe('ar');

    // Back to French from Preferences: the header agrees.
    await phone.goto(`${inject('baseUrl')}/preferences`);
    const form = phone.getByTestId('preferences-form');
    await expect.poll(() => form.locator('select').inputValue()).toBe('ar');
    await form.locator('select').selectOption('fr');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await phone.locator('.language-switch select').inputValue()).toBe('fr');
    await laptop.close();
    await phone.close();
  });

  it('Reports and Import keep the « as of » date, and the report is asked for that date by default', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await page.goto(`${inject('baseUrl')}/explorer?asOf=2026-06-30`);
    await page.getByRole('navigation').getByRole('link', { name: 'Importer' }).click();
    await page.waitForURL(/\/import/);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-06-30');
    await page.getByRole('navigation').getByRole('link', { name: 'Rapports' }).click();
    await page.waitForURL(/\/reports/);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-06-30');
    expect(await page.getByRole('radio', { name: 'À une date' }).isChecked()).toBe(true);
    expect(await page.locator('#report-date').inputValue()).toBe('2026-06-30');
    await page.close();
  });

  it('gives each route its own document title', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    const titles: string[] = [];
    for (const path of [
      '/',
      '/plan',
      '/explorer',
      '/timeline',
      '/infrastructure',
      '/actions/1-2.1.1',
      '/organisations/imanor',
      '/admin/users',
      '/reports',
      '/import',
      '/preferences',
      '/account',
    ]) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.locator('main h1').first().waitFor();
      titles.push(await page.title());
    }
    expect(titles[0]).toBe('Vue d’ensemble · PNQ Tracker');
    expect(titles[5]).toBe('1-2.1.1 · PNQ Tracker');
    expect(new Set(titles).size).toBe(titles.length);
    await page.close();
  });

  it('the secretariat’s digest leads to the overdue actions, not to a « Mes actions » it does not have', async () => {
    const admin = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    await admin.goto(`${inject('baseUrl')}/outbox`);
    await admin.getByLabel('Calculer les rappels à la date du').fill('2026-01-19'); // a Monday: the weekly summary
    await admin.getByRole('button', { name: 'Lancer les rappels' }).click();
    await admin.getByTestId('run-result').waitFor();
    await admin.reload();
    await admin.getByTestId('notification-bell').click();
    const panel = admin.getByTestId('notification-panel');
    await panel.locator('.bell__entry').first().waitFor();
    expect(await panel.getByRole('link', { name: 'Mes actions' }).count()).toBe(0);
    await panel.getByRole('link', { name: 'Voir les actions en retard dans l’explorateur' }).first().click();
    await admin.waitForURL(/\/explorer\?health=OVERDUE/);
    await admin.getByTestId('explorer-count').waitFor();
    await admin.close();
  });
});
