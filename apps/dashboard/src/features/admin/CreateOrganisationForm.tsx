import { ORGANISATION_KINDS } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationKind, useCreateOrganisationMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';

const EMPTY = { key: '', name: '', acronym: '', kind: 'PUBLIC_BODY' as OrganisationKind };

/** Adds a body the plan does not name yet (e.g. a new agency taking over actions). */
export function CreateOrganisationForm({ onCreated }: { onCreated: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [createOrganisation, { loading, error, reset }] = useCreateOrganisationMutation();
  const set = (key: keyof typeof EMPTY, value: string) => {
    setCreated(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    try {
      await createOrganisation({ variables: { input: { ...draft, acronym: draft.acronym || null } } });
      setCreated(draft.name);
      setDraft(EMPTY);
      await onCreated();
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="create-organisation-title">
      <h2 id="create-organisation-title">{t('admin.organisations.create')}</h2>
      {created && (
        <p role="status" className="saved">
          {t('admin.organisations.created', { name: created })}
        </p>
      )}
      <div className="form-row">
        <label>
          {t('admin.organisations.name')}
          <input required minLength={2} value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          {t('admin.organisations.acronym')}
          <input maxLength={30} value={draft.acronym} onChange={(e) => set('acronym', e.target.value)} />
        </label>
        <label>
          {t('admin.organisations.key')}
          <input
            required
            pattern="[a-z0-9][a-z0-9\-]{1,60}"
            aria-describedby="organisation-key-hint"
            value={draft.key}
            onChange={(e) => set('key', e.target.value)}
          />
        </label>
        <label>
          {t('admin.organisations.kind')}
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.organisations.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint" id="organisation-key-hint">
        {t('admin.organisations.keyHint')}
      </p>
      <MutationErrorMessage error={error} />
      <button type="submit" disabled={loading}>
        {t('admin.organisations.createSubmit')}
      </button>
    </form>
  );
}
