import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionKind, useRecordSteeringDecisionMutation, useRevisionQueueQuery } from '../../generated/graphql';
import { OrganisationOptions } from './OrganisationOptions';
import { SteeringError } from './SteeringError';

type Outcome = '' | 'APPROVED' | 'REJECTED';

/** The secretariat records a decision of the session; it may approve or reject pending revision requests with it. */
export function DecisionForm({
  session,
  organisations,
  onRecorded,
}: {
  session: { id: string; heldOn: string };
  organisations: { key: string; acronym?: string | null; name: string }[];
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DecisionKind>('DECISION');
  const [text, setText] = useState('');
  const [decidedOn, setDecidedOn] = useState(session.heldOn);
  const [dueDate, setDueDate] = useState('');
  const [responsible, setResponsible] = useState('');
  const [refs, setRefs] = useState('');
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [done, setDone] = useState(false);
  const { data: queue, refetch: refetchQueue } = useRevisionQueueQuery({ variables: { pendingOnly: true }, fetchPolicy: 'cache-and-network' });
  const [record, { error, loading }] = useRecordSteeringDecisionMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const revisionRequests = Object.entries(outcomes)
      .filter((entry): entry is [string, 'APPROVED' | 'REJECTED'] => entry[1] !== '')
      .map(([requestId, outcome]) => ({ requestId, outcome }));
    const actionRefs = refs
      .split(/[\s,;]+/)
      .map((ref) => ref.trim())
      .filter(Boolean);
    const result = await record({
      variables: {
        input: {
          sessionId: session.id,
          kind,
          text,
          decidedOn,
          dueDate: dueDate || null,
          responsibleOrganisationKey: responsible || null,
          actionRefs,
          organisationKeys: [],
          revisionRequests,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDone(true);
      setText('');
      setOutcomes({});
      onRecorded();
      void refetchQueue();
    }
  };

  const pending = queue?.revisionRequests ?? [];
  return (
    <form className="panel-form" onSubmit={(event) => void submit(event)} data-testid="decision-form">
      <h2>{t('steering.recordDecision')}</h2>
      <label>
        <span>{t('steering.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as DecisionKind)}>
          <option value="DECISION">{t('steering.kinds.DECISION')}</option>
          <option value="RECOMMENDATION">{t('steering.kinds.RECOMMENDATION')}</option>
        </select>
      </label>
      <label>
        <span>{t('steering.text')}</span>
        <textarea rows={3} required value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.decidedOn')}</span>
        <input type="date" required value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.dueDateOptional')}</span>
        <input type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.responsible')}</span>
        <select value={responsible} onChange={(event) => setResponsible(event.target.value)}>
          <option value="">—</option>
          <OrganisationOptions organisations={organisations} />
        </select>
      </label>
      <label>
        <span>{t('steering.actionRefs')}</span>
        <input value={refs} onChange={(event) => setRefs(event.target.value)} placeholder="1-5.3.1, 2-1.1.1" />
      </label>
      {pending.length > 0 && (
        <fieldset data-testid="decision-requests">
          <legend>{t('steering.pendingRequests')}</legend>
          {pending.map((request) => (
            <label key={request.id}>
              <span>
                {request.action.ref} — {request.justification}
              </span>
              <select
                value={outcomes[request.id] ?? ''}
                onChange={(event) => setOutcomes({ ...outcomes, [request.id]: event.target.value as Outcome })}
                aria-label={t('steering.outcomeFor', { ref: request.action.ref })}
              >
                <option value="">{t('steering.outcome.NONE')}</option>
                <option value="APPROVED">{t('steering.outcome.APPROVED')}</option>
                <option value="REJECTED">{t('steering.outcome.REJECTED')}</option>
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <SteeringError error={error} />
      {done && <p role="status">{t('steering.decisionRecorded')}</p>}
      <button type="submit" disabled={loading}>
        {t('steering.recordDecisionButton')}
      </button>
    </form>
  );
}
