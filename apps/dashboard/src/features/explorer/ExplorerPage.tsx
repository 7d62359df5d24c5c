import { PlanRef } from '@pnq/ui';
import { ACTION_STATUSES, HEALTH_SEVERITY_ORDER, planYears } from '@pnq/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useExplorerOrganisationsQuery, useExplorerQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { ExportButton } from '../files/ExportButton';
import { compareRows, exportQuery, filterFromParams, FilterKey, SortKey } from './explorer-filters';
import { useFilterParams } from './useFilterParams';

export default function ExplorerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const [params, setFilter, setParams] = useFilterParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'ref', descending: false });
  const { data, loading, error, refetch } = useExplorerQuery({ variables: { asOf, filter } });
  const { data: lists } = useExplorerOrganisationsQuery();

  const rows = useMemo(() => {
    const sorted = [...(data?.actions ?? [])].sort(compareRows(sort.key));
    return sort.descending ? sorted.reverse() : sorted;
  }, [data, sort]);
  const owners = (lists?.organisations ?? []).filter((o) => o.ownedActionCount > 0);
  const partners = (lists?.organisations ?? []).filter((o) => o.partnerActionCount > 0);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key && !sort.descending })}>
        {label} {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  const select = (key: FilterKey, label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select value={params.get(key) ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">{t('explorer.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <h1>{t('explorer.title')}</h1>
      <form className="filters" role="search" aria-label={t('explorer.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('explorer.text')}
          <input type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => setFilter('q', e.target.value)} />
        </label>
        {select(
          'pillar',
          t('overview.col.pillar'),
          [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('plan.pillar', { number: n }) })),
        )}
        {select(
          'status',
          t('action.update.status'),
          ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        )}
        {select(
          'health',
          t('myActions.health'),
          HEALTH_SEVERITY_ORDER.map((h) => ({ value: h, label: t(`healthValue.${h}`) })),
        )}
        {select(
          'owner',
          t('action.owners'),
          owners.map((o) => ({ value: o.key, label: o.acronym ?? o.name })),
        )}
        {select(
          'partner',
          t('action.partners'),
          partners.map((o) => ({ value: o.key, label: o.acronym ?? o.name })),
        )}
        {select(
          'year',
          t('explorer.year'),
          planYears().map((y) => ({ value: String(y), label: String(y) })),
        )}
        {select('funding', t('financing.title'), [{ value: 'late', label: t('financing.explorerFilter') }])}
        <button
          type="button"
          className="button--ghost"
          onClick={() =>
            setParams((current) => {
              const next = new URLSearchParams();
              const date = current.get('asOf');
              if (date) next.set('asOf', date);
              return next;
            })
          }
        >
          {t('explorer.reset')}
        </button>
      </form>
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <div className="toolbar">
          <p role="status" data-testid="explorer-count">
            {t('explorer.count', { count: rows.length })}
          </p>
          <ExportButton query={exportQuery(params, asOf)} />
        </div>
        {rows.length > 0 && (
          <div className="table-scroll">
            <table className="data-table data-table--cards" data-testid="explorer-table">
              <thead>
                <tr>
                  {header('ref', t('explorer.ref'))}
                  {header('title', t('overview.col.action'))}
                  {header('owner', t('action.owners'))}
                  {header('due', t('overview.col.dueDate'))}
                  {header('health', t('myActions.health'))}
                  {header('progress', t('overview.kpi.progress'))}
                </tr>
              </thead>
              <tbody>
                {rows.map((action) => (
                  <tr key={action.ref}>
                    <td>
                      <Link to={{ pathname: `/actions/${action.ref}`, search }}>
                        <PlanRef value={action.ref} />
                      </Link>
                    </td>
                    <td>{action.title}</td>
                    <td data-label={t('action.owners')}>{action.owners.map((o) => o.acronym ?? o.name).join(', ') || '—'}</td>
                    <td data-label={t('overview.col.dueDate')} data-testid="due-date">
                      {action.healthDetail.dueDate ? format.date(action.healthDetail.dueDate) : (action.deadline.raw ?? '—')}
                    </td>
                    <td data-label={t('myActions.health')}>
                      <ActionHealthBadge health={action.healthDetail.health} />
                    </td>
                    <td data-label={t('overview.kpi.progress')}>
                      <span className="progress" aria-hidden="true">
                        <span style={{ width: `${action.progress}%` }} />
                      </span>{' '}
                      {format.percent(action.progress)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PageState>
    </>
  );
}
