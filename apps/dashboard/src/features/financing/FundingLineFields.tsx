import { CURRENCIES, FUNDING_SOURCES, FundingSource } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import type { FundingPartnersQuery } from '../../generated/graphql';
import { emptyLine, emptyYear, LineDraft, YearDraft } from './financing-draft';
import { ScrollBox } from '../shared/ScrollBox';

export interface FundingLineFieldsProps {
  number: number;
  line: LineDraft;
  partners: FundingPartnersQuery['organisations'];
  defaultYear: number;
  onChange: (line: LineDraft) => void;
  onRemove: () => void;
}

const AMOUNT_FIELDS = ['planned', 'committed', 'disbursed'] as const;

/** One funding line: its source and what names it (budget line, or partner and programme), then its amounts per year. */
export function FundingLineFields({ number, line, partners, defaultYear, onChange, onRemove }: FundingLineFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof LineDraft>(key: K, value: LineDraft[K]) => onChange({ ...line, [key]: value });
  const setYear = (index: number, key: keyof YearDraft, value: string) =>
    set(
      'amounts',
      line.amounts.map((year, i) => (i === index ? { ...year, [key]: value } : year)),
    );
  const nextYear = line.amounts.length ? Math.max(...line.amounts.map((a) => Number(a.year) || defaultYear)) + 1 : defaultYear;
  return (
    <fieldset className="funding-line" data-testid={`funding-line-${number}`}>
      <legend>{t('financing.form.line', { n: number })}</legend>
      <div className="form-row">
        <label>
          {t('financing.form.source')}
          <select value={line.source} onChange={(e) => onChange({ ...emptyLine(e.target.value as FundingSource, defaultYear), amounts: line.amounts })}>
            {FUNDING_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`financing.source.${source}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('financing.form.currency')}
          <select value={line.currency} onChange={(e) => set('currency', e.target.value as LineDraft['currency'])}>
            {CURRENCIES.map((currency) => (
              <option key={currency}>{currency}</option>
            ))}
          </select>
        </label>
        {line.source === 'OWN_BUDGET' ? (
          <>
            <label>
              {t('financing.form.budgetYear')}
              <input type="number" min={2020} max={2040} value={line.budgetYear} onChange={(e) => set('budgetYear', e.target.value)} />
            </label>
            <label className="wide">
              {t('financing.form.budgetLine')}
              <input type="text" maxLength={200} value={line.budgetLine} onChange={(e) => set('budgetLine', e.target.value)} />
            </label>
          </>
        ) : (
          <>
            <label>
              {t('financing.form.partner')}
              <select value={line.partnerKey} onChange={(e) => set('partnerKey', e.target.value)}>
                <option value="">{t('financing.form.choosePartner')}</option>
                {partners.map((partner) => (
                  <option key={partner.key} value={partner.key}>
                    {partner.acronym ? `${partner.acronym} — ${partner.name}` : partner.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="wide">
              {t('financing.form.programme')}
              <input type="text" maxLength={200} value={line.programme} onChange={(e) => set('programme', e.target.value)} />
            </label>
            <label>
              {t('financing.form.periodStart')}
              <input type="number" min={2020} max={2040} value={line.periodStart} onChange={(e) => set('periodStart', e.target.value)} />
            </label>
            <label>
              {t('financing.form.periodEnd')}
              <input type="number" min={2020} max={2040} value={line.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
            </label>
          </>
        )}
      </div>
      {line.source === 'COOPERATION' && <p className="hint">{t('financing.form.partnerHint')}</p>}
      <ScrollBox label={t('financing.form.amountsOf', { n: number })}>
        <table className="data-table funding-amounts">
          <caption>{t('financing.form.amountsOf', { n: number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('financing.form.year')}</th>
              {AMOUNT_FIELDS.map((field) => (
                <th key={field} scope="col">
                  {t(`financing.col.${field}`)} ({line.currency})
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('financing.form.removeYear', { year: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {line.amounts.map((year, index) => (
              <tr key={index}>
                <td>
                  <input
                    type="number"
                    min={2020}
                    max={2040}
                    aria-label={t('financing.form.year')}
                    value={year.year}
                    onChange={(e) => setYear(index, 'year', e.target.value)}
                  />
                </td>
                {AMOUNT_FIELDS.map((field) => (
                  <td key={field}>
                    <input
                      type="text"
                      inputMode="decimal"
                      aria-label={`${t(`financing.col.${field}`)} ${year.year} (${line.currency})`}
                      value={year[field]}
                      onChange={(e) => setYear(index, field, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      set(
                        'amounts',
                        line.amounts.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('financing.form.removeYear', { year: year.year })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('financing.form.amountHint')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => set('amounts', [...line.amounts, emptyYear(nextYear)])}>
          {t('financing.form.addYear')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('financing.form.removeLine', { n: number })}
        </button>
      </div>
    </fieldset>
  );
}
