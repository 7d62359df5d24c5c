import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { openAs, pageGraphql as graphql } from './support/open-as';

/** The elements of the screen (the shell aside) that stick out of the viewport's width, outside boxes that scroll by themselves. */
function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((e) => !e.closest('.table-scroll'))
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ').join('.')}`),
  );
}

describe('steering sessions in the dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the secretariat records a session (its "since" is the previous plenary) and a decision the responsible organisation then finds in "My actions"', async () => {
    const admin = await openAs(browser, 'admin@pnq.local', '/steering');
    await admin.page.getByRole('heading', { name: 'Séances du CSNCA et de ses comités' }).waitFor();
    await graphql(admin.page, 'mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id } }', {
      i: { body: 'CSNCA_PLENARY', heldOn: '2026-03-05', place: 'Rabat', agenda: [], attendingOrganisationKeys: [] },
    });
    const form = admin.page.getByTestId('session-form');
    await form.getByRole('combobox', { name: /^Instance/ }).selectOption('CSNCA_PLENARY');
    await form.getByLabel('Date de la séance').fill('2026-10-01');
    await form.getByLabel('Lieu').fill('Rabat, ministère de l’Industrie et du Commerce');
    await form.getByLabel('Ordre du jour (un point par ligne)').fill('Décisions de la séance précédente\nDemandes de révision');
    await form.getByLabel('Organisations présentes').selectOption(['imanor', 'semac']);
    await form.getByRole('button', { name: 'Enregistrer la séance' }).click();
    await form.getByText('Séance enregistrée.').waitFor();
    const row = admin.page.getByTestId('steering-sessions').locator('tr', { hasText: '1 oct. 2026' });
    expect(await row.textContent()).toContain('5 mar. 2026');
    expect(await seriousViolations(admin.page)).toEqual([]);

    await row.getByRole('link').click();
    await admin.page.getByRole('heading', { name: /CSNCA — séance plénière — 1 oct\. 2026/ }).waitFor();
    expect(await admin.page.getByTestId('session-since').textContent()).toContain('5 mar. 2026');
    const decision = admin.page.getByTestId('decision-form');
    await decision.getByLabel('Texte de la décision').fill('IMANOR présente un plan de rattrapage des normes en retard.');
    await decision.getByLabel('Échéance (facultative : la décision est alors suivie)').fill('2026-11-15');
    await decision.getByLabel('Organisation responsable').selectOption('imanor');
    await decision.getByLabel('Actions concernées (références)').fill('1-5.3.1');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decision.getByText('Décision enregistrée.').waitFor();
    await admin.page.getByTestId('decisions').getByText('plan de rattrapage').waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);
    await admin.context.close();

    // The responsible organisation sees it in "My actions", overdue after its due date, and records its follow-up.
    const owner = await openAs(browser, 'imanor@pnq.local', '/my-actions?asOf=2026-11-20');
    const mine = owner.page.getByTestId('my-decisions');
    const line = mine.locator('tr', { hasText: 'plan de rattrapage' });
    await line.waitFor();
    expect(await line.textContent()).toContain('En retard');
    // Its follow-up is recorded today (the form's effective date).
    await owner.page.goto(`${inject('baseUrl')}/my-actions`);
    await mine.locator('tr', { hasText: 'plan de rattrapage' }).getByRole('button', { name: 'Mettre à jour le suivi' }).waitFor();
    await mine.locator('tr', { hasText: 'plan de rattrapage' }).getByRole('button', { name: 'Mettre à jour le suivi' }).click();
    const update = owner.page.getByTestId('decision-update-form');
    await update.getByLabel('Statut').selectOption('IN_PROGRESS');
    await update.getByLabel('Avancement (%)').fill('40');
    await update.getByLabel('Commentaire (obligatoire)').fill('Plan en cours de rédaction.');
    await update.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect.poll(async () => (await mine.locator('tr', { hasText: 'plan de rattrapage' }).textContent()) ?? '').toContain('40');
    expect(await seriousViolations(owner.page)).toEqual([]);
    await owner.context.close();
  });

  it('compares two dates: the changes made in between, linked to each action, agreeing with the API’s figures', async () => {
    const admin = await openAs(browser, 'admin@pnq.local', '/steering');
    await admin.page.getByRole('heading', { name: 'Séances du CSNCA et de ses comités' }).waitFor();
    const action = await graphql<{ action: { version: number } }>(admin.page, '{ action(ref: "3-1.1.1") { version } }');
    await graphql(admin.page, 'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: {
        ref: '3-1.1.1',
        status: 'COMPLETED',
        progress: 100,
        comment: 'Terminée (test de comparaison).',
        effectiveDate: '2026-03-02',
        expectedVersion: action.action.version,
      },
    });
    const api = await graphql<{ planChanges: { total: { completed: number; statusMoved: number } } }>(
      admin.page,
      '{ planChanges(from: "2025-12-31", to: "2026-06-30") { total { completed statusMoved } } }',
    );
    await admin.page.goto(`${inject('baseUrl')}/changes?from=2025-12-31&asOf=2026-06-30`);
    await admin.page.getByRole('heading', { name: 'Ce qui a changé entre deux dates' }).waitFor();
    const row = admin.page.getByTestId('changes-actions').locator('tr', { hasText: '3-1.1.1' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Terminées');
    const totals = admin.page.getByTestId('changes-by-pillar').locator('tr', { hasText: 'Ensemble du plan' }).locator('td');
    expect(await totals.nth(0).textContent()).toBe(String(api.planChanges.total.completed));
    expect(await totals.nth(3).textContent()).toBe(String(api.planChanges.total.statusMoved));
    expect(await seriousViolations(admin.page)).toEqual([]);
    await row.getByRole('link', { name: '3-1.1.1' }).click();
    await admin.page.getByRole('heading', { name: /3-1\.1\.1/ }).waitFor();
    await admin.context.close();
  });

  it('a committee member downloads the session’s meeting pack (PDF) and its minutes (Word), built by the server as jobs', async () => {
    const admin = await openAs(browser, 'admin@pnq.local', '/steering');
    await admin.page.getByRole('heading', { name: 'Séances du CSNCA et de ses comités' }).waitFor();
    const recorded = await graphql<{ recordSteeringSession: { id: string } }>(
      admin.page,
      'mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id } }',
      {
        i: {
          body: 'METROLOGY_COMMITTEE',
          heldOn: '2026-05-20',
          place: 'Rabat',
          agenda: ['Point sur la métrologie légale'],
          attendingOrganisationKeys: ['imanor'],
        },
      },
    );
    await admin.context.close();

    const member = await openAs(browser, 'viewer@pnq.local', `/steering/${recorded.recordSteeringSession.id}`);
    await member.page.getByRole('heading', { name: /Comité de métrologie — 20 mai 2026/ }).waitFor({ timeout: 30_000 });
    expect(await seriousViolations(member.page)).toEqual([]);
    const fetch = async (page: Page, button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button }).click()]);
      return {
        name: download.suggestedFilename(),
        head: readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString(),
      };
    };
    expect(await fetch(member.page, 'Dossier de séance (PDF)')).toEqual({ name: 'dossier-de-seance-2026-05-20.pdf', head: '%PDF-' });
    await member.page.getByText('Document téléchargé : dossier-de-seance-2026-05-20.pdf').waitFor();
    expect((await fetch(member.page, 'Procès-verbal (Word)')).name).toBe('proces-verbal-2026-05-20.docx');
    expect(await member.page.getByRole('button', { name: 'Dossier de séance (Word)' }).isEnabled()).toBe(true);
    await member.context.close();
  });

  it('reads on a 360 px phone, in French and in Arabic: the sessions, a session with its documents, the changes — nothing scrolls sideways, axe clean', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/steering', 360);
    const recorded = await graphql<{ recordSteeringSession: { id: string } }>(
      page,
      'mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id } }',
      {
        i: {
          body: 'ACCREDITATION_COMMITTEE',
          heldOn: '2026-04-02',
          place: 'Rabat',
          agenda: ['Point sur l’accréditation des laboratoires'],
          attendingOrganisationKeys: ['semac'],
        },
      },
    );
    const screens = {
      fr: ['Séances du CSNCA et de ses comités', 'Dossier de séance et procès-verbal', 'Ce qui a changé entre deux dates'],
      ar: ['دورات المجلس الأعلى للتقييس والشهادة والاعتماد ولجانه', 'ملف الدورة والمحضر', 'ما تغير بين تاريخين'],
    };
    const paths = ['/steering', `/steering/${recorded.recordSteeringSession.id}`, '/changes?from=2025-12-31&asOf=2026-06-30'];
    const problems: string[] = [];
    for (const [language, headings] of Object.entries(screens)) {
      await page.evaluate((value) => localStorage.setItem('pnq.language', value), language);
      for (const [index, path] of paths.entries()) {
        await page.goto(`${inject('baseUrl')}${path}`);
        await page.getByRole('heading', { name: headings[index] }).waitFor({ timeout: 30_000 });
        const outside = await sticksOut(page);
        if (outside.length > 0) problems.push(`${language} ${path}: ${outside.join('; ')} wider than the phone`);
        for (const v of await seriousViolations(page)) problems.push(`${language} ${path}: ${v.id}`);
      }
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
    await page.evaluate(() => localStorage.setItem('pnq.language', 'fr'));
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
