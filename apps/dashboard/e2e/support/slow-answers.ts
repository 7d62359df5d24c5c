import type { Page } from 'playwright-core';

/**
 * Holds the page's answers to a GraphQL operation for `ms` before the page gets them (the server has already
 * answered): what a loaded server looks like from the browser. A reload started before a save then is still in
 * flight when the page asks again after it — the race a slow machine hits by chance, made certain.
 */
export async function holdAnswers(page: Page, operationName: string, ms: number): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    const body = request.method() === 'POST' ? (request.postDataJSON() as { operationName?: string } | null) : null;
    if (body?.operationName !== operationName) return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fulfill({ response });
  });
}
