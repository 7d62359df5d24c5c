import { describe, expect, it } from 'vitest';
import { esc, formatDate, renderPage, rootOf } from './site-html';
import { SiteLanguage } from './site-labels';

const page = (language: SiteLanguage, title = 'Action 1-1.1.1') =>
  renderPage({
    language,
    page: 'actions/1-1.1.1.html',
    title,
    description: 'Révision du décret',
    body: '<p>corps</p>',
    snapshot: { number: 4, asOf: '2025-12-31' },
    baseUrl: 'https://pnq.example.ma/public',
  });

describe('public pages', () => {
  it.each<[SiteLanguage, string]>([
    ['fr', '<html lang="fr" dir="ltr">'],
    ['ar', '<html lang="ar" dir="rtl">'],
    ['en', '<html lang="en" dir="ltr">'],
  ])('writes the %s page with its language and direction', (language, opening) => {
    expect(page(language)).toContain(opening);
  });

  it('links the same page in every language at its stable address, and says which is the default', () => {
    const html = page('ar');
    for (const language of ['fr', 'ar', 'en']) {
      expect(html).toContain(`<link rel="alternate" hreflang="${language}" href="https://pnq.example.ma/public/4/${language}/actions/1-1.1.1.html">`);
    }
    expect(html).toContain('hreflang="x-default" href="https://pnq.example.ma/public/4/fr/actions/1-1.1.1.html"');
    expect(html).toContain('<meta property="og:url" content="https://pnq.example.ma/public/4/ar/actions/1-1.1.1.html">');
    expect(html).toContain('<meta name="description" content="Révision du décret">');
  });

  it('escapes a title that holds markup, in the text and in the attributes', () => {
    const html = page('fr', 'Loi <script>alert("x")</script> & décret');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<meta property="og:title" content="Loi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; décret">');
  });

  it.each<[string, string]>([
    ['index.html', '../'],
    ['actions/1-1.1.1.html', '../../'],
  ])('reaches the snapshot’s root from %s with %s', (path, root) => {
    expect(rootOf(path)).toBe(root);
  });

  it.each<[SiteLanguage, string]>([
    ['fr', '31/12/2025'],
    ['ar', '31/12/2025'],
    ['en', '2025-12-31'],
  ])('writes dates in %s as %s', (language, written) => {
    expect(formatDate('2025-12-31', language)).toBe(written);
  });

  it('escapes quotes for attributes', () => {
    expect(esc(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});
