import { isLanguage } from '@pnq/domain';
import { useEffect } from 'react';
import { applyLanguage } from '../../i18n/i18n';

/** Set when a sign-in through the identity provider starts (this tab's storage survives the round trip to the provider). */
const SINGLE_SIGN_ON_STARTED = 'pnq.singleSignOnStarted';

/** Called as the person leaves for the identity provider. */
export function rememberSingleSignOn(): void {
  sessionStorage.setItem(SINGLE_SIGN_ON_STARTED, '1');
}

/**
 * One language per person (issue 21.14): back from the identity provider, signed in, the interface takes the language
 * the person saved — as the password sign-in does with the `login` answer —, once; afterwards this browser's choice holds.
 */
export function useSavedLanguageAfterSingleSignOn(language: string | undefined): void {
  useEffect(() => {
    if (language === undefined || sessionStorage.getItem(SINGLE_SIGN_ON_STARTED) !== '1') return;
    sessionStorage.removeItem(SINGLE_SIGN_ON_STARTED);
    if (isLanguage(language)) applyLanguage(language);
  }, [language]);
}
