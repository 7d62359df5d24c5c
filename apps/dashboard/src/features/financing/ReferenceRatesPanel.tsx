import { calendarDateInCasablanca, parseRate } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordReferenceRateMutation, useReferenceRatesQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { FinancingErrorMessage } from './FinancingErrorMessage';
import { ScrollBox } from '../shared/ScrollBox';

/** The secretariat's reference rates: the list, and a form to record one for a date (never rewritten). */
export function ReferenceRatesPanel({ onSaved }: { onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = calendarDateInCasablanca(new Date());
  const { data, refetch } = useReferenceRatesQuery();
  const [record, { loading, error, reset }] = useRecordReferenceRateMutation();
  const [draft, setDraft] = useState({ currency: 'EUR', date: today, rate: '', source: '' });
  const [saved, setSaved] = useState(false);
  const rateProblem = draft.rate.trim() === '' ? null : parseRate(draft.rate);
  const invalid = draft.rate.trim() === '' || (rateProblem !== null && 'code' in rateProblem);
  const set = (key: keyof typeof draft, value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    reset();
    try {
      await record({ variables: { input: { ...draft, rate: draft.rate.trim().replace(',', '.'), source: draft.source.trim() || undefined } } });
      setSaved(true);
      setDraft((d) => ({ ...d, rate: '' }));
      await Promise.all([refetch(), onSaved()]);
    } catch {
      // shown by FinancingErrorMessage
    }
  };
  const rates = data?.referenceRates ?? [];
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">{t('financing.rates.title')}</h2>
      {rates.length === 0 ? (
        <p>{t('financing.rates.none')}</p>
      ) : (
        <ScrollBox label={t('financing.rates.title')}>
          <table className="data-table" data-testid="reference-rates">
            <thead>
              <tr>
                <th scope="col">{t('financing.rates.currency')}</th>
                <th scope="col">{t('financing.rates.date')}</th>
                <th scope="col">{t('financing.rates.rate')}</th>
                <th scope="col">{t('financing.rates.source')}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={`${rate.currency}-${rate.date}`}>
                  <td>{rate.currency}</td>
                  <td>{format.date(rate.date)}</td>
                  <td className="number">{rate.rate}</td>
                  <td>{rate.source || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <form onSubmit={(e) => void submit(e)} aria-labelledby="rates-title" data-testid="reference-rate-form">
        <div className="form-row">
          <label>
            {t('financing.rates.currency')}
            <select value={draft.currency} onChange={(e) => set('currency', e.target.value)}>
              <option>EUR</option>
              <option>USD</option>
            </select>
          </label>
          <label>
            {t('financing.rates.date')}
            <input type="date" max={today} value={draft.date} onChange={(e) => set('date', e.target.value)} />
          </label>
          <label>
            {t('financing.rates.rate')}
            <input type="text" inputMode="decimal" value={draft.rate} onChange={(e) => set('rate', e.target.value)} />
          </label>
          <label>
            {t('financing.rates.source')}
            <input type="text" maxLength={200} value={draft.source} onChange={(e) => set('source', e.target.value)} />
          </label>
        </div>
        {rateProblem && 'code' in rateProblem && <p className="form-error">{t('financing.errors.INVALID_REFERENCE_RATE')}</p>}
        <FinancingErrorMessage error={error} />
        {saved && (
          <p role="status" className="saved">
            {t('financing.rates.saved')}
          </p>
        )}
        <button type="submit" disabled={loading || invalid}>
          {t('financing.rates.submit')}
        </button>
      </form>
    </section>
  );
}
