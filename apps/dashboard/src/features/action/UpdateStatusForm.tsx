import { ButtonWithReason } from '@pnq/ui';
import { ACTION_STATUSES, calendarDateInCasablanca, validateStatusUpdate, type ActionStatus } from '@pnq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '../shared/FormProblems';
import { SaveNotices } from '../shared/SaveNotices';
import { useVersionedSave } from '../shared/useVersionedSave';
import { useUpdateActionStatusMutation } from '../../generated/graphql';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { useEvidenceUploads } from '../evidence/useEvidenceUploads';

export interface UpdateStatusFormProps {
  actionRef: string;
  version: number;
  current: { status: ActionStatus; progress: number };
  /** Reloads the action (and its history) from the server. */
  onSaved: () => Promise<unknown>;
}

interface Draft {
  status: ActionStatus;
  progress: number;
  comment: string;
  effectiveDate: string;
  evidence: string;
}

/**
 * The owner's update form. The rules are checked here first (same functions as the server), and the
 * server checks them again. On VERSION_CONFLICT the typed text is kept: the page reloads the latest
 * history, says what changed, and the person saves again on the new version.
 */
export function UpdateStatusForm({ actionRef, version, current, onSaved }: UpdateStatusFormProps) {
  const { t } = useTranslation();
  const today = calendarDateInCasablanca(new Date());
  const [draft, setDraft] = useState<Draft>({ status: current.status, progress: current.progress, comment: '', effectiveDate: today, evidence: '' });
  const { conflict, saved, setSaved, submitWith } = useVersionedSave(onSaved);
  const [update, { loading, error, reset }] = useUpdateActionStatusMutation();
  const files = useEvidenceUploads();
  const evidenceUrls = draft.evidence.split(/\s+/).filter(Boolean);
  const problems = validateStatusUpdate({ ...draft, evidenceUrls });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'status' && value === 'COMPLETED') next.progress = 100;
      if (key === 'status' && value === 'NOT_STARTED') next.progress = 0;
      return next;
    });
  };

  const submit = submitWith(
    problems.length > 0,
    reset,
    (conflictVersion) =>
      update({
        variables: {
          input: {
            ref: actionRef,
            status: draft.status,
            progress: draft.progress,
            comment: draft.comment,
            effectiveDate: draft.effectiveDate,
            evidenceUrls,
            expectedVersion: conflictVersion ?? version,
          },
        },
      }).then(async (result) => {
        // The files chosen go with the update just saved: the newest version of the history.
        const newest = [...(result.data?.updateActionStatus.history ?? [])].sort((a, b) => b.version - a.version)[0];
        if (newest && files.chosen.length > 0) await files.sendAll(actionRef, { statusUpdate: newest.id });
        return result;
      }),
    () => setDraft((d) => ({ ...d, comment: '', evidence: '' })),
  );

  return (
    <form className="update-form" onSubmit={submit} aria-labelledby={`update-title-${actionRef}`}>
      <h2 id={`update-title-${actionRef}`}>{t('action.update.title')}</h2>
      <SaveNotices
        conflict={conflict}
        saved={saved}
        conflictTitle={t('action.update.conflictTitle')}
        conflictBody={(version) => t('action.update.conflictBody', { version })}
        savedText={t('action.update.saved')}
        conflictTestId="conflict"
      />
      <div className="form-row">
        <label>
          {t('action.update.status')}
          <select value={draft.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('action.update.progress')}
          <input type="number" min={0} max={100} step={1} value={draft.progress} onChange={(e) => set('progress', Number(e.target.value))} />
        </label>
        <label>
          {t('action.update.effectiveDate')}
          <input type="date" max={today} value={draft.effectiveDate} onChange={(e) => set('effectiveDate', e.target.value)} />
        </label>
      </div>
      <label>
        <span className="required-field" title={t('ux.required')}>
          {draft.status === 'BLOCKED' || draft.status === 'CANCELLED' ? t('action.update.reason') : t('action.update.comment')}
        </span>
        <textarea rows={3} value={draft.comment} aria-required="true" onChange={(e) => set('comment', e.target.value)} />
      </label>
      <label>
        {t('action.update.evidence')}
        <textarea rows={2} value={draft.evidence} placeholder="https://…" onChange={(e) => set('evidence', e.target.value)} />
      </label>
      <EvidencePicker chosen={files.chosen} onChoose={files.setChosen} uploads={files.uploads} round={files.round} />
      <FormProblems show={draft.comment !== ''} problems={problems.map((p) => ({ code: p.code, text: t(`action.update.errors.${p.code}`) }))} error={error} />
      <ButtonWithReason
        type="submit"
        busy={loading}
        disabledReason={problems.length === 0 ? null : draft.comment === '' ? t(`action.update.errors.${problems[0].code}`) : t('ux.why.fixAbove')}
      >
        {conflict ? t('action.update.retry') : t('action.update.submit')}
      </ButtonWithReason>
    </form>
  );
}
