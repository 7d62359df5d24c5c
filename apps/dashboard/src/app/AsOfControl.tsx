import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { useAsOf } from './useAsOf';

/** One date control that changes every figure on every screen. */
export function AsOfControl() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useAsOf();
  return (
    <label className="as-of">
      <span>{t('asOf.label')}</span>
      <input
        type="date"
        value={asOf}
        min={`${PLAN_FIRST_YEAR}-01-01`}
        max={`${PLAN_LAST_YEAR}-12-31`}
        onChange={(event) => setAsOf(event.target.value || null)}
      />
      <button type="button" className="button--ghost" onClick={() => setAsOf(null)}>
        {t('asOf.today')}
      </button>
    </label>
  );
}
