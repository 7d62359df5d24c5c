import { ROLES } from '@pnq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminUserFieldsFragment, Role, useUpdateUserMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { OrganisationChoice, organisationLabel } from './organisation-options';
import { OrganisationSelect } from './OrganisationSelect';
import { RowEditButtons } from './RowEditButtons';

/** One account: read-only until "Modifier"; role and organisation change together, deactivation ends the sessions. */
export function UserRow({ user, organisations }: { user: AdminUserFieldsFragment; organisations: OrganisationChoice[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [organisationKey, setOrganisationKey] = useState(user.organisation?.key ?? '');
  const [updateUser, { loading, error, reset }] = useUpdateUserMutation();

  const save = async (change: { role?: Role; organisationKey?: string | null; active?: boolean }) => {
    reset();
    try {
      await updateUser({ variables: { input: { email: user.email, ...change } } });
      setEditing(false);
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <tr data-testid={`user-${user.email}`} className={user.active ? undefined : 'row--inactive'}>
      <td>
        <strong>{user.name}</strong>
        <div className="hint">{user.email}</div>
      </td>
      <td>
        {editing ? (
          <select aria-label={t('admin.users.roleOf', { name: user.name })} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`roles.${user.role}`)
        )}
      </td>
      <td>
        {editing ? (
          <OrganisationSelect
            organisations={organisations}
            value={organisationKey}
            onChange={setOrganisationKey}
            ariaLabel={t('admin.users.organisationOf', { name: user.name })}
          />
        ) : user.organisation ? (
          organisationLabel(user.organisation)
        ) : (
          '—'
        )}
      </td>
      <td>{user.active ? t('admin.users.active') : t('admin.users.inactive')}</td>
      <td className="row-actions">
        <RowEditButtons
          editing={editing}
          busy={loading}
          editLabel={t('admin.users.editOf', { name: user.name })}
          onEdit={() => setEditing(true)}
          onSave={() => void save({ role, organisationKey: organisationKey || null })}
          onCancel={() => setEditing(false)}
        />
        <button
          type="button"
          className="button--secondary"
          disabled={loading}
          aria-label={t(user.active ? 'admin.users.deactivateOf' : 'admin.users.reactivateOf', { name: user.name })}
          onClick={() => void save({ active: !user.active })}
        >
          {user.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
        </button>
        <MutationErrorMessage error={error} />
      </td>
    </tr>
  );
}
