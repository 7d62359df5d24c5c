import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly } from '../../app/useAsOf';
import {
  RevisionQueueQuery,
  useApproveRevisionRequestMutation,
  useMeQuery,
  useRejectRevisionRequestMutation,
  useRevisionQueueQuery,
} from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { changeMessage, pillarOf } from './revision-change';
import { ReplanningError } from './ReplanningError';
import { SlippageTables } from './SlippageTables';

type QueuedRequest = RevisionQueueQuery['revisionRequests'][number];

/** The secretariat's queue of revision requests (an editor sees their organisation's), filtered by pillar and organisation, decided in place. */
export default function RevisionQueuePage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [pendingOnly, setPendingOnly] = useState(true);
  const [pillar, setPillar] = useState('');
  const [organisation, setOrganisation] = useState('');
  const { data: me } = useMeQuery();
  const { data, loading, error, refetch } = useRevisionQueueQuery({ variables: { pendingOnly }, fetchPolicy: 'cache-and-network' });
  const requests = data?.revisionRequests ?? [];
  const organisations = [...new Map(requests.flatMap((r) => r.action.owners).map((o) => [o.key, o])).values()];
  const shown = requests.filter(
    (r) => (pillar === '' || pillarOf(r.action.ref) === Number(pillar)) && (organisation === '' || r.action.owners.some((o) => o.key === organisation)),
  );
  const isAdmin = me?.me?.role === 'ADMIN';

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('replanning.queue.title')}</h1>
      <p className="lead">{t('replanning.queue.intro')}</p>
      {isAdmin && (
        <p>
          <Link to={{ pathname: '/revisions/deadlines', search: asOfOnly(search) }}>{t('replanning.deadlines.link')}</Link>
        </p>
      )}
      <div className="panel-form filters">
        <label>
          <input type="checkbox" checked={pendingOnly} onChange={(event) => setPendingOnly(event.target.checked)} /> {t('replanning.queue.pendingOnly')}
        </label>
        <label>
          <span>{t('replanning.queue.pillar')}</span>
          <select value={pillar} onChange={(event) => setPillar(event.target.value)}>
            <option value="">{t('replanning.queue.all')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('replanning.queue.organisation')}</span>
          <select value={organisation} onChange={(event) => setOrganisation(event.target.value)}>
            <option value="">{t('replanning.queue.all')}</option>
            {organisations.map((o) => (
              <option key={o.key} value={o.key}>
                {o.acronym ?? o.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p>{t('replanning.queue.empty')}</p>
      ) : (
        <ul className="request-cards" data-testid="revision-queue">
          {shown.map((request) => (
            <QueuedRequestCard key={request.id} request={request} canDecide={isAdmin && request.status === 'PENDING'} onDecided={() => void refetch()} />
          ))}
        </ul>
      )}
      <SlippageTables />
    </PageState>
  );
}

function QueuedRequestCard({ request, canDecide, onDecided }: { request: QueuedRequest; canDecide: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();
  const [comment, setComment] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [approve, approved] = useApproveRevisionRequestMutation();
  const [reject, rejected] = useRejectRevisionRequestMutation();
  const change = changeMessage(request, format.date);
  const decide = (outcome: 'APPROVE' | 'REJECT') => {
    const variables = { input: { id: request.id, comment, decisionRef: decisionRef.trim() || null } };
    const sent: Promise<unknown> = outcome === 'APPROVE' ? approve({ variables }) : reject({ variables });
    void sent.then(onDecided).catch(() => undefined);
  };
  const id = `request-${request.id}`;
  return (
    <li className="request-card" data-testid={id}>
      <p>
        <Link to={{ pathname: `/actions/${request.action.ref}`, search: asOfOnly(search) }}>{request.action.ref}</Link> {request.action.title}
      </p>
      <p>
        <strong>{t(`replanning.kind.${request.kind}`)}</strong> — {t(change.key, change.values)}
        {request.action.deadline.dueDate && (
          <span className="hint">
            {' '}
            ({t('replanning.adopted')} : {format.date(request.action.deadline.dueDate)})
          </span>
        )}
      </p>
      <p>{request.justification}</p>
      <p className="hint">
        {t('replanning.requestedBy', { name: request.requestedBy?.name ?? '?', date: new Date(request.requestedAt).toLocaleDateString() })}
        {request.organisation && ` · ${request.organisation.acronym ?? request.organisation.name}`} · {t(`replanning.requestStatus.${request.status}`)}
        {request.comment && ` · ${request.comment}`}
      </p>
      {canDecide && (
        <form className="panel-form" onSubmit={(event) => event.preventDefault()} aria-label={t('replanning.queue.col.decide')}>
          <label>
            <span>{t('replanning.queue.comment')}</span>
            <textarea id={`${id}-comment`} rows={2} required value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
          <label>
            <span>{t('replanning.queue.decisionRef')}</span>
            <input value={decisionRef} maxLength={300} onChange={(event) => setDecisionRef(event.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" disabled={approved.loading || rejected.loading} onClick={() => decide('APPROVE')}>
              {t('replanning.queue.approve')}
            </button>
            <button type="button" className="button--ghost" disabled={approved.loading || rejected.loading} onClick={() => decide('REJECT')}>
              {t('replanning.queue.reject')}
            </button>
          </div>
          <ReplanningError error={approved.error ?? rejected.error} />
        </form>
      )}
    </li>
  );
}
