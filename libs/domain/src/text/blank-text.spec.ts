import { describe, expect, it } from 'vitest';
import { isBlankText, trimText } from './blank-text';

describe('isBlankText: what does not count as writing', () => {
  it.each<[string, string | null, boolean]>([
    ['nothing', '', true],
    ['null', null, true],
    ['spaces, tabs and line breaks', ' \t\r\n ', true],
    ['no-break and ideographic spaces', '\u00a0\u202f\u3000', true],
    ['a zero-width space U+200B', '\u200b', true],
    ['zero-width non-joiner and joiner U+200C U+200D', '\u200c\u200d', true],
    ['a word joiner U+2060', '\u2060', true],
    ['a byte-order mark U+FEFF', '\ufeff', true],
    ['a soft hyphen', '\u00ad', true],
    ['bidi marks and overrides', '\u200e\u200f\u202a\u202e\u2066\u2069\u061c', true],
    ['a variation selector', '\ufe0f', true],
    ['a Hangul filler', '\u3164', true],
    ['the blank Braille pattern', '\u2800', true],
    ['a mix of all of them', ' \u200b\ufeff\u00a0\u2060 ', true],
    ['a word', 'Fait', false],
    ['a dot', '.', false],
    ['a word between zero-width spaces', '\u200bOK\u200b', false],
    ['Arabic', 'تم التنفيذ', false],
    ['an emoji', '✅', false],
    ['an emoji made of joined emoji', '👩\u200d💻', false],
  ])('%s is blank: %s', (_name, text, blank) => {
    expect(isBlankText(text)).toBe(blank);
  });
});

describe('trimText', () => {
  it.each([
    ['  Rapport  ', 'Rapport'],
    ['\u200b\ufeffRapport\u2060\u00a0', 'Rapport'],
    ['Ligne 1\nLigne 2\n', 'Ligne 1\nLigne 2'],
    ['می\u200cخواهم', 'می\u200cخواهم'], // a joiner inside a word stays
    ['\u200b', ''],
  ])('%j → %j', (text, trimmed) => {
    expect(trimText(text)).toBe(trimmed);
  });
});
