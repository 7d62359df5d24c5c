import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';

const LOCALES = { fr, ar, en };

/** Every string of a locale, with its key path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

async function translator(language: keyof typeof LOCALES) {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { [language]: { translation: LOCALES[language] } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

describe('plurals (issue 21.13)', () => {
  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('%s has no « (s) » / « (ات) » plural left (an address scheme « http(s) » aside)', (language) => {
    const left = strings(LOCALES[language]).filter(([, text]) => /\((s|es|ات)\)/.test(text.replace(/https?\(s\)|http\(s\)/g, '')));
    expect(left).toEqual([]);
  });

  it.each([
    ['fr', 'replanning.deadlines.saved', { count: 1 }, '1 échéance fixée.'],
    ['fr', 'replanning.deadlines.saved', { count: 3 }, '3 échéances fixées.'],
    ['en', 'replanning.deadlines.saved', { count: 1 }, '1 deadline set.'],
    ['fr', 'replanning.slippage', { days: 1, daysText: '1' }, 'Glissement : 1 jour'],
    ['fr', 'replanning.slippage', { days: 1069, daysText: '1 069' }, 'Glissement : 1 069 jours'],
    ['en', 'replanning.slippage', { days: 2, daysText: '2' }, 'Slippage: 2 days'],
    ['fr', 'replanning.slippageTable.summary', { count: 1, slippedText: '1', mean: '12' }, '1 action replanifiée, glissement moyen (jours) : 12.'],
    ['fr', 'evidence.chosen', { count: 2 }, '2 fichiers choisis, envoyés à l’enregistrement'],
    ['ar', 'evidence.chosen', { count: 3 }, 'الملفات المختارة: 3، تُرسل عند الحفظ'],
    ['ar', 'replanning.deadlines.saved', { count: 11 }, 'الآجال المحددة: 11.'],
  ] as const)('%s %s %j → %s', async (language, key, options, expected) => {
    const t = await translator(language);
    expect(t(key, options)).toBe(expected);
  });
});
