import { KpiTile, PlanRef } from '@pnq/ui';
import type { Health } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation, useParams } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { useOrganisationPageQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';

interface Row {
  ref: string;
  title: string;
  progress: number;
  lastUpdateDate?: string | null;
  healthDetail: { health: Health; dueDate?: string | null; days?: number | null };
}

/** One organisation's scorecard: the actions it owns (most urgent first) and those it partners, on the as-of date. */
export default function OrganisationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { key = '' } = useParams();
  const { search } = useLocation();
  const [asOf] = useAsOf();
  const { data, loading, error, refetch } = useOrganisationPageQuery({ variables: { key, asOf } });
  const organisation = data?.organisation;
  const owned = (data?.owned ?? []) as Row[];
  // The same roll-up as the overview's ranking (computed by the API), so the figures agree everywhere.
  const summary = data?.dashboard.byOrganisation[0] ?? { progress: null, overdue: 0, atRisk: 0, done: 0 };

  const table = (rows: Row[], testId: string) => (
    <div className="table-scroll">
      <table className="data-table data-table--cards" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('overview.col.action')}</th>
            <th scope="col">{t('myActions.health')}</th>
            <th scope="col">{t('overview.col.dueDate')}</th>
            <th scope="col">{t('overview.col.daysLate')}</th>
            <th scope="col">{t('overview.kpi.progress')}</th>
            <th scope="col">{t('overview.col.lastUpdate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.ref}>
              <td>
                <Link to={{ pathname: `/actions/${a.ref}`, search: asOfOnly(search) }}>
                  <strong>
                    <PlanRef value={a.ref} />
                  </strong>{' '}
                  {a.title}
                </Link>
              </td>
              <td data-label={t('myActions.health')}>
                <ActionHealthBadge health={a.healthDetail.health} />
              </td>
              <td data-label={t('overview.col.dueDate')} data-testid="due-date">
                {a.healthDetail.dueDate ? format.date(a.healthDetail.dueDate) : '—'}
              </td>
              <td data-label={t('overview.col.daysLate')} data-testid="days-late">
                {a.healthDetail.health === 'OVERDUE' && a.healthDetail.days
                  ? t('ux.days', { count: a.healthDetail.days, formatted: String(a.healthDetail.days) })
                  : '—'}
              </td>
              <td data-label={t('overview.kpi.progress')}>{format.percent(a.progress)}</td>
              <td data-label={t('overview.col.lastUpdate')}>{a.lastUpdateDate ? format.date(a.lastUpdateDate) : t('overview.neverUpdated')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  if ((data && !organisation) || error?.graphQLErrors[0]?.extensions?.code === 'ORGANISATION_NOT_FOUND')
    return <p role="alert">{t('organisation.notFound', { key })}</p>;
  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {organisation && (
        <>
          <p className="breadcrumb">
            <Link to={{ pathname: '/organisations', search: asOfOnly(search) }}>{t('ux.organisations.title')}</Link>
          </p>
          <h1>{organisation.acronym ? `${organisation.acronym} — ${organisation.name}` : organisation.name}</h1>
          <section className="kpi-grid" aria-label={t('overview.kpis')}>
            <KpiTile testId="org-owned" label={t('organisation.owned')} value={format.number(organisation.ownedActionCount)} />
            <KpiTile testId="org-partnered" label={t('organisation.partnered')} value={format.number(organisation.partnerActionCount)} />
            <KpiTile testId="org-progress" label={t('overview.kpi.progress')} value={format.percent(summary.progress)} />
            <KpiTile testId="org-overdue" label={t('overview.kpi.overdue')} value={format.number(summary.overdue)} tone="danger" />
            <KpiTile testId="org-atRisk" label={t('overview.kpi.atRisk')} value={format.number(summary.atRisk)} tone="warning" />
            <KpiTile testId="org-done" label={t('overview.kpi.completed')} value={format.number(summary.done)} tone="good" />
          </section>
          <h2>{t('organisation.ownedTitle', { count: owned.length })}</h2>
          {owned.length ? table(owned, 'org-owned-table') : <p>{t('organisation.none')}</p>}
          <h2>{t('organisation.partneredTitle', { count: data?.partnered.length ?? 0 })}</h2>
          {data?.partnered.length ? table(data.partnered as Row[], 'org-partnered-table') : <p>{t('organisation.none')}</p>}
        </>
      )}
    </PageState>
  );
}
