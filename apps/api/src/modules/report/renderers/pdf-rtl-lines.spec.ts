import { describe, expect, it } from 'vitest';
import { rightToLeftLines, textWidth, visualOrder } from './pdf-rtl-lines';

describe('visualOrder: a right-to-left line’s words from left to right', () => {
  it.each<[string, string[], string[]]>([
    ['Arabic words are reversed', ['الملخص', 'السنوي'], ['السنوي', 'الملخص']],
    ['a number keeps its place in the reading order (rightmost first)', ['1.', 'الملخص'], ['الملخص', '1.']],
    ['a run of French words keeps its order', ['الركيزة', 'Normalisation', 'et', 'réglementation'], ['Normalisation', 'et', 'réglementation', 'الركيزة']],
    ['a dash between two French words stays in their run', ['المحور', '1.1', '—', 'Révision'], ['1.1', '—', 'Révision', 'المحور']],
    ['a percent sign stays after its number', ['التقدم', '40', '%'], ['40', '%', 'التقدم']],
    ['a date: day, month, year read right to left', ['31', 'دجنبر', '2025'], ['2025', 'دجنبر', '31']],
  ])('%s', (_, words, visual) => expect(visualOrder(words)).toEqual(visual));
});

describe('rightToLeftLines', () => {
  it('breaks in reading order: the first words on the first line, no line wider than asked', () => {
    const text = 'في 31 دجنبر 2025، بلغ متوسط التقدم المرجح لخطة العمل 40 % وهو تقدم ملموس مقارنة بالسنة السابقة';
    const lines = rightToLeftLines(text, 120, 9);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toContain('في');
    expect(lines.at(-1)).toContain('السابقة');
    // As the PDF sets them: each word in its fonts, a space of the text's font between words.
    const set = (line: string[]) => line.reduce((sum, word) => sum + textWidth(word, 9), 0) + (line.length - 1) * textWidth(' ', 9);
    for (const line of lines) expect(set(line)).toBeLessThanOrEqual(120);
    expect(lines.flat().sort()).toEqual(text.split(' ').sort()); // nothing lost, nothing added
  });
});
