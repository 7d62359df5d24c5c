import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { useMeQuery, useSteeringSessionQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { DecisionForm } from './DecisionForm';
import { DecisionsTable } from './DecisionsTable';
import { SessionDocuments } from './SessionDocuments';

/** One session: body, date, place, "since", attendance, agenda, and its decisions with their follow-up on the date. */
export default function SessionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const [asOf] = useAsOf();
  const { data: me } = useMeQuery();
  const { data, loading, error, refetch } = useSteeringSessionQuery({ variables: { id, asOf }, fetchPolicy: 'cache-and-network' });
  const session = data?.steeringSession;

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {session && (
        <>
          <h1>
            {t(`steering.bodies.${session.body}`)} — {format.date(session.heldOn)}
          </h1>
          <dl className="definition">
            <dt>{t('steering.place')}</dt>
            <dd>{session.place}</dd>
            <dt>{t('steering.since')}</dt>
            <dd data-testid="session-since">
              {session.since && session.previousSessionId ? (
                <Link to={{ pathname: `/steering/${session.previousSessionId}`, search: asOfOnly(search) }}>{format.date(session.since)}</Link>
              ) : (
                t('steering.firstSession')
              )}
            </dd>
            <dt>{t('steering.attending')}</dt>
            <dd>{session.attendingOrganisations.map((o) => o.acronym ?? o.name).join(', ') || '—'}</dd>
          </dl>
          <SessionDocuments sessionId={session.id} />
          <h2>{t('steering.agenda')}</h2>
          {session.agenda.length === 0 ? (
            <p>—</p>
          ) : (
            <ol>
              {session.agenda.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ol>
          )}
          <h2>{t('steering.decisions', { count: session.decisions.length })}</h2>
          {session.decisions.length === 0 ? (
            <p>{t('steering.noDecision')}</p>
          ) : (
            <DecisionsTable decisions={session.decisions} onUpdated={() => void refetch()} />
          )}
          {me?.me?.role === 'ADMIN' && data && <DecisionForm session={session} organisations={data.organisations} onRecorded={() => void refetch()} />}
        </>
      )}
    </PageState>
  );
}
