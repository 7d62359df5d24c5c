import { ButtonWithReason } from '@pnq/ui';
import { API_TOKEN_LIMITS, API_TOKEN_SCOPES, type ApiTokenScope } from '@pnq/domain';
import { FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiTokensQuery, useCreateApiTokenMutation, useRevokeApiTokenMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { organisationChoices, organisationLabel } from '../admin/organisation-options';
import { OrganisationSelect } from '../admin/OrganisationSelect';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { PageState } from '../shared/PageState';
import { ScrollBox } from '../shared/ScrollBox';

/**
 * API tokens for another system of an organisation (its editors, or the secretariat for any organisation): create
 * one with chosen scopes and a lifetime (the secret is shown once), see when each was last used, revoke.
 */
export default function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useApiTokensQuery({ fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating, error: createError, reset }] = useCreateApiTokenMutation();
  const [revoke, { loading: revoking, error: revokeError }] = useRevokeApiTokenMutation();
  const me = data?.me;
  const isAdmin = me?.role === 'ADMIN';
  const organisations = useMemo(() => organisationChoices(data?.organisations ?? []), [data]);
  const [organisationKey, setOrganisationKey] = useState('');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ']);
  const [days, setDays] = useState<number>(API_TOKEN_LIMITS.defaultDays);
  const [secret, setSecret] = useState<string | null>(null);

  if (me && me.role === 'VIEWER') {
    return (
      <section>
        <h1>{t('apiTokens.title')}</h1>
        <p className="note">{t('apiTokens.onlyEditors')}</p>
      </section>
    );
  }

  const key = isAdmin ? organisationKey : (me?.organisation?.key ?? '');
  const toggle = (scope: ApiTokenScope) => setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setSecret(null);
    try {
      const result = await create({ variables: { input: { organisationKey: key, name, scopes, expiresInDays: days } } });
      setSecret(result.data?.createApiToken.secret ?? null);
      setName('');
      await refetch();
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('apiTokens.title')}</h1>
      <p>{t('apiTokens.intro')}</p>
      <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="create-token-title">
        <h2 id="create-token-title">{t('apiTokens.create')}</h2>
        <div className="form-row">
          {isAdmin ? (
            <label>
              {t('admin.users.organisation')}
              <OrganisationSelect organisations={organisations} value={organisationKey} onChange={setOrganisationKey} />
            </label>
          ) : (
            <p>{me?.organisation ? organisationLabel(me.organisation) : ''}</p>
          )}
          <label>
            {t('apiTokens.name')}
            <input required minLength={3} maxLength={100} value={name} placeholder={t('apiTokens.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('apiTokens.days')}
            <input type="number" required min={1} max={API_TOKEN_LIMITS.maxDays} value={days} onChange={(e) => setDays(Number(e.target.value))} />
          </label>
        </div>
        <fieldset>
          <legend>{t('apiTokens.scopes')}</legend>
          {API_TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="panel-form__check">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
              <span>{t(`apiTokens.scope.${scope}`)}</span>
            </label>
          ))}
        </fieldset>
        <MutationErrorMessage error={createError} />
        <ButtonWithReason
          type="submit"
          busy={creating}
          disabledReason={!key ? t('ux.why.pickOrganisation') : scopes.length === 0 ? t('ux.why.pickScope') : null}
        >
          {t('apiTokens.createSubmit')}
        </ButtonWithReason>
        {secret && (
          <div role="status">
            <p>{t('apiTokens.shownOnce')}</p>
            <p className="secret-once" data-testid="api-token-secret">
              {secret}
            </p>
          </div>
        )}
      </form>
      <ScrollBox label={t('apiTokens.title')}>
        <table className="data-table" data-testid="api-tokens-table">
          <thead>
            <tr>
              <th scope="col">{t('apiTokens.name')}</th>
              <th scope="col">{t('apiTokens.scopes')}</th>
              <th scope="col">{t('apiTokens.state')}</th>
              <th scope="col">{t('apiTokens.lastUsed')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.apiTokens ?? []).map((token) => (
              <tr key={token.id} className={token.live ? undefined : 'row--inactive'}>
                <td>
                  <strong>{token.name}</strong>
                  <div className="hint">
                    {organisationLabel(token.organisation)} · <code>{token.hint}</code> · {token.createdBy?.name}
                  </div>
                </td>
                <td>{token.scopes.map((scope) => t(`apiTokens.scope.${scope}`)).join(', ')}</td>
                <td>
                  {token.revokedAt
                    ? t('apiTokens.revokedOn', { date: format.dateTime(token.revokedAt) })
                    : token.live
                      ? t('apiTokens.until', { date: format.dateTime(token.expiresAt) })
                      : t('apiTokens.expiredOn', { date: format.dateTime(token.expiresAt) })}
                </td>
                <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.neverUsed')}</td>
                <td>
                  {token.live && (
                    <button
                      type="button"
                      className="button--secondary"
                      disabled={revoking}
                      aria-label={t('apiTokens.revokeOf', { name: token.name })}
                      onClick={() => void revoke({ variables: { id: token.id } }).catch(() => undefined)}
                    >
                      {t('apiTokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <MutationErrorMessage error={revokeError} />
    </PageState>
  );
}
