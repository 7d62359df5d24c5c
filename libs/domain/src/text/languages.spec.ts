import { describe, expect, it } from 'vitest';
import { FORMAT_LOCALES, isLanguage, LANGUAGES, textDirection } from './languages';

describe('isLanguage', () => {
  it.each([
    ['fr', true],
    ['ar', true],
    ['en', true],
    ['es', false],
    ['FR', false],
    ['', false],
    [null, false],
  ])('says %j is a language of the interface: %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['fr', 'ltr'],
    ['en', 'ltr'],
  ])('writes %s %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});

describe('FORMAT_LOCALES', () => {
  it('gives every language a locale', () => {
    expect(Object.keys(FORMAT_LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });
});
