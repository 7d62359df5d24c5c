import { ButtonWithReason } from '@pnq/ui';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminOrganisationFieldsFragment, useMergeOrganisationsMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { organisationLabel } from './organisation-options';

/**
 * Merges a duplicate into the organisation kept: its action links, aliases and accounts move over and
 * the duplicate disappears. Irreversible, so the person confirms after reading what will move.
 */
export function MergeOrganisationsForm({ organisations, onMerged }: { organisations: AdminOrganisationFieldsFragment[]; onMerged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [duplicateKey, setDuplicateKey] = useState('');
  const [keepKey, setKeepKey] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [merged, setMerged] = useState<string | null>(null);
  const [merge, { loading, error, reset }] = useMergeOrganisationsMutation();
  const duplicate = organisations.find((o) => o.key === duplicateKey);
  const keep = organisations.find((o) => o.key === keepKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!duplicate || !keep || !confirmed) return;
    reset();
    try {
      await merge({ variables: { input: { duplicateKey, keepKey } } });
      await onMerged();
      setMerged(t('admin.organisations.merged', { duplicate: organisationLabel(duplicate), keep: organisationLabel(keep) }));
      setDuplicateKey('');
      setConfirmed(false);
    } catch {
      // shown by MutationErrorMessage
    }
  };

  const options = organisations.map((o) => (
    <option key={o.key} value={o.key}>
      {organisationLabel(o)}
    </option>
  ));

  return (
    <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="merge-title">
      <h2 id="merge-title">{t('admin.organisations.merge')}</h2>
      <p className="hint">{t('admin.organisations.mergeIntro')}</p>
      {merged && (
        <p role="status" className="saved">
          {merged}
        </p>
      )}
      <div className="form-row">
        <label>
          {t('admin.organisations.duplicate')}
          <select value={duplicateKey} onChange={(e) => (setDuplicateKey(e.target.value), setConfirmed(false), setMerged(null))}>
            <option value="">—</option>
            {options}
          </select>
        </label>
        <label>
          {t('admin.organisations.keep')}
          <select value={keepKey} onChange={(e) => (setKeepKey(e.target.value), setConfirmed(false), setMerged(null))}>
            <option value="">—</option>
            {options}
          </select>
        </label>
      </div>
      {duplicate && keep && duplicate.key !== keep.key && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          {t('admin.organisations.mergeConfirm', {
            duplicate: organisationLabel(duplicate),
            keep: organisationLabel(keep),
            owned: duplicate.ownedActionCount,
            partnered: duplicate.partnerActionCount,
          })}
        </label>
      )}
      <MutationErrorMessage error={error} />
      <ButtonWithReason
        type="submit"
        busy={loading}
        disabledReason={
          !duplicate || !keep
            ? t('ux.why.pickTwoOrganisations')
            : duplicate.key === keep.key
              ? t('errors.MERGE_SAME_ORGANISATION')
              : !confirmed
                ? t('ux.why.confirmFirst')
                : null
        }
      >
        {t('admin.organisations.mergeSubmit')}
      </ButtonWithReason>
    </form>
  );
}
