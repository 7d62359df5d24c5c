import { ButtonWithReason } from '@pnq/ui';
import {
  calendarDateInCasablanca,
  DEFAULT_NATIONAL_VALUE_KIND,
  DEFAULT_NATIONAL_VALUE_QUALIFIER,
  NATIONAL_VALUE_KINDS,
  NATIONAL_VALUE_QUALIFIERS,
} from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddNationalIndicatorValueMutation } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';

export interface AddNationalValueFormProps {
  indicators: { key: string; label: string; unit: string }[];
  onSaved: () => Promise<unknown>;
}

/** Admins add a yearly figure (dated 31 December of the year) with its source; the server refuses duplicates and future actuals. */
export function AddNationalValueForm({ indicators, onSaved }: AddNationalValueFormProps) {
  const { t } = useTranslation();
  const thisYear = Number(calendarDateInCasablanca(new Date()).slice(0, 4));
  const [draft, setDraft] = useState({
    key: indicators[0].key,
    year: String(thisYear - 1),
    value: '',
    kind: DEFAULT_NATIONAL_VALUE_KIND,
    qualifier: DEFAULT_NATIONAL_VALUE_QUALIFIER,
    source: '',
    note: '',
  });
  const [saved, setSaved] = useState(false);
  const [add, { loading, error, reset }] = useAddNationalIndicatorValueMutation();
  const value = Number(draft.value.replace(',', '.'));
  const valid = draft.value.trim() !== '' && Number.isFinite(value) && /^\d{4}$/.test(draft.year) && draft.source.trim().length >= 3;
  const set = (key: keyof typeof draft, next: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: next }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    reset();
    try {
      await add({
        variables: {
          input: {
            key: draft.key,
            date: `${draft.year}-12-31`,
            value,
            kind: draft.kind,
            qualifier: draft.qualifier,
            source: draft.source.trim(),
            note: draft.note.trim() || undefined,
          },
        },
      });
      setSaved(true);
      setDraft((d) => ({ ...d, value: '', note: '' }));
      await onSaved();
    } catch {
      // The error is shown below from the mutation state.
    }
  };

  return (
    <form className="update-form" onSubmit={(e) => void submit(e)} aria-labelledby="add-national-title">
      <h2 id="add-national-title">{t('infrastructure.add.title')}</h2>
      {saved && (
        <p role="status" className="saved">
          {t('infrastructure.add.saved')}
        </p>
      )}
      <div className="form-row">
        <label>
          {t('infrastructure.add.indicator')}
          <select value={draft.key} onChange={(e) => set('key', e.target.value)}>
            {indicators.map((i) => (
              <option key={i.key} value={i.key}>
                {i.label} ({i.unit})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('infrastructure.add.year')}
          <input type="number" min={2000} max={2100} step={1} value={draft.year} onChange={(e) => set('year', e.target.value)} />
        </label>
        <label>
          {t('infrastructure.add.value')}
          <input type="text" inputMode="decimal" value={draft.value} onChange={(e) => set('value', e.target.value)} />
        </label>
        <label>
          {t('infrastructure.add.kind')}
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
            {NATIONAL_VALUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`infrastructure.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('infrastructure.add.qualifier')}
          <select value={draft.qualifier} onChange={(e) => set('qualifier', e.target.value)}>
            {NATIONAL_VALUE_QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {t(`infrastructure.qualifierOption.${q}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('infrastructure.add.source')}
        <input type="text" maxLength={500} value={draft.source} onChange={(e) => set('source', e.target.value)} />
      </label>
      <label>
        {t('infrastructure.add.note')}
        <textarea rows={2} maxLength={2000} value={draft.note} onChange={(e) => set('note', e.target.value)} />
      </label>
      <MutationErrorMessage error={error} />
      <ButtonWithReason type="submit" busy={loading} disabledReason={valid ? null : t('ux.why.valueYearSource')}>
        {t('infrastructure.add.submit')}
      </ButtonWithReason>
    </form>
  );
}
