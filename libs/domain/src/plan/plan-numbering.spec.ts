import { describe, expect, it } from 'vitest';
import { axisRef, sourceDocumentName } from './plan-numbering';

describe('axisRef: an axis numbered as its projects and actions begin', () => {
  it.each([
    [1, 2, '1-2'],
    [5, 10, '5-10'],
  ])('pillar %i, axis %i → %s', (pillar, axis, ref) => expect(axisRef(pillar, axis)).toBe(ref));
});

describe('sourceDocumentName: a document a reader knows, never a file hash', () => {
  it.each([
    ['002_29c6ca951ec700f7.txt', 'PNQ'],
    ['000_2bcaff4b9b5646a0.txt', 'IMANOR, bilan 2024 (presse)'],
    ['004_0123456789abcdef.txt', 'document source 5'],
    ['bilan-2025.pdf', 'bilan-2025.pdf'],
  ])('%s → %s', (file, name) => {
    expect(sourceDocumentName(file)).toBe(name);
    expect(sourceDocumentName(file)).not.toMatch(/[0-9a-f]{16}/);
  });
});
