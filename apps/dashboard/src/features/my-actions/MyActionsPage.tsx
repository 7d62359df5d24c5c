import { PlanRef } from '@pnq/ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useMyActionsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { UpdateStatusForm } from '../action/UpdateStatusForm';
import { MyDecisionsSection } from '../steering/MyDecisionsSection';

/** An editor's to-do list: the actions their organisation owns, most urgent first, each one click from its update form. */
export default function MyActionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const { data, loading, error, refetch } = useMyActionsQuery({ variables: { asOf }, fetchPolicy: 'cache-and-network' });
  const organisation = data?.me?.organisation;
  const [open, setOpen] = useState<string | null>(null);

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{organisation ? t('myActions.title', { organisation: organisation.acronym ?? organisation.name }) : t('myActions.titleNoOrganisation')}</h1>
      {!organisation ? (
        <p>{t('myActions.noOrganisation')}</p>
      ) : data?.myActions.length === 0 ? (
        <p>{t('myActions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--cards" data-testid="my-actions">
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
                <Fragment key={action.ref}>
                  <tr>
                    <td>
                      <strong>
                        <PlanRef value={action.ref} />
                      </strong>{' '}
                      {action.title}
                    </td>
                    <td data-label={t('myActions.health')}>
                      <ActionHealthBadge health={action.healthDetail.health} />
                      <div className="hint">
                        {t(`healthReason.${action.healthDetail.reason}`, {
                          days: action.healthDetail.days ?? 0,
                          expected: action.healthDetail.expectedProgress ?? 0,
                          ref: action.healthDetail.predecessorRef ?? '',
                        })}
                      </div>
                    </td>
                    <td data-label={t('overview.col.dueDate')} data-testid="due-date">
                      {action.healthDetail.dueDate ? format.date(action.healthDetail.dueDate) : (action.deadline.raw ?? '—')}
                    </td>
                    <td data-label={t('overview.kpi.progress')}>{format.percent(action.progress)}</td>
                    <td data-label={t('overview.col.lastUpdate')}>{action.lastUpdateDate ? format.date(action.lastUpdateDate) : t('overview.neverUpdated')}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button--secondary"
                        aria-expanded={open === action.ref}
                        aria-controls={`quick-update-${action.ref}`}
                        aria-label={t(open === action.ref ? 'myActions.closeQuickUpdateOf' : 'myActions.quickUpdateOf', { ref: action.ref })}
                        onClick={() => setOpen(open === action.ref ? null : action.ref)}
                      >
                        {t('myActions.quickUpdate')}
                      </button>
                      <Link to={{ pathname: `/actions/${action.ref}`, search }} aria-label={t('myActions.updateAction', { ref: action.ref })}>
                        {t('myActions.update')}
                      </Link>
                    </td>
                  </tr>
                  {open === action.ref && (
                    <tr className="quick-update" id={`quick-update-${action.ref}`}>
                      <td colSpan={6}>
                        <UpdateStatusForm
                          actionRef={action.ref}
                          version={action.version}
                          current={{ status: action.currentStatus, progress: action.currentProgress }}
                          onSaved={() => refetch()}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {organisation && <MyDecisionsSection asOf={asOf} />}
    </PageState>
  );
}
