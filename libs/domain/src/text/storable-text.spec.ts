import { describe, expect, it } from 'vitest';
import { findUnstorableText, unstorableTextProblem } from './storable-text';

describe('unstorableTextProblem', () => {
  it.each([
    ['plain French', 'Stratégie adoptée en comité', null],
    ['tabs and line breaks', 'Ligne 1\r\n\tLigne 2', null],
    ['Arabic', 'تقرير سنوي', null],
    ['an emoji (a surrogate pair)', 'Fait ✅ 📈', null],
    ['a character beyond the BMP', '𝄞', null],
    ['zero-width characters (text, though invisible)', 'a\u200bb\u200d', null],
    ['DEL and C1 controls (storable in PostgreSQL and XML)', 'a\u007fb\u0085', null],
    ['the empty text', '', null],
    ['a NUL', 'imanor\u0000', 'holds a NUL character (U+0000) at position 7'],
    ['an escape character', '\u001b[31m', 'holds the control character U+001B at position 1'],
    ['a vertical tab', 'a\u000bb', 'holds the control character U+000B at position 2'],
    ['a form feed', 'a\u000cb', 'holds the control character U+000C'],
    ['the noncharacter U+FFFF', 'a\uffff', 'holds the control character U+FFFF'],
    ['a lone high surrogate', 'a\ud800', 'holds a lone surrogate (U+D800) at position 2'],
    ['a lone low surrogate', '\udfffa', 'holds a lone surrogate (U+DFFF) at position 1'],
    ['two high surrogates', '\ud83d\ud83d\udcc8', 'holds a lone surrogate (U+D83D) at position 1'],
    ['a pair in the wrong order', '\udcc8\ud83d', 'holds a lone surrogate (U+DCC8) at position 1'],
  ])('%s → %s', (_name, text, problem) => {
    const found = unstorableTextProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('findUnstorableText', () => {
  it.each([
    ['nothing wrong', { input: { ref: '1-2.1.1', comment: 'ok', urls: ['https://a.ma'] } }, null],
    ['a nested field', { input: { ref: '1-2.1.1', comment: 'ok\u0000' } }, 'input.comment'],
    ['an item of a list', { ids: ['1', '2\ud800'] }, 'ids[1]'],
    ['a field name', { input: { 'bad\u0000key': 1 } }, 'input.bad\\u0000key'],
    ['a plain string', 'x\u0001', 'the value'],
    ['numbers, booleans and nulls', { a: 1, b: true, c: null, d: [1.5] }, null],
  ])('%s → %s', (_name, value, path) => {
    expect(findUnstorableText(value)?.path ?? null).toBe(path);
  });

  it('walks a deeply nested value without exhausting the stack', () => {
    let deep: unknown = 'fin\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(findUnstorableText(deep)?.problem).toContain('NUL');
  });
});
