import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfPages } from './support/documents';
import { loadWorkbook } from './support/import-client';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 21.13: one numbering of axes and projects in the app, the PDF, the Word document and the Excel export — each
 * reference begins with its parent's, as the actions' do (axis « 1-2 », project « 1-2.1 », action « 1-2.1.1 »);
 * sources cited by document and lines, never a file hash; the export's filter line in words, not JSON.
 */
const FILE_HASH = /[0-9a-f]{16}/;

describe('one numbering and readable provenance everywhere', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
  });
  afterAll(() => testApp.close());

  it('numbers axis 1-2 and project 1-2.1 in the Excel export as the app does, and says its filters in words', async () => {
    const response = await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2025-12-31&pillar=1&owner=imanor`, viewer.cookie);
    expect(response.status).toBe(200);
    const workbook = await loadWorkbook(response.body);
    const sheet = workbook.getWorksheet('Actions')!;
    let cells: string[] = [];
    sheet.eachRow((line) => {
      if (line.getCell(1).value === '1-2.1.1') cells = [2, 3, 4].map((n) => String(line.getCell(n).value));
    });
    expect(cells[1]).toMatch(/^1-2 Amélioration du système de gestion/);
    expect(cells[2]).toMatch(/^1-2\.1 /);
    const about = workbook.getWorksheet('À propos')!;
    const lines: string[] = [];
    about.eachRow((line) => lines.push((line.values as unknown[]).slice(1).map(String).join(' ')));
    expect(lines).toContain('Filtres Pilier 1 ; responsable : IMANOR');
    expect(lines.join('\n')).not.toMatch(/[{}"]/);
    expect(lines.some((line) => /^\d+ actions$/.test(line))).toBe(true);
  });

  it('numbers them the same in the yearly report (PDF and Word), and cites sources by document, never a file hash', async () => {
    const [pdf, docx] = await Promise.all(
      (['pdf', 'docx'] as const).map((format) => download(`${testApp.baseUrl}/reports/annual?year=2025&format=${format}`, viewer.cookie)),
    );
    const text = (await pdfPages(pdf.body)).join(' ');
    expect(text).toContain('Axe 1-2 — Amélioration du système de gestion');
    expect(text).toContain('Projet 1-2.1 —');
    expect(text).not.toContain('Axe 1.2 —');
    expect(text).not.toMatch(FILE_HASH);
    const { text: docxText } = await docxParts(docx.body);
    expect(docxText).toContain('Axe 1-2 — Amélioration du système de gestion');
    expect(docxText).toContain('Projet 1-2.1 —');
    expect(docxText).not.toMatch(FILE_HASH);
  });
});
