import { isLanguage, Language, LANGUAGES } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { useUpdateMyPreferencesMutation } from '../generated/graphql';
import { applyLanguage } from './i18n';

/**
 * The header's language. Signed in, a choice is the person's language (saved as Preferences saves it, so both agree and
 * it follows them to another device); signed out, it is this browser's until someone signs in.
 */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const [save] = useUpdateMyPreferencesMutation();
  const choose = (language: Language) => {
    applyLanguage(language);
    if (signedIn) void save({ variables: { input: { language } } }).catch(() => undefined);
  };
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select value={i18n.language} onChange={(event) => isLanguage(event.target.value) && choose(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
