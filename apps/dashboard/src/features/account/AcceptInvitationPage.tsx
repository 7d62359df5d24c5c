import { useApolloClient } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAcceptInvitationMutation, useAuthMethodsQuery, useInvitationPreviewQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { linkTokenFromHash } from './linkToken';
import { NewPasswordForm } from './NewPasswordForm';
import { SingleSignOnLink } from './SingleSignOnLink';

/** The invitee's page (the mailed link): who invited them as what, then their own password — signed in at once. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const token = linkTokenFromHash(hash);
  const navigate = useNavigate();
  const client = useApolloClient();
  const format = useFormat();
  const { data, loading, error, refetch } = useInvitationPreviewQuery({ variables: { token }, skip: !token, errorPolicy: 'all' });
  const methods = useAuthMethodsQuery();
  const [accept, { loading: accepting, error: acceptError }] = useAcceptInvitationMutation();
  const [name, setName] = useState<string | null>(null);
  const invitation = data?.invitation;

  if (!token || (!loading && !invitation)) {
    return (
      <section className="sign-in" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('account.invitation.title')}</h1>
        <p role="alert" className="form-error">
          {t('errors.INVITATION_INVALID')}
        </p>
      </section>
    );
  }

  const submit = (password: string) =>
    void accept({ variables: { input: { token, password, name: name ?? undefined } } })
      .then(() => client.resetStore())
      .then(() => navigate('/', { replace: true }))
      .catch(() => undefined);

  return (
    <PageState loading={loading && !data} error={error && !invitation ? error : null} onRetry={() => void refetch()}>
      {invitation && (
        <section className="sign-in" aria-labelledby="invitation-title">
          <h1 id="invitation-title">{t('account.invitation.title')}</h1>
          <p>
            {t('account.invitation.intro', {
              role: t(`roles.${invitation.role}`),
              organisation: invitation.organisation?.acronym ?? invitation.organisation?.name ?? t('account.invitation.noOrganisation'),
            })}
          </p>
          <p className="hint">
            {t('account.invitation.login', { email: invitation.email })} · {t('account.invitation.until', { date: format.dateTime(invitation.expiresAt) })}
          </p>
          {methods.data?.authMethods.singleSignOn && <SingleSignOnLink sso={methods.data.authMethods.singleSignOn} />}
          {methods.data?.authMethods.localPasswords !== false && (
            <NewPasswordForm
              owner={{ email: invitation.email, name: name ?? invitation.name }}
              submitLabel={t('account.invitation.submit')}
              busy={accepting}
              error={acceptError}
              onSubmit={submit}
              before={
                <label>
                  <span>{t('account.invitation.name')}</span>
                  <input required minLength={2} maxLength={200} autoComplete="name" value={name ?? invitation.name} onChange={(e) => setName(e.target.value)} />
                </label>
              }
            />
          )}
        </section>
      )}
    </PageState>
  );
}
