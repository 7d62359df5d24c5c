import { useApolloClient } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useResetPasswordMutation } from '../../generated/graphql';
import { linkTokenFromHash } from './linkToken';
import { NewPasswordForm } from './NewPasswordForm';

/** The forgotten-password link's page: a new password, then signed in (every other session ended). */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = linkTokenFromHash(useLocation().hash);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [reset, { loading, error }] = useResetPasswordMutation();
  const invalid = !token || error?.graphQLErrors[0]?.extensions?.code === 'RESET_LINK_INVALID';

  return (
    <section className="sign-in" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('account.reset.title')}</h1>
      {invalid ? (
        <>
          <p role="alert" className="form-error">
            {t('errors.RESET_LINK_INVALID')}
          </p>
          <Link to="/forgot-password">{t('account.forgot.again')}</Link>
        </>
      ) : (
        <>
          <p>{t('account.reset.intro')}</p>
          <NewPasswordForm
            owner={{ email: '', name: '' }}
            submitLabel={t('account.reset.submit')}
            busy={loading}
            error={error}
            onSubmit={(password) =>
              void reset({ variables: { input: { token, password } } })
                .then(() => client.resetStore())
                .then(() => navigate('/', { replace: true }))
                .catch(() => undefined)
            }
          />
        </>
      )}
    </section>
  );
}
