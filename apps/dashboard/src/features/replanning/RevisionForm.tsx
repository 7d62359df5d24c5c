import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevisionKind, useRequestRevisionMutation, useReviseActionMutation } from '../../generated/graphql';
import { keyList } from './revision-change';
import { ReplanningError } from './ReplanningError';

const KINDS: RevisionKind[] = ['DEADLINE', 'CANCELLATION', 'PARTIES', 'WORDING'];

interface Props {
  actionRef: string;
  definitionVersion: number;
  /** REQUEST: an owner's editor asks (nothing changes before approval); REVISE: the secretariat changes the plan in force. */
  mode: 'REQUEST' | 'REVISE';
  onSaved: () => void;
}

/** Asks for (or, for the secretariat, makes) one change to an action of the plan in force, with its justification. */
export function RevisionForm({ actionRef, definitionVersion, mode, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<RevisionKind>('DEADLINE');
  const [dueDate, setDueDate] = useState('');
  const [owners, setOwners] = useState('');
  const [partners, setPartners] = useState('');
  const [title, setTitle] = useState('');
  const [subActions, setSubActions] = useState('');
  const [justification, setJustification] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [done, setDone] = useState(false);
  const [request, requested] = useRequestRevisionMutation();
  const [revise, revised] = useReviseActionMutation();
  const { loading, error } = mode === 'REQUEST' ? requested : revised;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = {
      ref: actionRef,
      kind,
      justification,
      expectedDefinitionVersion: definitionVersion,
      ...(kind === 'DEADLINE' ? { dueDate } : {}),
      ...(kind === 'PARTIES' ? { ownerKeys: keyList(owners), partnerKeys: keyList(partners) } : {}),
      ...(kind === 'WORDING' ? { title: title.trim() || null, subActions: subActions.trim() ? subActions.split('\n') : null } : {}),
    };
    const sent =
      mode === 'REQUEST' ? request({ variables: { input } }) : revise({ variables: { input: { ...input, decisionRef: decisionRef.trim() || null } } });
    void sent
      .then(() => {
        setDone(true);
        setJustification('');
        onSaved();
      })
      .catch(() => undefined);
  };

  return (
    <form className="panel-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid={mode === 'REQUEST' ? 'request-form' : 'revise-form'}>
      <h3 id={`${id}-title`}>{t(mode === 'REQUEST' ? 'replanning.form.requestTitle' : 'replanning.form.reviseTitle')}</h3>
      <label>
        <span>{t('replanning.form.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as RevisionKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`replanning.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'DEADLINE' && (
        <label>
          <span>{t('replanning.form.dueDate')}</span>
          <input type="date" required value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </label>
      )}
      {kind === 'PARTIES' && (
        <>
          <label>
            <span>{t('replanning.form.ownerKeys')}</span>
            <input required value={owners} onChange={(event) => setOwners(event.target.value)} />
          </label>
          <label>
            <span>{t('replanning.form.partnerKeys')}</span>
            <input value={partners} onChange={(event) => setPartners(event.target.value)} />
          </label>
        </>
      )}
      {kind === 'WORDING' && (
        <>
          <label>
            <span>{t('replanning.form.title')}</span>
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            <span>{t('replanning.form.subActions')}</span>
            <textarea rows={3} value={subActions} onChange={(event) => setSubActions(event.target.value)} />
          </label>
        </>
      )}
      <label>
        <span>{t('replanning.form.justification')}</span>
        <textarea rows={3} required maxLength={5000} value={justification} onChange={(event) => setJustification(event.target.value)} />
      </label>
      {mode === 'REVISE' && (
        <label>
          <span>{t('replanning.form.decisionRef')}</span>
          <input maxLength={300} value={decisionRef} onChange={(event) => setDecisionRef(event.target.value)} />
        </label>
      )}
      <button type="submit" disabled={loading}>
        {t(mode === 'REQUEST' ? 'replanning.form.submitRequest' : 'replanning.form.submitRevision')}
      </button>
      <div role="status" aria-live="polite">
        {done && !error && <p>{t(mode === 'REQUEST' ? 'replanning.form.requested' : 'replanning.form.revised')}</p>}
      </div>
      <ReplanningError error={error} />
    </form>
  );
}
