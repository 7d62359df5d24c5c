import { calendarDateInCasablanca, validateIndicatorValue, type IndicatorKind } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '../shared/FormProblems';
import { IndicatorFormPanel } from './IndicatorFormPanel';
import { useEditableDraft, useVersionedSave } from '../shared/useVersionedSave';
import { useRecordIndicatorValueMutation } from '../../generated/graphql';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { useEvidenceUploads } from '../evidence/useEvidenceUploads';

export interface RecordIndicatorValueFormProps {
  indicatorId: string;
  kind: IndicatorKind;
  unit: string | null;
  version: number;
  /** Reloads the action (and the indicator's values) from the server. */
  onSaved: () => Promise<unknown>;
  /** Given: files may go with the value (sent once it is saved). */
  actionRef?: string;
}

interface Draft {
  value: string;
  achieved: boolean;
  date: string;
  source: string;
  comment: string;
  evidence: string;
}

/**
 * Records a value (quantitative) or an achievement (milestone). The rules are checked here with the server's
 * functions, then by the server. On VERSION_CONFLICT the typed text is kept, the values reload, and the
 * person saves again on the new version — as in the status form.
 */
export function RecordIndicatorValueForm({ indicatorId, kind, unit, version, onSaved, actionRef }: RecordIndicatorValueFormProps) {
  const { t } = useTranslation();
  const today = calendarDateInCasablanca(new Date());
  const { conflict, saved, setSaved, submitWith } = useVersionedSave(onSaved);
  const { draft, setDraft, set } = useEditableDraft<Draft>({ value: '', achieved: true, date: today, source: '', comment: '', evidence: '' }, () =>
    setSaved(false),
  );
  const [record, { loading, error, reset }] = useRecordIndicatorValueMutation();
  const files = useEvidenceUploads();
  const evidenceUrls = draft.evidence.split(/\s+/).filter(Boolean);
  const numeric = draft.value.trim() === '' ? null : Number(draft.value.replace(',', '.'));
  const fields = kind === 'QUANTITATIVE' ? { value: numeric } : { achieved: draft.achieved };
  const problems = validateIndicatorValue(kind, { date: draft.date, ...fields, comment: draft.comment, source: draft.source, evidenceUrls }, today);

  const submit = submitWith(
    problems.length > 0,
    reset,
    (conflictVersion) =>
      record({
        variables: {
          input: {
            indicatorId: Number(indicatorId),
            date: draft.date,
            ...(kind === 'QUANTITATIVE' ? { value: numeric } : { achieved: draft.achieved }),
            source: draft.source.trim() || undefined,
            comment: draft.comment.trim() || undefined,
            evidenceUrls,
            expectedVersion: conflictVersion ?? version,
          },
        },
      }).then(async (result) => {
        // The files chosen go with the value just recorded: the newest version of the indicator's values.
        const newest = [...(result.data?.recordIndicatorValue.values ?? [])].sort((a, b) => b.version - a.version)[0];
        if (actionRef && newest && files.chosen.length > 0) await files.sendAll(actionRef, { indicatorValue: newest.id });
        return result;
      }),
    () => setDraft((d) => ({ ...d, value: '', comment: '', evidence: '' })),
  );

  return (
    <IndicatorFormPanel
      title={kind === 'QUANTITATIVE' ? t('indicators.record.title') : t('indicators.record.titleMilestone')}
      onSubmit={submit}
      conflict={conflict}
      saved={saved}
      savedText={t('indicators.record.saved')}
      conflictTestId="indicator-conflict"
    >
      <div className="form-row">
        {kind === 'QUANTITATIVE' ? (
          <label>
            {t('indicators.record.value', { unit: unit ?? '' })}
            <input type="text" inputMode="decimal" value={draft.value} onChange={(e) => set('value', e.target.value)} />
          </label>
        ) : (
          <label>
            {t('indicators.record.achieved')}
            <select value={draft.achieved ? 'yes' : 'no'} onChange={(e) => set('achieved', e.target.value === 'yes')}>
              <option value="yes">{t('indicators.yes')}</option>
              <option value="no">{t('indicators.no')}</option>
            </select>
          </label>
        )}
        <label>
          {t('indicators.record.date')}
          <input type="date" max={today} value={draft.date} onChange={(e) => set('date', e.target.value)} />
        </label>
        <label>
          {t('indicators.record.source')}
          <input type="text" maxLength={500} value={draft.source} onChange={(e) => set('source', e.target.value)} />
        </label>
      </div>
      <label>
        {t('indicators.record.comment')}
        <textarea rows={2} maxLength={2000} value={draft.comment} onChange={(e) => set('comment', e.target.value)} />
      </label>
      <label>
        {t('indicators.record.evidence')}
        <textarea rows={2} value={draft.evidence} placeholder="https://…" onChange={(e) => set('evidence', e.target.value)} />
      </label>
      {actionRef && <EvidencePicker chosen={files.chosen} onChoose={files.setChosen} uploads={files.uploads} round={files.round} />}
      <FormProblems
        show={draft.value !== '' || kind === 'MILESTONE'}
        problems={problems.map((p) => ({ code: p.code, text: t(`indicators.record.errors.${p.code}`, { defaultValue: p.message }) }))}
        error={error}
      />
      <button type="submit" disabled={loading || problems.length > 0}>
        {conflict ? t('indicators.record.retry') : t('indicators.record.submit')}
      </button>
    </IndicatorFormPanel>
  );
}
