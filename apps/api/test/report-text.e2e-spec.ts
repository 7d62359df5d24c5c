import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfPages } from './support/documents';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * The PDF report dropped an action whose table row was taller than a page, and lost Arabic and emoji (its only font
 * was Roboto) (issue 14, item 17). Titles set by the secretariat with such text must be found in the PDF's extracted
 * text, as they are in the DOCX; the report stays byte-identical from one generation to the next.
 */

const DEFINITION = 'mutation ($input: UpdateActionDefinitionInput!) { updateActionDefinition(input: $input) { ref title } }';

/** A title of 100 lines: its annex row is taller than an A4 page. */
const LONG_TITLE = Array.from({ length: 100 }, (_, i) => `Étape ${String(i + 1).padStart(3, '0')} du plan`).join('\n');
/** Arabic words (pdf.js returns a right-to-left line's words in visual order: each word is looked for on its own). */
const ARABIC_WORDS = ['تعزيز', 'البنية', 'التحتية', 'للجودة'];
const EMOJI_TITLE = 'Sensibilisation des PME ✅ 📈 🇲🇦';

describe('the yearly report keeps every action and every script', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let refs: string[];
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    const { data } = await admin.graphql<{ actions: { ref: string }[] }>('{ actions(limit: 3, filter: { pillars: [2] }) { ref } }');
    refs = data!.actions.map((a) => a.ref);
    for (const [ref, title] of [
      [refs[0], LONG_TITLE],
      [refs[1], ARABIC_WORDS.join(' ')],
      [refs[2], EMOJI_TITLE],
    ]) {
      const response = await admin.graphql(DEFINITION, { input: { ref, title } });
      expect(response.errors).toBeUndefined();
    }
  });
  afterAll(() => testApp.close());

  const report = (format: 'pdf' | 'docx') => download(`${testApp.baseUrl}/reports/annual?year=2025&format=${format}`, admin.cookie);

  it('splits a row taller than a page across pages instead of dropping it: every line of the long title is in the PDF', async () => {
    const response = await report('pdf');
    expect(response.status).toBe(200);
    const text = (await pdfPages(response.body)).join(' ');
    const missing = LONG_TITLE.split('\n').filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
    expect(text).toContain(refs[0]);
  });

  it('keeps an Arabic title and emoji in the PDF (fonts that have them are embedded), as in the DOCX', async () => {
    const [pdf, docx] = await Promise.all([report('pdf'), report('docx')]);
    const text = (await pdfPages(pdf.body)).join(' ');
    for (const word of ARABIC_WORDS) expect(text).toContain(word);
    for (const emoji of ['✅', '📈', '🇲🇦']) expect(text).toContain(emoji);
    expect(text).toContain('Sensibilisation des PME');
    expect(text).not.toContain('\u0000'); // no character drawn as a missing glyph
    const { text: docxText } = await docxParts(docx.body);
    expect(docxText).toContain(ARABIC_WORDS.join(' '));
    expect(docxText).toContain(EMOJI_TITLE);
    expect(pdf.body.toString('latin1')).toMatch(/DejaVuSans/);
    expect(pdf.body.toString('latin1')).toMatch(/NotoEmoji/);
  });

  it('generates the same bytes twice', async () => {
    const [first, second] = await Promise.all([report('pdf'), report('pdf')]);
    expect(first.body.equals(second.body)).toBe(true);
  });
});
