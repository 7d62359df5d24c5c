import { DEFAULT_LANGUAGE, isLanguage, textDirection, type Language } from '@pnq/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';

const STORAGE_KEY = 'pnq.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Sets the document's language and direction (Arabic is right-to-left) and remembers the choice. */
export function applyLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
  }
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, ar: { translation: ar }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
});
// « Actions d’IMANOR », « Actions de SEMAC »: French elides « de » before a vowel (issue 21.13).
i18n.services.formatter?.add('de', (value: string) => (/^[aeiouyàâéèêëîïôû]/i.test(value) ? `d’${value}` : `de ${value}`));
applyLanguage(storedLanguage());

export default i18n;
