import { calendarDateInCasablanca, CURRENCIES } from '@pnq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingPartnersQuery, useRecordActionFinancingMutation, type FinancingFieldsFragment } from '../../generated/graphql';
import { SaveNotices } from '../shared/SaveNotices';
import { useEditableDraft, useVersionedSave } from '../shared/useVersionedSave';
import { draftOf, emptyLine, FormDraft, inputOf, problemsOf } from './financing-draft';
import { FinancingErrorMessage } from './FinancingErrorMessage';
import { FundingLineFields } from './FundingLineFields';

export interface FinancingFormProps {
  actionRef: string;
  /** The latest version (0: none): sent as expectedVersion. */
  version: number;
  /** The financing in force, the form's starting point. */
  current: FinancingFieldsFragment | null | undefined;
  onSaved: () => Promise<unknown>;
}

/**
 * Records the action's financing as a new version: whether it needs specific funding, its estimated cost, and its
 * funding lines with their amounts per year. The rules are checked here with libs/domain's, then by the server;
 * on VERSION_CONFLICT what was typed is kept and the next save goes on the version the server reported.
 */
export function FinancingForm({ actionRef, version, current, onSaved }: FinancingFormProps) {
  const { t } = useTranslation();
  const today = calendarDateInCasablanca(new Date());
  const partners = useFundingPartnersQuery().data?.organisations ?? [];
  const { conflict, saved, setSaved, submitWith } = useVersionedSave(onSaved);
  const [open, setOpen] = useState(!current);
  const { draft, set } = useEditableDraft<FormDraft>(draftOf(current, today), () => setSaved(false));
  const [record, { loading, error, reset }] = useRecordActionFinancingMutation();
  const problems = problemsOf(draft);
  /** New lines and years start in the year the statement takes effect. */
  const thisYear = Number(draft.effectiveDate.slice(0, 4)) || Number(today.slice(0, 4));
  const submit = submitWith(problems.length > 0, reset, (conflictVersion) =>
    record({ variables: { input: inputOf(draft, actionRef, conflictVersion ?? version) } }),
  );
  const setLine = (index: number, line: FormDraft['lines'][number]) =>
    set(
      'lines',
      draft.lines.map((l, i) => (i === index ? line : l)),
    );

  return (
    <details className="financing-form" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id="financing-form-title">{t('financing.form.title')}</summary>
      <form onSubmit={submit} aria-labelledby="financing-form-title" data-testid="financing-form">
        <SaveNotices
          conflict={conflict}
          saved={saved}
          conflictTitle={t('financing.form.conflictTitle')}
          conflictBody={(v) => t('financing.form.conflictBody', { version: v })}
          savedText={t('financing.form.saved')}
          conflictTestId="financing-conflict"
        />
        <label className="checkbox">
          <input type="checkbox" checked={draft.needsFunding} onChange={(e) => set('needsFunding', e.target.checked)} />
          {t('financing.form.needsFunding')}
        </label>
        {draft.needsFunding && (
          <>
            <div className="form-row">
              <label>
                {t('financing.form.estimatedCost')}
                <input type="text" inputMode="decimal" value={draft.estimatedCost} onChange={(e) => set('estimatedCost', e.target.value)} />
              </label>
              <label>
                {t('financing.form.costCurrency')}
                <select value={draft.costCurrency} onChange={(e) => set('costCurrency', e.target.value as FormDraft['costCurrency'])}>
                  {CURRENCIES.map((currency) => (
                    <option key={currency}>{currency}</option>
                  ))}
                </select>
              </label>
            </div>
            {draft.lines.map((line, index) => (
              <FundingLineFields
                key={index}
                number={index + 1}
                line={line}
                partners={partners}
                defaultYear={thisYear}
                onChange={(changed) => setLine(index, changed)}
                onRemove={() =>
                  set(
                    'lines',
                    draft.lines.filter((_, i) => i !== index),
                  )
                }
              />
            ))}
            <div className="form-actions">
              <button type="button" onClick={() => set('lines', [...draft.lines, emptyLine('OWN_BUDGET', thisYear)])}>
                {t('financing.form.addLine')} — {t('financing.source.OWN_BUDGET')}
              </button>
              <button type="button" onClick={() => set('lines', [...draft.lines, emptyLine('COOPERATION', thisYear)])}>
                {t('financing.form.addLine')} — {t('financing.source.COOPERATION')}
              </button>
            </div>
          </>
        )}
        <div className="form-row">
          <label>
            {t('financing.form.effectiveDate')}
            <input type="date" max={today} value={draft.effectiveDate} onChange={(e) => set('effectiveDate', e.target.value)} />
          </label>
          <label className="wide">
            {t('financing.form.comment')}
            <input type="text" maxLength={2000} value={draft.comment} onChange={(e) => set('comment', e.target.value)} />
          </label>
        </div>
        {problems.length > 0 && (
          <ul className="form-error" data-testid="financing-problems">
            {[...new Set(problems.map((p) => p.code))].map((code) => (
              <li key={code}>{t(`financing.errors.${code}`)}</li>
            ))}
          </ul>
        )}
        <FinancingErrorMessage error={error} />
        <button type="submit" disabled={loading || problems.length > 0}>
          {conflict ? t('financing.form.retry') : t('financing.form.submit')}
        </button>
      </form>
    </details>
  );
}
