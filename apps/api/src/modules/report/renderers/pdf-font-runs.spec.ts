import { describe, expect, it } from 'vitest';
import { fontRuns } from './pdf-font-runs';

describe('fontRuns: each character in a font that has it', () => {
  it.each<[string, string, { text: string; font?: string; rightToLeft?: true }[]]>([
    ['French stays in Roboto, in one run', 'Stratégie adoptée — 40 % (2025) « OK » €', [{ text: 'Stratégie adoptée — 40 % (2025) « OK » €' }]],
    [
      'an Arabic title is one DejaVu Sans run, spaces included',
      'تعزيز البنية التحتية',
      [{ text: 'تعزيز البنية التحتية', font: 'DejaVuSans', rightToLeft: true }],
    ],
    [
      'French then Arabic then French',
      'Titre : تقرير سنوي (fin)',
      [{ text: 'Titre : ' }, { text: 'تقرير سنوي (', font: 'DejaVuSans', rightToLeft: true }, { text: 'fin)' }],
    ],
    [
      'digits go back to Roboto (never reversed inside a right-to-left run)',
      'سنة 2025',
      [{ text: 'سنة ', font: 'DejaVuSans', rightToLeft: true }, { text: '2025' }],
    ],
    [
      'emoji in Noto Emoji (with the space after them, which it has)',
      'Fait ✅📈 ok',
      [{ text: 'Fait ' }, { text: '✅📈 ', font: 'NotoEmoji' }, { text: 'ok' }],
    ],
    ['an emoji with a skin tone and a joiner stays one run', '👩🏽‍💻', [{ text: '👩🏽‍💻', font: 'NotoEmoji' }]],
    ['a flag (two regional indicators)', '🇲🇦', [{ text: '🇲🇦', font: 'NotoEmoji' }]],
    ['a symbol Roboto lacks (a check mark) in DejaVu Sans', 'Validé ✓', [{ text: 'Validé ' }, { text: '✓', font: 'DejaVuSans' }]],
    ['Hebrew (right to left) in DejaVu Sans', 'שלום', [{ text: 'שלום', font: 'DejaVuSans', rightToLeft: true }]],
    ['the empty text', '', []],
  ])('%s', (_name, text, runs) => {
    expect(fontRuns(text)).toEqual(runs);
  });

  it('loses no character: the runs put back together are the text', () => {
    const text = 'Action 1-2.1.1 — تعزيز الجودة 2025 ✅ 国家 Ελλάδα Россия fin';
    expect(
      fontRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
