import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/** Each route's name (a label the navigation already uses), for the browser tab and the history (issue 21.14). */
const ROUTE_TITLES: [RegExp, string][] = [
  [/^\/$/, 'nav.overview'],
  [/^\/plan$/, 'nav.plan'],
  [/^\/my-actions$/, 'nav.myActions'],
  [/^\/explorer$/, 'nav.explorer'],
  [/^\/timeline$/, 'nav.timeline'],
  [/^\/organisations$/, 'ux.organisations.title'],
  [/^\/infrastructure$/, 'infrastructure.nav'],
  [/^\/admin(\/|$)/, 'nav.admin'],
  [/^\/preferences$/, 'reminders.nav.preferences'],
  [/^\/account$/, 'account.nav'],
  [/^\/api-tokens$/, 'apiTokens.nav'],
  [/^\/outbox$/, 'reminders.nav.outbox'],
  [/^\/campaigns$/, 'reminders.nav.campaigns'],
  [/^\/reports$/, 'reports.nav'],
  [/^\/import$/, 'imports.nav'],
];

/** Sets the document title to the page's name, then the application's: « Explorer · PNQ Tracker », « 1-2.1.1 · PNQ Tracker ». */
export function useDocumentTitle(signedIn: boolean): void {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const action = /^\/actions\/([^/]+)$/.exec(pathname)?.[1];
    const organisation = /^\/organisations\/([^/]+)$/.exec(pathname)?.[1];
    const key = ROUTE_TITLES.find(([pattern]) => pattern.test(pathname))?.[1];
    const page = !signedIn
      ? t('auth.title')
      : action
        ? decodeURIComponent(action)
        : organisation
          ? decodeURIComponent(organisation).toUpperCase()
          : key
            ? t(key)
            : t('common.notFound');
    document.title = `${page} · ${t('app.name')}`;
  }, [pathname, signedIn, t, i18n.language]);
}
