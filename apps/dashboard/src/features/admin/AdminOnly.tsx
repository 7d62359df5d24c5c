import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useMeQuery } from '../../generated/graphql';
import { asOfOnly } from '../../app/useAsOf';

/** The secretariat's screens: a tab bar for the admin pages, and a plain explanation for anyone else. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { data } = useMeQuery();
  if (data?.me?.role !== 'ADMIN') {
    return (
      <section>
        <h1>{t('admin.title')}</h1>
        <p className="note">{t('admin.onlyAdmins')}</p>
      </section>
    );
  }
  return (
    <section className="admin">
      <nav className="tabs" aria-label={t('admin.title')}>
        <NavLink to={{ pathname: '/admin/users', search: asOfOnly(search) }}>{t('admin.users.tab')}</NavLink>
        <NavLink to={{ pathname: '/admin/organisations', search: asOfOnly(search) }}>{t('admin.organisations.tab')}</NavLink>
        <NavLink to={{ pathname: '/outbox', search: asOfOnly(search) }}>{t('reminders.nav.outbox')}</NavLink>
        <NavLink to={{ pathname: '/campaigns', search: asOfOnly(search) }}>{t('reminders.nav.campaigns')}</NavLink>
        <NavLink to={{ pathname: '/publication', search: asOfOnly(search) }}>{t('publication.nav')}</NavLink>
      </nav>
      {children}
    </section>
  );
}
