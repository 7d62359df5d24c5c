import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { UserMenu } from '../features/auth/UserMenu';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

export function Layout({ children, user }: { children: ReactNode; user: { name: string; role: string } | null }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
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
        <div className="shell__tools">
          {user && <UserMenu name={user.name} role={user.role} />}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
