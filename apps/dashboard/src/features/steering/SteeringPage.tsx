import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly } from '../../app/useAsOf';
import { SteeringBody, useMeQuery, useRecordSteeringSessionMutation, useSteeringSessionsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { OrganisationOptions } from './OrganisationOptions';
import { SteeringError } from './SteeringError';
import { ScrollBox } from '../shared/ScrollBox';

const BODIES: SteeringBody[] = ['CSNCA_PLENARY', 'NORMALISATION_COMMITTEE', 'CONFORMITY_COMMITTEE', 'METROLOGY_COMMITTEE', 'ACCREDITATION_COMMITTEE'];

/** The sessions of the CSNCA and its committees, latest first, each with its "since" date; the secretariat records one. */
export default function SteeringPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();
  const { data: me } = useMeQuery();
  const { data, loading, error, refetch } = useSteeringSessionsQuery({ fetchPolicy: 'cache-and-network' });
  const isAdmin = me?.me?.role === 'ADMIN';

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('steering.title')}</h1>
      <p className="lead">{t('steering.intro')}</p>
      {data?.steeringSessions.length === 0 ? (
        <p>{t('steering.noSession')}</p>
      ) : (
        <ScrollBox label={t('steering.title')}>
          <table className="data-table" data-testid="steering-sessions">
            <thead>
              <tr>
                <th scope="col">{t('steering.heldOn')}</th>
                <th scope="col">{t('steering.body')}</th>
                <th scope="col">{t('steering.place')}</th>
                <th scope="col">{t('steering.since')}</th>
              </tr>
            </thead>
            <tbody>
              {data?.steeringSessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    <Link to={{ pathname: `/steering/${session.id}`, search: asOfOnly(search) }}>{format.date(session.heldOn)}</Link>
                  </td>
                  <td>{t(`steering.bodies.${session.body}`)}</td>
                  <td>{session.place}</td>
                  <td>{session.since ? format.date(session.since) : t('steering.firstSession')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {isAdmin && data && <RecordSessionForm organisations={data.organisations} onRecorded={() => void refetch()} />}
    </PageState>
  );
}

function RecordSessionForm({ organisations, onRecorded }: { organisations: { key: string; acronym?: string | null; name: string }[]; onRecorded: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState<SteeringBody>('CSNCA_PLENARY');
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [attending, setAttending] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const [record, { error, loading }] = useRecordSteeringSessionMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const items = agenda
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const result = await record({ variables: { input: { body, heldOn, place, agenda: items, attendingOrganisationKeys: attending } } }).catch(() => null);
    if (result?.data) {
      setDone(true);
      onRecorded();
    }
  };

  return (
    <form className="panel-form" onSubmit={(event) => void submit(event)} data-testid="session-form">
      <h2>{t('steering.record')}</h2>
      <label>
        <span>{t('steering.body')}</span>
        <select value={body} onChange={(event) => setBody(event.target.value as SteeringBody)}>
          {BODIES.map((b) => (
            <option key={b} value={b}>
              {t(`steering.bodies.${b}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('steering.heldOn')}</span>
        <input type="date" required value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.place')}</span>
        <input required value={place} onChange={(event) => setPlace(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.agendaOnePerLine')}</span>
        <textarea rows={4} value={agenda} onChange={(event) => setAgenda(event.target.value)} />
      </label>
      <label>
        <span>{t('steering.attending')}</span>
        <select multiple size={6} value={attending} onChange={(event) => setAttending([...event.target.selectedOptions].map((o) => o.value))}>
          <OrganisationOptions organisations={organisations} />
        </select>
      </label>
      <SteeringError error={error} />
      {done && <p role="status">{t('steering.recorded')}</p>}
      <button type="submit" disabled={loading}>
        {t('steering.recordButton')}
      </button>
    </form>
  );
}
