import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly } from '../../app/useAsOf';
import { useExplorerOrganisationsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';

/** Every organisation with actions in the plan, each leading to its scorecard (issue 21.12). */
export default function OrganisationIndexPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();
  const { data, loading, error, refetch } = useExplorerOrganisationsQuery();
  const rows = (data?.organisations ?? [])
    .filter((o) => o.ownedActionCount + o.partnerActionCount > 0)
    .sort((a, b) => b.ownedActionCount - a.ownedActionCount || (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name, 'fr'));
  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('ux.organisations.title')}</h1>
      <p className="lead">{t('ux.organisations.intro', { count: rows.length })}</p>
      <div className="table-scroll">
        <table className="data-table data-table--cards" data-testid="organisation-index">
          <thead>
            <tr>
              <th scope="col">{t('overview.col.organisation')}</th>
              <th scope="col">{t('organisation.owned')}</th>
              <th scope="col">{t('organisation.partnered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.key}>
                <td>
                  <Link to={{ pathname: `/organisations/${o.key}`, search: asOfOnly(search) }}>{o.acronym ? `${o.acronym} — ${o.name}` : o.name}</Link>
                </td>
                <td data-label={t('organisation.owned')}>{format.number(o.ownedActionCount)}</td>
                <td data-label={t('organisation.partnered')}>{format.number(o.partnerActionCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageState>
  );
}
