import { isCalendarDate } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { ChangeCountsFieldsFragment, usePlanChangesQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { ScrollBox } from '../shared/ScrollBox';

/** The first date compared: ?from=, else 31 December of the year before the "as of" date. */
function useFrom(asOf: string): [string, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('from');
  const from = raw && isCalendarDate(raw) ? raw : `${Number(asOf.slice(0, 4)) - 1}-12-31`;
  const setFrom = (date: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (isCalendarDate(date)) next.set('from', date);
        return next;
      },
      { replace: true },
    );
  return [from, setFrom];
}

/** What changed between a date and the "as of" date: the same figures as the meeting pack, each action one link away. */
export default function ChangesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();
  const [asOf] = useAsOf();
  const [from, setFrom] = useFrom(asOf);
  const valid = from < asOf;
  const { data, loading, error, refetch } = usePlanChangesQuery({ variables: { from, to: asOf }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const changes = data?.planChanges;

  const countsTable = (rows: ChangeCountsFieldsFragment[], header: string, testId: string) => (
    <ScrollBox label={header}>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col">{t('steering.changes.kinds.COMPLETED')}</th>
            <th scope="col">{t('steering.changes.kinds.NEWLY_OVERDUE')}</th>
            <th scope="col">{t('steering.changes.kinds.NEWLY_AT_RISK')}</th>
            <th scope="col">{t('steering.changes.kinds.STATUS_MOVED')}</th>
            <th scope="col">{t('steering.changes.kinds.PROGRESS_MOVED')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key === 'total' ? t('steering.changes.total') : row.label}</th>
              <td>{row.completed}</td>
              <td>{row.newlyOverdue}</td>
              <td>{row.newlyAtRisk}</td>
              <td>{row.statusMoved}</td>
              <td>{row.progressMoved}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );

  return (
    <>
      <h1>{t('steering.changes.title')}</h1>
      <p className="lead print-header" data-testid="changes-period">
        {t('steering.changes.period', { from: format.date(from), to: format.date(asOf) })}
      </p>
      <label className="as-of">
        <span>{t('steering.changes.since')}</span>
        <input type="date" value={from} max={asOf} onChange={(event) => setFrom(event.target.value)} />
      </label>
      {!valid ? (
        <p role="alert">{t('steering.changes.invalid')}</p>
      ) : (
        <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
          {changes && (
            <>
              <h2>{t('steering.changes.byPillar')}</h2>
              {countsTable([changes.total, ...changes.byPillar], t('steering.changes.pillar'), 'changes-by-pillar')}
              <h2>{t('steering.changes.byOrganisation')}</h2>
              {changes.byOrganisation.length === 0 ? (
                <p>{t('steering.changes.none')}</p>
              ) : (
                countsTable(changes.byOrganisation, t('steering.changes.organisation'), 'changes-by-organisation')
              )}
              <h2>{t('steering.changes.actions', { count: changes.actions.length })}</h2>
              {changes.actions.length === 0 ? (
                <p>{t('steering.changes.none')}</p>
              ) : (
                <ScrollBox label={t('steering.changes.actions', { count: changes.actions.length })}>
                  <table className="data-table" data-testid="changes-actions">
                    <thead>
                      <tr>
                        <th scope="col">{t('overview.col.action')}</th>
                        <th scope="col">{t('steering.responsible')}</th>
                        <th scope="col">{t('steering.changes.what')}</th>
                        <th scope="col">{t('steering.changes.fromTo')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.actions.map((a) => (
                        <tr key={a.ref}>
                          <td>
                            <Link to={{ pathname: `/actions/${a.ref}`, search: asOfOnly(search) }}>{a.ref}</Link> {a.title}
                          </td>
                          <td>{a.owners.join(', ')}</td>
                          <td>{a.kinds.map((k) => t(`steering.changes.kinds.${k}`)).join(', ')}</td>
                          <td>
                            {t(`status.${a.fromStatus}`)} {format.percent(a.fromProgress)} ({t(`healthValue.${a.fromHealth}`)}) → {t(`status.${a.toStatus}`)}{' '}
                            {format.percent(a.toProgress)} ({t(`healthValue.${a.toHealth}`)})
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              )}
              <h2>{t('steering.changes.revisions', { count: changes.revisionsApproved.length })}</h2>
              {changes.revisionsApproved.length === 0 ? (
                <p>{t('steering.changes.none')}</p>
              ) : (
                <ul data-testid="changes-revisions">
                  {changes.revisionsApproved.map((r) => (
                    <li key={r.id}>
                      <Link to={{ pathname: `/actions/${r.ref}`, search: asOfOnly(search) }}>{r.ref}</Link> · {format.date(r.effectiveDate)}
                      {r.dueDate && ` · ${t('steering.dueDate')} ${format.date(r.dueDate)}`} · {r.justification}
                      {r.decisionRef && ` (${r.decisionRef})`}
                    </li>
                  ))}
                </ul>
              )}
              <h2>{t('steering.changes.indicators', { count: changes.indicatorValues.length })}</h2>
              {changes.indicatorValues.length === 0 ? (
                <p>{t('steering.changes.none')}</p>
              ) : (
                <ul data-testid="changes-indicators">
                  {changes.indicatorValues.map((v, index) => (
                    <li key={`${v.indicatorId}-${index}`}>
                      <Link to={{ pathname: `/actions/${v.ref}`, search: asOfOnly(search) }}>{v.ref}</Link> · {v.label} · {format.date(v.date)} ·{' '}
                      {v.value ?? (v.achieved ? t('steering.changes.achieved') : t('steering.changes.notAchieved'))}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </PageState>
      )}
    </>
  );
}
