import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfItems, pdfPages } from './support/documents';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 21.15: the yearly report opens with a table of contents, counts « Sans nouvelles » and « Échéance à fixer » in
 * its summary, never breaks a word of a table header across lines, and exists in Arabic (right to left) and English
 * besides the French edition — the default, and the official one.
 */

/** Every word of the report's table headers that a narrow column could break, per language. */
const HEADER_WORDS = {
  fr: [
    'Avancement',
    'Terminées',
    'Responsable',
    'Échéance',
    'Indicateurs',
    'atteints',
    'Renseignées',
    'Décaissé',
    'Partenaire',
    'Financement',
    'Programmé',
    'Organisation',
  ],
  en: [
    'Progress',
    'Completed',
    'Responsible',
    'Deadline',
    'Indicators',
    'achieved',
    'Recorded',
    'Disbursed',
    'Partner',
    'Financing',
    'Programmed',
    'Organisation',
  ],
  ar: ['التقدم', 'المنجزة', 'المسؤول', 'المرجع', 'المؤشرات', 'المصروف', 'الشريك', 'المسجلة'],
} as const;

/** "Avancemen t", "Avancem ent" …: a word cut in two as the extracted text shows it. */
const brokenForms = (word: string) => Array.from({ length: word.length - 2 }, (_, i) => `${word.slice(0, i + 2)} ${word.slice(i + 2)}`);

describe('the yearly report in three languages', () => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
  });
  afterAll(() => testApp.close());

  const report = (format: 'pdf' | 'docx', language?: string) =>
    download(`${testApp.baseUrl}/reports/annual?year=2025&format=${format}${language ? `&language=${language}` : ''}`, viewer.cookie);

  it('in French by default: a table of contents after the cover, and « Sans nouvelles » and « Échéance à fixer » in the summary', async () => {
    const [pdf, docx] = await Promise.all([report('pdf'), report('docx')]);
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toContain('rapport-annuel-pnq-2025.pdf');
    const pages = await pdfPages(pdf.body);
    expect(pages[1]).toMatch(/^Sommaire/);
    for (const entry of [
      '1. Synthèse',
      '2. Avancement par pilier',
      '4. Par organisation responsable',
      '5. Indicateurs',
      '6. Financement des actions',
      'Annexe',
    ]) {
      expect(pages[1]).toContain(entry);
    }
    const summary = pages.find((page) => page.startsWith('1. Synthèse'))!;
    expect(summary).toMatch(/\d+ sans nouvelles/);
    expect(summary).toMatch(/\d+ à l’échéance à fixer/);
    expect(summary).toContain('Sans nouvelles');
    expect(summary).toContain('Échéance à fixer');
    const { text } = await docxParts(docx.body);
    expect(text).toContain('Sommaire');
    expect(text).toContain('Échéance à fixer');
  });

  it('in English when asked: the same sections in English, in both formats', async () => {
    const [pdf, docx] = await Promise.all([report('pdf', 'en'), report('docx', 'en')]);
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toContain('annual-report-pnq-2025-en.pdf');
    const text = (await pdfPages(pdf.body)).join(' ');
    for (const words of [
      'Annual progress report of the National Quality Policy',
      'Contents',
      '1. Summary',
      'Progress by pillar',
      'Stale',
      'Deadline to set',
      'Financing of the actions',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('Synthèse');
    const { text: docxText } = await docxParts(docx.body);
    expect(docxText).toContain('1. Summary');
    expect(docxText).not.toContain('Synthèse');
  });

  it('in Arabic when asked: Arabic text laid out right to left in the PDF and marked right to left in Word', async () => {
    const [pdf, docx] = await Promise.all([report('pdf', 'ar'), report('docx', 'ar')]);
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toContain('-ar.pdf');
    const text = (await pdfPages(pdf.body)).join(' ');
    for (const word of ['التقرير', 'السنوي', 'المحتويات', 'الملخص']) expect(text).toContain(word);
    // The summary heading « 1. الملخص »: read right to left, its number stands right of its word on the same line.
    const items = await pdfItems(pdf.body);
    const word = items.find((item) => item.text === 'الملخص' && item.page > 2)!;
    const numberBeside = items.find((item) => item.page === word.page && Math.abs(item.y - word.y) < 1 && item.text.startsWith('1.'))!;
    expect(numberBeside.x).toBeGreaterThan(word.x);
    // A paragraph's first word stands at the right edge: right-aligned lines end near the right margin.
    const pageWidth = 595.28;
    expect(word.x + word.width).toBeLessThan(pageWidth - 30);
    const { xml, text: docxText } = await docxParts(docx.body);
    expect(docxText).toContain('الملخص');
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('<w:bidiVisual/>');
  });

  it.each(['fr', 'en', 'ar'] as const)('never breaks a word of a table header across lines (%s)', async (language) => {
    const pdf = await report('pdf', language);
    const text = (await pdfPages(pdf.body)).join(' ');
    for (const word of HEADER_WORDS[language]) {
      expect(text, word).toContain(word);
      for (const broken of brokenForms(word)) expect(text, `${word} broken as « ${broken} »`).not.toContain(broken);
    }
  });

  it('refuses a language it does not have, with a coded error', async () => {
    const response = await report('pdf', 'es');
    expect(response.status).toBe(400);
  });
});
