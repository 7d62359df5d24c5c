import { ROLES } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, useCreateUserMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { OrganisationChoice } from './organisation-options';
import { OrganisationSelect } from './OrganisationSelect';

const EMPTY = { name: '', email: '', role: 'EDITOR' as Role, organisationKey: '', password: '' };

/** Creates an account; an editor must belong to an organisation (checked here and again by the server). */
export function CreateUserForm({ organisations, onCreated }: { organisations: OrganisationChoice[]; onCreated: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [createUser, { loading, error, reset }] = useCreateUserMutation();
  const set = (key: keyof typeof EMPTY, value: string) => {
    setCreated(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const missingOrganisation = draft.role === 'EDITOR' && !draft.organisationKey;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    try {
      await createUser({ variables: { input: { ...draft, organisationKey: draft.organisationKey || null } } });
      setCreated(draft.email);
      setDraft(EMPTY);
      await onCreated();
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin.users.create')}</h2>
      {created && (
        <p role="status" className="saved">
          {t('admin.users.created', { email: created })}
        </p>
      )}
      <div className="form-row">
        <label>
          {t('admin.users.name')}
          <input required minLength={2} value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          {t('admin.users.email')}
          <input required type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} />
        </label>
        <label>
          {t('admin.users.role')}
          <select value={draft.role} onChange={(e) => set('role', e.target.value)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.users.organisation')}
          <OrganisationSelect organisations={organisations} value={draft.organisationKey} onChange={(key) => set('organisationKey', key)} />
        </label>
        <label>
          {t('admin.users.password')}
          <input required type="password" minLength={12} autoComplete="new-password" value={draft.password} onChange={(e) => set('password', e.target.value)} />
        </label>
      </div>
      <p className="hint">{t('admin.users.passwordHint')}</p>
      {missingOrganisation && <p className="hint">{t('errors.EDITOR_NEEDS_ORGANISATION')}</p>}
      <MutationErrorMessage error={error} />
      <button type="submit" disabled={loading || missingOrganisation}>
        {t('admin.users.createSubmit')}
      </button>
    </form>
  );
}
