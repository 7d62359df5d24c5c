import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'pnq-demo-2035';

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** A new page, signed in, on the overview. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, email);
  await page.getByTestId('kpi-actions').waitFor();
  return page;
}
