import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { useActionsWithoutDeadlineQuery, useSetActionWeightMutation, useSetDeadlinesMutation } from '../../generated/graphql';
import { PageState } from '../shared/PageState';
import { ReplanningError } from './ReplanningError';

/** The secretariat sets, in bulk and with one justification, the deadlines (and weights) of the actions the plan left without one. */
export default function DeadlinesPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [asOf] = useAsOf();
  const { data, loading, error, refetch } = useActionsWithoutDeadlineQuery({ variables: { asOf }, fetchPolicy: 'cache-and-network' });
  const [dates, setDates] = useState<Record<string, string>>({});
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [justification, setJustification] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [setDeadlines, deadlinesState] = useSetDeadlinesMutation();
  const [setWeight, weightState] = useSetActionWeightMutation();
  const actions = (data?.actions ?? []).filter((a) => a.planInForce.dueDate === null && a.deadline.kind === 'TBD');
  const items = actions
    .filter((a) => dates[a.ref])
    .map((a) => ({ ref: a.ref, dueDate: dates[a.ref], expectedDefinitionVersion: a.planInForce.definitionVersion }));
  const weightChanges = actions.filter((a) => weights[a.ref] !== undefined && weights[a.ref] !== '' && Number(weights[a.ref]) !== a.weight);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    try {
      if (items.length) await setDeadlines({ variables: { input: { items, justification, decisionRef: decisionRef.trim() || null } } });
      for (const a of weightChanges) await setWeight({ variables: { input: { ref: a.ref, weight: Number(weights[a.ref]) } } });
      setSaved(items.length);
      setDates({});
      setWeights({});
      void refetch();
    } catch {
      // said below
    }
  };

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1 id="deadlines-title">{t('replanning.deadlines.title')}</h1>
      {actions.length === 0 ? (
        <p>{t('replanning.deadlines.empty')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} data-testid="deadlines-form">
          <p className="lead">{t('replanning.deadlines.intro', { count: actions.length })}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="deadlines-title">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('replanning.queue.col.action')}</th>
                  <th scope="col">{t('replanning.deadlines.dueDate')}</th>
                  <th scope="col">{t('replanning.deadlines.weight')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.ref}>
                    <th scope="row">
                      <Link to={{ pathname: `/actions/${a.ref}`, search: asOfOnly(search) }}>{a.ref}</Link> <span className="hint">{a.title}</span>
                    </th>
                    <td>
                      <input
                        type="date"
                        aria-label={`${t('replanning.deadlines.dueDate')} ${a.ref}`}
                        value={dates[a.ref] ?? ''}
                        onChange={(event) => setDates({ ...dates, [a.ref]: event.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        type="number"
                        min={0}
                        step="0.1"
                        inputMode="decimal"
                        aria-label={`${t('replanning.deadlines.weight')} ${a.ref}`}
                        value={weights[a.ref] ?? String(a.weight)}
                        onChange={(event) => setWeights({ ...weights, [a.ref]: event.target.value })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="panel-form">
            <label>
              <span>{t('replanning.deadlines.justification')}</span>
              <textarea rows={3} required={items.length > 0} value={justification} onChange={(event) => setJustification(event.target.value)} />
            </label>
            <label>
              <span>{t('replanning.deadlines.decisionRef')}</span>
              <input maxLength={300} value={decisionRef} onChange={(event) => setDecisionRef(event.target.value)} />
            </label>
            <button type="submit" disabled={deadlinesState.loading || weightState.loading || (items.length === 0 && weightChanges.length === 0)}>
              {t('replanning.deadlines.submit', { count: items.length, weights: weightChanges.length })}
            </button>
            <div role="status" aria-live="polite">
              {saved !== null && <p>{t('replanning.deadlines.saved', { count: saved })}</p>}
            </div>
            <ReplanningError error={deadlinesState.error ?? weightState.error} />
          </div>
        </form>
      )}
    </PageState>
  );
}
