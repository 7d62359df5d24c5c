import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatus, DecisionFieldsFragment, useUpdateDecisionStatusMutation } from '../../generated/graphql';
import { SteeringError } from './SteeringError';

const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED', 'CANCELLED'];

/** The follow-up of a decision (status, progress, comment), conflict-safe like an action's update. */
export function DecisionUpdateForm({ decision, onSaved }: { decision: DecisionFieldsFragment; onSaved: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>(decision.status);
  const [progress, setProgress] = useState(String(decision.progress));
  const [comment, setComment] = useState('');
  const [update, { error, loading }] = useUpdateDecisionStatusMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({
      variables: { input: { decisionId: decision.id, status, progress: Number(progress), comment, expectedVersion: decision.version } },
    }).catch(() => null);
    if (result?.data) onSaved();
  };

  return (
    <form className="panel-form" onSubmit={(event) => void submit(event)} data-testid="decision-update-form">
      <label>
        <span>{t('steering.status')}</span>
        <select value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('steering.progress')}</span>
        <input type="number" min={0} max={100} value={progress} onChange={(event) => setProgress(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.comment')}</span>
        <textarea rows={2} required value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      <SteeringError error={error} />
      <button type="submit" disabled={loading}>
        {t('steering.save')}
      </button>
    </form>
  );
}
