import type { FundingStatus } from '@pnq/domain';
import { useTranslation } from 'react-i18next';

/** The funding status in words, coloured by how far the money is found (the words carry the meaning, not the colour). */
export function FundingStatusBadge({ status }: { status: FundingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`funding-status funding-status--${status.toLowerCase().replace(/_/g, '-')}`} data-testid="funding-status">
      {t(`financing.status.${status}`)}
    </span>
  );
}
