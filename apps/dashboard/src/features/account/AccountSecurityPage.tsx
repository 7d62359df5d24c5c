import { useApolloClient } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountSecurityQuery, useChangeMyPasswordMutation, useSignOutEverywhereMutation, useSignOutSessionMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { PageState } from '../shared/PageState';
import { NewPasswordForm } from './NewPasswordForm';
import { browserOf } from './user-agent';
import { ScrollBox } from '../shared/ScrollBox';

/** One's own account security: change the password (the other sessions end), and where one is signed in. */
export default function AccountSecurityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useAccountSecurityQuery({ fetchPolicy: 'cache-and-network' });
  const [current, setCurrent] = useState('');
  const [changed, setChanged] = useState(false);
  const [change, { loading: changing, error: changeError }] = useChangeMyPasswordMutation();
  const [signOut, { loading: signingOut, error: signOutError }] = useSignOutSessionMutation();
  const [signOutAll, { loading: signingOutAll }] = useSignOutEverywhereMutation();
  const me = data?.me;

  const submit = (password: string) =>
    void change({ variables: { input: { currentPassword: current, newPassword: password } } })
      .then(() => {
        setChanged(true);
        setCurrent('');
        return refetch();
      })
      .catch(() => undefined);

  const endSession = (id: string, isCurrent: boolean) =>
    void signOut({ variables: { id } })
      .then(async () => {
        if (isCurrent) await client.resetStore();
        else await refetch();
      })
      .catch(() => undefined);

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('account.security.title')}</h1>
      {me && data?.authMethods.localPasswords && (
        <section aria-labelledby="change-password-title">
          <h2 id="change-password-title">{t('account.change.title')}</h2>
          {changed && (
            <p role="status" className="saved" data-testid="password-changed">
              {t('account.change.done')}
            </p>
          )}
          <NewPasswordForm
            key={changed ? 'changed' : 'changing'}
            owner={{ email: me.email, name: me.name }}
            submitLabel={t('account.change.submit')}
            busy={changing}
            error={changeError}
            onSubmit={submit}
            before={
              <label>
                <span>{t('account.change.current')}</span>
                <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
              </label>
            }
          />
        </section>
      )}
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessions.title')}</h2>
        <p className="hint">{t('account.sessions.intro')}</p>
        <ScrollBox label={t('account.sessions.title')}>
          <table className="data-table" data-testid="sessions-table">
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.device')}</th>
                <th scope="col">{t('account.sessions.created')}</th>
                <th scope="col">{t('account.sessions.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(data?.mySessions ?? []).map((session) => (
                <tr key={session.id} data-testid={session.current ? 'session-current' : 'session-other'}>
                  <td>
                    {browserOf(session.userAgent) ?? t('account.sessions.unknownDevice')}
                    <div className="hint">
                      {t(`account.sessions.method.${session.method}`)}
                      {session.current && ` · ${t('account.sessions.current')}`}
                    </div>
                  </td>
                  <td>{format.dateTime(session.createdAt)}</td>
                  <td>{format.dateTime(session.lastSeenAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button--secondary"
                      disabled={signingOut}
                      aria-label={t('account.sessions.endOf', {
                        device: browserOf(session.userAgent) ?? t('account.sessions.unknownDevice'),
                        date: format.dateTime(session.createdAt),
                      })}
                      onClick={() => endSession(session.id, session.current)}
                    >
                      {t('account.sessions.end')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <MutationErrorMessage error={signOutError} />
        <button type="button" disabled={signingOutAll} onClick={() => void signOutAll().then(() => client.resetStore())}>
          {t('account.sessions.endAll')}
        </button>
      </section>
    </PageState>
  );
}
