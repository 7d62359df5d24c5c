import { ORGANISATION_KINDS } from '@pnq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { AdminOrganisationFieldsFragment, OrganisationKind, useUpdateOrganisationMutation } from '../../generated/graphql';
import { asOfOnly } from '../../app/useAsOf';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { RowEditButtons } from './RowEditButtons';

/** One organisation: its name as the plan prints it can be corrected, its key stays (links and accounts use it). */
export function OrganisationRow({ organisation }: { organisation: AdminOrganisationFieldsFragment }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name: organisation.name, acronym: organisation.acronym ?? '', kind: organisation.kind });
  const [update, { loading, error, reset }] = useUpdateOrganisationMutation();

  const save = async () => {
    reset();
    try {
      await update({ variables: { input: { key: organisation.key, name: draft.name, acronym: draft.acronym || null, kind: draft.kind } } });
      setEditing(false);
    } catch {
      // shown by MutationErrorMessage
    }
  };

  return (
    <tr data-testid={`organisation-${organisation.key}`}>
      <td>
        {editing ? (
          <input
            aria-label={t('admin.organisations.acronymOf', { key: organisation.key })}
            value={draft.acronym}
            onChange={(e) => setDraft({ ...draft, acronym: e.target.value })}
          />
        ) : (
          <Link to={{ pathname: `/organisations/${organisation.key}`, search: asOfOnly(search) }}>{organisation.acronym ?? organisation.key}</Link>
        )}
      </td>
      <td>
        {editing ? (
          <input
            aria-label={t('admin.organisations.nameOf', { key: organisation.key })}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        ) : (
          organisation.name
        )}
        {organisation.aliases.length > 1 && <div className="hint">{t('admin.organisations.aliases', { count: organisation.aliases.length })}</div>}
      </td>
      <td>
        {editing ? (
          <select
            aria-label={t('admin.organisations.kindOf', { key: organisation.key })}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as OrganisationKind })}
          >
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.organisations.kinds.${kind}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`admin.organisations.kinds.${organisation.kind}`)
        )}
      </td>
      <td>{organisation.ownedActionCount}</td>
      <td>{organisation.partnerActionCount}</td>
      <td className="row-actions">
        <RowEditButtons
          editing={editing}
          busy={loading}
          editLabel={t('admin.organisations.editOf', { key: organisation.acronym ?? organisation.key })}
          onEdit={() => setEditing(true)}
          onSave={() => void save()}
          onCancel={() => setEditing(false)}
        />
        <MutationErrorMessage error={error} />
      </td>
    </tr>
  );
}
