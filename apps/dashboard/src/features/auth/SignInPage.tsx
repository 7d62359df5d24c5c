import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeDocument, useLoginMutation } from '../../generated/graphql';

/** Email + password sign-in; errors are shown with what to do next. */
export function SignInPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useLoginMutation({ refetchQueries: [{ query: MeDocument }], awaitRefetchQueries: true });
  const code = error?.graphQLErrors[0]?.extensions?.code as string | undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void login({ variables: { email, password } }).catch(() => undefined);
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <p>{t('auth.intro')}</p>
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
            {t(`auth.errors.${code ?? 'OTHER'}`, { defaultValue: t('auth.errors.OTHER') })}
          </p>
        )}
        <button type="submit" disabled={loading}>
          {loading ? t('common.loading') : t('auth.submit')}
        </button>
      </form>
      <p className="hint">{t('auth.demoHint')}</p>
    </section>
  );
}
