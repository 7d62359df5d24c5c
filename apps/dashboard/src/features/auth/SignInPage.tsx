import { isLanguage } from '@pnq/domain';
import { applyLanguage } from '../../i18n/i18n';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { MeDocument, useAuthMethodsQuery, useLoginMutation } from '../../generated/graphql';
import { SingleSignOnLink } from '../account/SingleSignOnLink';
import { SESSION_EXPIRED_KEY } from '../../app/apollo-client';

/** Email + password sign-in (unless turned off), single sign-on when configured; errors are shown with what to do next. */
export function SignInPage() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const methods = useAuthMethodsQuery().data?.authMethods;
  const [login, { loading, error }] = useLoginMutation({ refetchQueries: [{ query: MeDocument }], awaitRefetchQueries: true });
  const code = error?.graphQLErrors[0]?.extensions?.code as string | undefined;
  const ssoError = new URLSearchParams(search).get('sso_error');
  const [sessionExpired] = useState(() => sessionStorage.getItem(SESSION_EXPIRED_KEY) === '1');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void login({ variables: { email, password } })
      .then(({ data }) => {
        sessionStorage.removeItem(SESSION_EXPIRED_KEY);
        // One language per person (issue 21.14): the one they saved, on this device as on any other.
        const saved = data?.login.user.language;
        if (isLanguage(saved)) applyLanguage(saved);
      })
      .catch(() => undefined);
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <p>{t('auth.intro')}</p>
      {sessionExpired && (
        <p role="status" className="note" data-testid="session-expired">
          {t('ux.sessionExpired')}
        </p>
      )}
      {ssoError && (
        <p role="alert" className="form-error" data-testid="sso-error">
          {t(`errors.${ssoError}`, { defaultValue: t('errors.SSO_FAILED') })}
        </p>
      )}
      {methods?.singleSignOn && <SingleSignOnLink sso={methods.singleSignOn} returnTo={pathname} />}
      {methods?.localPasswords !== false && (
        <>
          <form onSubmit={submit}>
            <label>
              {t('auth.email')}
              <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </label>
            <label>
              {t('auth.password')}
              <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            </label>
            {error && (
              <p role="alert" className="form-error">
                {t(`auth.errors.${code ?? 'OTHER'}`, { defaultValue: t(`errors.${code ?? 'OTHER'}`, { defaultValue: t('auth.errors.OTHER') }) })}
              </p>
            )}
            <button type="submit" disabled={loading}>
              {loading ? t('common.loading') : t('auth.submit')}
            </button>
          </form>
          <p className="sign-in__links">
            <Link to="/forgot-password" state={{ email }}>
              {t('auth.forgotPassword')}
            </Link>
          </p>
          <p className="hint">{t('auth.demoHint')}</p>
        </>
      )}
    </section>
  );
}
