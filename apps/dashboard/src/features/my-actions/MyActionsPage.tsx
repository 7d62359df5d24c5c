import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useMyActionsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';

/** An editor's to-do list: the actions their organisation owns, most urgent first, each one click from its update form. */
export default function MyActionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const { data, loading, error, refetch } = useMyActionsQuery({ variables: { asOf }, fetchPolicy: 'cache-and-network' });
  const organisation = data?.me?.organisation;

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{organisation ? t('myActions.title', { organisation: organisation.acronym ?? organisation.name }) : t('myActions.titleNoOrganisation')}</h1>
      {!organisation ? (
        <p>{t('myActions.noOrganisation')}</p>
      ) : data?.myActions.length === 0 ? (
        <p>{t('myActions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="my-actions">
            <thead>
              <tr>
                <th scope="col">{t('overview.col.action')}</th>
                <th scope="col">{t('myActions.health')}</th>
                <th scope="col">{t('overview.col.dueDate')}</th>
                <th scope="col">{t('overview.kpi.progress')}</th>
                <th scope="col">{t('overview.col.lastUpdate')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('myActions.update')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data?.myActions.map((action) => (
                <tr key={action.ref}>
                  <td>
                    <strong>{action.ref}</strong> {action.title}
                  </td>
                  <td>
                    <ActionHealthBadge health={action.healthDetail.health} />
                    <div className="hint">{t(`healthReason.${action.healthDetail.reason}`, { days: action.healthDetail.days ?? 0, expected: action.healthDetail.expectedProgress ?? 0 })}</div>
                  </td>
                  <td>{action.healthDetail.dueDate ? format.date(action.healthDetail.dueDate) : (action.deadline.raw ?? '—')}</td>
                  <td>{format.percent(action.progress)}</td>
                  <td>{action.lastUpdateDate ? format.date(action.lastUpdateDate) : t('overview.neverUpdated')}</td>
                  <td>
                    <Link to={{ pathname: `/actions/${action.ref}`, search }} aria-label={t('myActions.updateAction', { ref: action.ref })}>
                      {t('myActions.update')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageState>
  );
}
