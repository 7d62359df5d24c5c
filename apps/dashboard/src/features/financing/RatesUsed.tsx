import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

/** The reference rates a converted total used, shown beside it (and the currencies it could not convert). */
export function RatesUsed({ rates, unconverted }: { rates: { currency: string; date: string; rate: string }[]; unconverted: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="rates-used" data-testid="rates-used">
      {rates.map((rate) => (
        <span key={rate.currency}>{t('financing.rateUsed', { currency: rate.currency, rate: rate.rate, date: format.date(rate.date) })} </span>
      ))}
      {unconverted.length > 0 && (
        <span role="note" className="form-error">
          {t('financing.unconverted', { currencies: unconverted.join(', ') })}
        </span>
      )}
    </span>
  );
}
