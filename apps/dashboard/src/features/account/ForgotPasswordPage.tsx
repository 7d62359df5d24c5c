import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useRequestPasswordResetMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';

/**
 * "Send me a link": the answer is the same whether or not an account has the address. The address already typed on
 * the sign-in form comes along (router state), so nobody types it twice.
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const typedOnSignIn = (useLocation().state as { email?: unknown } | null)?.email;
  const [email, setEmail] = useState(typeof typedOnSignIn === 'string' ? typedOnSignIn : '');
  const [request, { loading, error, data }] = useRequestPasswordResetMutation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ variables: { email } }).catch(() => undefined);
  };

  return (
    <section className="sign-in" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('account.forgot.title')}</h1>
      {data?.requestPasswordReset ? (
        <p role="status" data-testid="reset-requested">
          {t('account.forgot.sent', { email })}
        </p>
      ) : (
        <form onSubmit={submit}>
          <p>{t('account.forgot.intro')}</p>
          <label>
            {t('auth.email')}
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <MutationErrorMessage error={error} />
          <button type="submit" disabled={loading}>
            {t('account.forgot.submit')}
          </button>
        </form>
      )}
      <p className="sign-in__links">
        <Link to="/">{t('account.backToSignIn')}</Link>
      </p>
    </section>
  );
}
