import { useTranslation } from 'react-i18next';
import { OrganisationChoice, organisationLabel } from './organisation-options';

/** Choice of an account's organisation, "none" first (viewers and admins belong to none). */
export function OrganisationSelect({
  organisations,
  value,
  onChange,
  ariaLabel,
}: {
  organisations: OrganisationChoice[];
  value: string;
  onChange: (key: string) => void;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <select aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('admin.users.noOrganisation')}</option>
      {organisations.map((o) => (
        <option key={o.key} value={o.key}>
          {organisationLabel(o)}
        </option>
      ))}
    </select>
  );
}
