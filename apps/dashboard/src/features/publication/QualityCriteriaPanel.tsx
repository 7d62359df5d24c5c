import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QualityDashboardQuery, useRecordQualityCriterionMutation } from '../../generated/graphql';

type Criterion = QualityDashboardQuery['qualityDashboard']['criteria'][number];

/** The quality dashboard's criteria (action 5-2.5.1): what each follows and which national figures show it; the secretariat adds them. */
export function QualityCriteriaPanel({ criteria, onSaved }: { criteria: readonly Criterion[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ key: '', label: '', description: '', figureKeys: '' });
  const [saved, setSaved] = useState(false);
  const [record, recording] = useRecordQualityCriterionMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const figureKeys = draft.figureKeys
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean);
    const { data } = await record({ variables: { input: { key: draft.key.trim(), label: draft.label, description: draft.description, figureKeys } } }).catch(
      () => ({
        data: undefined,
      }),
    );
    if (!data) return;
    setSaved(true);
    setDraft({ key: '', label: '', description: '', figureKeys: '' });
    onSaved();
  };

  return (
    <>
      <h3>{t('publication.criteria')}</h3>
      {criteria.length ? (
        <ul data-testid="quality-criteria">
          {criteria.map((c) => (
            <li key={c.key}>
              <strong>{c.label}</strong> — {c.description} {c.figureKeys.length > 0 && <code>{c.figureKeys.join(', ')}</code>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('publication.noCriteria')}</p>
      )}
      <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="criterion-title">
        <h4 id="criterion-title">{t('publication.criterion.add')}</h4>
        <div className="form-row">
          <div className="field">
            <label htmlFor="criterion-key">{t('publication.criterion.key')}</label>
            <input id="criterion-key" value={draft.key} required pattern="[a-z0-9][a-z0-9-]*" onChange={(e) => setDraft({ ...draft, key: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="criterion-label">{t('publication.criterion.label')}</label>
            <input id="criterion-label" value={draft.label} required onChange={(e) => setDraft({ ...draft, label: e.target.value })} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="criterion-description">{t('publication.criterion.description')}</label>
          <textarea id="criterion-description" value={draft.description} required onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="criterion-figures">{t('publication.criterion.figureKeys')}</label>
          <input id="criterion-figures" value={draft.figureKeys} onChange={(e) => setDraft({ ...draft, figureKeys: e.target.value })} />
        </div>
        <button type="submit" disabled={recording.loading}>
          {t('publication.criterion.save')}
        </button>
        <div role="status" aria-live="polite">
          {saved && t('publication.criterion.saved')}
        </div>
        {recording.error && (
          <p role="alert" className="form-error">
            {t(`publication.errors.${String(recording.error.graphQLErrors[0]?.extensions?.code)}`, { defaultValue: recording.error.message })}
          </p>
        )}
      </form>
    </>
  );
}
