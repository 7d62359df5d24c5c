import { ButtonWithReason } from '@pnq/ui';
import { LANGUAGES, ROLES, type Language } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, useInviteUserMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { OrganisationChoice } from './organisation-options';
import { OrganisationSelect } from './OrganisationSelect';

const EMPTY = { name: '', email: '', role: 'EDITOR' as Role, organisationKey: '', language: 'fr' as Language };

/** Invites a person by e-mail: they get a single-use link and choose their own password (the secretariat never knows it). */
export function InviteUserForm({ organisations, onInvited }: { organisations: OrganisationChoice[]; onInvited: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [invited, setInvited] = useState<string | null>(null);
  const [invite, { loading, error, reset }] = useInviteUserMutation();
  const set = (key: keyof typeof EMPTY, value: string) => {
    setInvited(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const missingOrganisation = draft.role === 'EDITOR' && !draft.organisationKey;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    try {
      await invite({ variables: { input: { ...draft, organisationKey: draft.organisationKey || null } } });
      setInvited(draft.email);
      setDraft(EMPTY);
      await onInvited();
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="invite-user-title">
      <h2 id="invite-user-title">{t('admin.users.invite')}</h2>
      <p className="hint">{t('admin.users.inviteHint')}</p>
      {invited && (
        <p role="status" className="saved">
          {t('admin.users.invited', { email: invited })}
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
          {t('admin.users.language')}
          <select value={draft.language} onChange={(e) => set('language', e.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <MutationErrorMessage error={error} />
      <ButtonWithReason type="submit" busy={loading} disabledReason={missingOrganisation ? t('errors.EDITOR_NEEDS_ORGANISATION') : null}>
        {t('admin.users.inviteSubmit')}
      </ButtonWithReason>
    </form>
  );
}
