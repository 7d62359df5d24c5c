import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@pnq/domain';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyPreferencesQuery, useUpdateMyPreferencesMutation } from '../../generated/graphql';
import { applyLanguage } from '../../i18n/i18n';
import { PageState } from '../shared/PageState';

/** A user's own preferences: the language of the interface and mails, and opting out of non-essential mails. */
export default function PreferencesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMyPreferencesQuery();
  const [save, { loading: saving, error: saveError, data: saved }] = useUpdateMyPreferencesMutation();
  const [language, setLanguage] = useState<Language>(DEFAULT_LANGUAGE);
  const [optOut, setOptOut] = useState(false);

  useEffect(() => {
    if (!data?.me) return;
    setLanguage(isLanguage(data.me.language) ? data.me.language : DEFAULT_LANGUAGE);
    setOptOut(data.me.mailOptOut);
  }, [data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ variables: { input: { language, mailOptOut: optOut } } }).then((result) => {
      if (result.data) applyLanguage(language);
    });
  };

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('reminders.preferences.title')}</h1>
      <form className="panel-form" onSubmit={submit} data-testid="preferences-form">
        <label>
          <span>{t('reminders.preferences.language')}</span>
          <select value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
            {LANGUAGES.map((value) => (
              <option key={value} value={value} lang={value}>
                {t(`language.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-form__check">
          <input type="checkbox" checked={optOut} onChange={(event) => setOptOut(event.target.checked)} />
          <span>{t('reminders.preferences.optOut')}</span>
        </label>
        <p className="hint">{t('reminders.preferences.essential')}</p>
        <button type="submit" disabled={saving}>
          {t('reminders.preferences.save')}
        </button>
        <div role="status" aria-live="polite">
          {saved && !saveError && <p>{t('reminders.preferences.saved')}</p>}
          <MutationErrorMessage error={saveError} />
        </div>
      </form>
    </PageState>
  );
}
