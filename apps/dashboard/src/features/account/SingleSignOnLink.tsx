import { useTranslation } from 'react-i18next';
import { rememberSingleSignOn } from '../auth/saved-language';

/** Sign in with the administration's identity provider: a plain link (a top-level navigation to the provider and back). */
export function SingleSignOnLink({ sso, returnTo }: { sso: { label: string; loginPath: string }; returnTo?: string }) {
  const { t } = useTranslation();
  const href = returnTo && returnTo !== '/' ? `${sso.loginPath}?returnTo=${encodeURIComponent(returnTo)}` : sso.loginPath;
  return (
    <p>
      <a className="button-link" href={href} data-testid="sso-link" onClick={rememberSingleSignOn}>
        {t('auth.sso', { label: sso.label })}
      </a>
    </p>
  );
}
