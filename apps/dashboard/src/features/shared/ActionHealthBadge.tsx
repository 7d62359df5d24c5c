import { HealthBadge, HealthTone } from '@pnq/ui';
import { useTranslation } from 'react-i18next';

/** The health badge with its label in the interface language. */
export function ActionHealthBadge({ health }: { health: HealthTone }) {
  const { t } = useTranslation();
  return <HealthBadge health={health} label={t(`healthValue.${health}`)} />;
}
