import { calendarDateInCasablanca } from '@pnq/domain';
import { ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { AsOfControl } from './AsOfControl';
import { asOfOnly } from './useAsOf';
import { useDocumentTitle } from './useDocumentTitle';
import { UserMenu } from '../features/auth/UserMenu';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

export function Layout({ children, user }: { children: ReactNode; user: { name: string; role: string; organisation?: { key: string } | null } | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // On a phone the navigation, the account and the language fold behind one "Menu" button; going to a page folds them back.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);
  useDocumentTitle(user !== null);
  return (
    <div className={menuOpen ? 'shell shell--menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="shell__header">
        <Link to="/" className="shell__brand">
          <span aria-hidden="true" className="shell__logo">
            PNQ
          </span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </Link>
        {user && <NotificationBell />}
        {user && (
          <button
            type="button"
            className="shell__menu-button button--ghost"
            aria-expanded={menuOpen}
            aria-controls="shell-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span> {t('ux.menu')}
          </button>
        )}
        <div className={user ? 'shell__tools shell__foldable' : 'shell__tools'} id="shell-menu">
          {user && <UserMenu name={user.name} role={user.role} />}
          <LanguageSwitch signedIn={user !== null} />
        </div>
      </header>
      {user && <Navigation role={user.role} hasOrganisation={Boolean(user.organisation)} />}
      <main id="main" className="shell__main" tabIndex={-1}>
        {user && <PrintHeader />}
        {children}
      </main>
    </div>
  );
}

/** Shown only on paper: the date every figure is computed for, and the filter of the screen (its URL's other parameters). */
function PrintHeader() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf') ?? calendarDateInCasablanca(new Date());
  params.delete('asOf');
  const filter = [...params.entries()].map(([key, value]) => `${key} = ${value}`).join(' · ');
  return (
    <p className="print-header" data-testid="print-header">
      {t('steering.print.header', { date: asOf })}
      {filter && ` — ${t('steering.print.filter')} ${filter}`}
    </p>
  );
}

function Navigation({ role, hasOrganisation }: { role: string; hasOrganisation: boolean }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <nav className="shell__nav shell__foldable" aria-label={t('nav.label')}>
      <NavLink to={{ pathname: '/', search: asOfOnly(search) }} end>
        {t('nav.overview')}
      </NavLink>
      <NavLink to={{ pathname: '/plan', search: asOfOnly(search) }}>{t('nav.plan')}</NavLink>
      <NavLink to={{ pathname: '/explorer', search: asOfOnly(search) }}>{t('nav.explorer')}</NavLink>
      <NavLink to={{ pathname: '/timeline', search: asOfOnly(search) }}>{t('nav.timeline')}</NavLink>
      <NavLink to={{ pathname: '/infrastructure', search: asOfOnly(search) }}>{t('infrastructure.nav')}</NavLink>
      <NavLink to={{ pathname: '/financing', search: asOfOnly(search) }}>{t('financing.nav')}</NavLink>
      {hasOrganisation && <NavLink to={{ pathname: '/my-actions', search: asOfOnly(search) }}>{t('nav.myActions')}</NavLink>}
      {role === 'ADMIN' && <NavLink to={{ pathname: '/admin/users', search: asOfOnly(search) }}>{t('nav.admin')}</NavLink>}
      <NavLink to={{ pathname: '/preferences', search: asOfOnly(search) }}>{t('reminders.nav.preferences')}</NavLink>
      <NavLink to="/account">{t('account.nav')}</NavLink>
      {role !== 'VIEWER' && <NavLink to="/api-tokens">{t('apiTokens.nav')}</NavLink>}
      <NavLink to={{ pathname: '/reports', search: asOfOnly(search) }}>{t('reports.nav')}</NavLink>
      {role !== 'VIEWER' && <NavLink to={{ pathname: '/import', search: asOfOnly(search) }}>{t('imports.nav')}</NavLink>}
      {role !== 'VIEWER' && <NavLink to={{ pathname: '/revisions', search: asOfOnly(search) }}>{t('replanning.nav')}</NavLink>}
      <NavLink to={{ pathname: '/steering', search: asOfOnly(search) }}>{t('steering.nav')}</NavLink>
      <AsOfControl />
      <NavLink to={{ pathname: '/changes', search: asOfOnly(search) }}>{t('steering.changes.nav')}</NavLink>
    </nav>
  );
}
