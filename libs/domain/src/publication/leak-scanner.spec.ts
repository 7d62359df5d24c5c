import { describe, expect, it } from 'vitest';
import { PrivateText, privateTextsToScan, scanForLeaks } from './leak-scanner';

const comment: PrivateText = { kind: 'COMMENT', text: 'Réunion reportée faute de quorum' };
const link: PrivateText = { kind: 'EVIDENCE_LINK', text: 'https://intranet.example.ma/pv-2025.pdf' };
const person: PrivateText = { kind: 'PERSON_NAME', text: 'Nadia El Amrani' };
const email: PrivateText = { kind: 'EMAIL', text: 'nadia.elamrani@mcinet.gov.ma' };

describe('scanForLeaks', () => {
  it.each<[string, string, PrivateText, number]>([
    ['a comment written as is', '<p>Réunion reportée faute de quorum</p>', comment, 1],
    ['a comment in another case and spacing', '<p>RÉUNION  reportée\nfaute de quorum</p>', comment, 1],
    ['an evidence link in an href', '<a href="https://intranet.example.ma/pv-2025.pdf">pv</a>', link, 1],
    ['a name escaped for HTML', '<td>Nadia El Amrani</td>', person, 1],
    ['a text escaped for JSON', '{"note":"Il a dit \\"Réunion reportée faute de quorum\\""}', comment, 1],
    ['nothing when absent', '<p>Révision du décret</p>', comment, 0],
  ])('finds %s', (_case, content, forbidden, count) => {
    expect(scanForLeaks([{ path: 'fr/index.html', content }], [forbidden])).toHaveLength(count);
  });

  it('finds a text with an ampersand written as an HTML entity', () => {
    const hits = scanForLeaks([{ path: 'a.html', content: '<p>Essais R&amp;D du laboratoire</p>' }], [{ kind: 'COMMENT', text: 'Essais R&D du laboratoire' }]);
    expect(hits.map((hit) => hit.kind)).toEqual(['COMMENT']);
  });

  it('finds any e-mail address, even one nobody listed', () => {
    const hits = scanForLeaks([{ path: 'data/pnq.csv', content: 'ref;contact\n1.1.1;someone@example.org' }], []);
    expect(hits).toEqual([{ path: 'data/pnq.csv', kind: 'EMAIL_ADDRESS', text: 'someone@example.org', offset: 18 }]);
  });

  it('reports every file a text is in, once per file', () => {
    const files = [
      { path: 'fr/a.html', content: 'Nadia El Amrani … Nadia El Amrani' },
      { path: 'en/a.html', content: 'by Nadia El Amrani' },
    ];
    expect(scanForLeaks(files, [person]).map((hit) => hit.path)).toEqual(['fr/a.html', 'en/a.html']);
  });

  it('looks for an e-mail both as listed and as an address', () => {
    const kinds = scanForLeaks([{ path: 'x', content: 'nadia.elamrani@mcinet.gov.ma' }], [email]).map((hit) => hit.kind);
    expect(kinds.sort()).toEqual(['EMAIL', 'EMAIL_ADDRESS']);
  });

  it('ignores texts too short to tell from ordinary words', () => {
    expect(scanForLeaks([{ path: 'x', content: 'OK fait' }], [{ kind: 'COMMENT', text: 'OK' }])).toEqual([]);
  });
});

describe('privateTextsToScan', () => {
  it.each<[string, PrivateText, string[], boolean]>([
    ['a comment that is also a public label is not looked for', { kind: 'COMMENT', text: 'En cours' }, ['En cours', 'Terminée'], false],
    ['a comment repeating an action title is not looked for', { kind: 'COMMENT', text: 'révision du décret' }, ['Révision du décret d’application'], false],
    ['a private comment is looked for', comment, ['En cours'], true],
    ['a short text is not looked for', { kind: 'COMMENT', text: 'Fait' }, [], false],
  ])('%s', (_case, text, publicTexts, kept) => {
    expect(privateTextsToScan([text], publicTexts)).toEqual(kept ? [text] : []);
  });
});
