import { HEALTH_COLOURS } from '@pnq/domain';
import { BarChartPanel, ChartWithTable, KpiTile, type KpiTileProps } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { ReactNode, useState } from 'react';
import { PageState } from '../shared/PageState';
import { Pager } from '../shared/Pager';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useOverviewQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { OverviewFundingGap } from '../financing/OverviewFundingGap';
import { OVERDUE_GROUPINGS, OverdueTable } from './OverdueTable';

/** The query string without one parameter ('' when nothing is left). */
const withoutParam = (search: string, name: string): string => {
  const params = new URLSearchParams(search);
  params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
};

/** Rows per page of the overview's lists (the same limits as overview.graphql): its answer keeps one size whatever the plan's. */
const PAGE = { pillars: 10, overdue: 10, organisations: 20 } as const;

type KpiTone = NonNullable<KpiTileProps['tone']>;

/** The overview's figures in order, with the explorer filter each one drills down to (none for the average progress). */
const COUNT_TILES: [
  'actions' | 'progress' | 'completed' | 'inProgress' | 'overdue' | 'atRisk' | 'stale' | 'unscheduled',
  Record<string, string> | null,
  KpiTone,
][] = [
  ['actions', {}, 'neutral'],
  ['progress', null, 'neutral'],
  ['completed', { status: 'COMPLETED' }, 'good'],
  ['inProgress', { status: 'IN_PROGRESS' }, 'neutral'],
  ['overdue', { health: 'OVERDUE' }, 'danger'],
  ['atRisk', { health: 'AT_RISK' }, 'warning'],
  ['stale', { health: 'STALE' }, 'warning'],
  ['unscheduled', { health: 'UNSCHEDULED' }, 'neutral'],
];

/** The due-by-year series and the health each counts. */
const DUE_BY_YEAR_SERIES = { done: 'DONE', onTrack: 'ON_TRACK', atRisk: 'AT_RISK', overdue: 'OVERDUE', cancelled: 'CANCELLED' } as const;
/** The due-by-year series, most worrying first: the stack, its legend and its table's columns, in one order. */
const DUE_BY_YEAR_ORDER = ['overdue', 'atRisk', 'onTrack', 'done', 'cancelled'] as const;

export default function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const [params, setParams] = useSearchParams();
  // How the overdue list is grouped (« Grouper par », kept in the URL); every link keeps the date but not the grouping.
  const overdueBy = params.get('overdueBy') ?? '';
  const grouping = OVERDUE_GROUPINGS[overdueBy];
  const search = withoutParam(useLocation().search, 'overdueBy');
  // Where each list is paged to, for this date (another date starts every list again at its first page).
  const [paging, setPaging] = useState({ asOf, overdueBy, pillars: 0, overdue: 0, organisations: 0 });
  const offsets = paging.asOf === asOf && paging.overdueBy === overdueBy ? paging : { asOf, overdueBy, pillars: 0, overdue: 0, organisations: 0 };
  type List = keyof typeof PAGE;
  const pager = (list: List, label: string, total: number) => (
    <Pager
      label={label}
      offset={offsets[list]}
      pageSize={PAGE[list]}
      total={total}
      onChange={(offset) => setPaging({ ...offsets, [list]: offset })}
      testId={`${list}-pager`}
    />
  );
  const { data, previousData, loading, error, refetch } = useOverviewQuery({
    variables: {
      asOf,
      pillarOffset: offsets.pillars,
      overdueOffset: offsets.overdue,
      organisationOffset: offsets.organisations,
      overdueBy: grouping,
    },
  });
  const groupOverdueBy = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('overdueBy', value);
        else next.delete('overdueBy');
        return next;
      },
      { replace: true },
    );
  // A tile leads to the explorer filtered the same way, on the same date (issue 21.9).
  const drill = (key: string, filter: Record<string, string>, tile: ReactNode) => (
    <Link
      key={key}
      className="kpi-link"
      to={{ pathname: '/explorer', search: `?${new URLSearchParams({ ...filter, ...(asOfParam ? { asOf: asOfParam } : {}) })}` }}
    >
      {tile}
    </Link>
  );
  const asOfParam = params.get('asOf');
  const shown = data ?? previousData; // the page being left stays on screen while the next one loads
  const dashboard = shown?.dashboard;
  const totals = dashboard?.totals;
  // Grouped by organisation, an action with two owners is listed under each: the list is longer than the count.
  const overdueRows = grouping ? (dashboard?.overdueGroups ?? []).reduce((sum, group) => sum + group.count, 0) : (totals?.overdue ?? 0);

  return (
    <PageState loading={loading && !shown} error={error} onRetry={() => void refetch()}>
      {dashboard && totals && (
        <>
          <h1>{t('overview.title', { date: format.date(dashboard.asOf) })}</h1>
          <section aria-label={t('overview.kpis')} className="kpi-grid">
            {COUNT_TILES.map(([key, filter, tone]) => {
              const tile = (
                <KpiTile
                  key={key}
                  testId={`kpi-${key}`}
                  label={t(`overview.kpi.${key}`)}
                  note={t(`ux.kpiNote.${key}`)}
                  value={key === 'progress' ? format.percent(totals.progress) : format.number(totals[key])}
                  tone={tone}
                />
              );
              return filter ? drill(key, filter, tile) : tile;
            })}
            <KpiTile
              testId="kpi-indicators-on-track"
              label={t('indicators.rollUp.kpi')}
              value={`${format.number(dashboard.indicatorTotals.onTrack)} / ${format.number(dashboard.indicatorTotals.indicators - dashboard.indicatorTotals.noTarget)}`}
              note={t('ux.kpiNote.indicators', { count: dashboard.indicatorTotals.noTarget })}
              tone="good"
            />
          </section>
          <OverviewFundingGap asOf={dashboard.asOf} />

          <div className="panel-grid">
            <ChartWithTable
              title={t('overview.progressByPillar')}
              tableLabel={t('common.showTable')}
              chart={
                <BarChartPanel
                  data={dashboard.byPillar.map((p) => ({ pillar: t('plan.pillar', { number: p.number }), progress: p.progress ?? 0 }))}
                  categoryKey="pillar"
                  maxValue={100}
                  valueLabel={(value) => format.percent(value)}
                  series={[{ key: 'progress', label: t('overview.kpi.progress'), colour: '#0b5d3b' }]}
                />
              }
              columns={[
                t('overview.col.pillar'),
                t('overview.kpi.progress'),
                t('overview.kpi.actions'),
                t('overview.kpi.overdue'),
                t('overview.kpi.atRisk'),
                t('indicators.rollUp.column'),
              ]}
              rows={dashboard.byPillar.map((p) => [
                `${p.number}. ${p.name}`,
                format.percent(p.progress),
                p.actions,
                p.overdue,
                p.atRisk,
                t('indicators.rollUp.cell', { onTrack: p.indicators.onTrack, count: p.indicators.indicators, achieved: p.indicators.achieved }),
              ])}
            />
            {pager('pillars', t('overview.progressByPillar'), dashboard.pillarCount)}
            <ChartWithTable
              title={t('overview.dueByYear')}
              tableLabel={t('common.showTable')}
              chart={
                <BarChartPanel
                  data={dashboard.dueByYear.map((y) => ({ ...y, year: String(y.year) }))}
                  categoryKey="year"
                  stacked
                  series={DUE_BY_YEAR_ORDER.map((key) => ({
                    key,
                    label: t(`health.${key}`),
                    colour: HEALTH_COLOURS[DUE_BY_YEAR_SERIES[key]],
                  }))}
                />
              }
              columns={[t('overview.col.year'), ...DUE_BY_YEAR_ORDER.map((key) => t(`health.${key}`))]}
              rows={dashboard.dueByYear.map((y) => [y.year, ...DUE_BY_YEAR_ORDER.map((key) => y[key])])}
            />
          </div>

          <section aria-labelledby="organisations-title">
            <h2 id="organisations-title">{t('overview.organisationsTitle')}</h2>
            <div className="table-scroll">
              <table className="data-table data-table--cards" data-testid="organisation-table">
                <thead>
                  <tr>
                    <th scope="col">{t('overview.col.organisation')}</th>
                    <th scope="col">{t('overview.kpi.actions')}</th>
                    <th scope="col">{t('overview.kpi.overdue')}</th>
                    <th scope="col">{t('overview.kpi.atRisk')}</th>
                    <th scope="col">{t('overview.kpi.completed')}</th>
                    <th scope="col">{t('overview.kpi.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.byOrganisation.map((o) => (
                    <tr key={o.key}>
                      <td>
                        <Link to={{ pathname: `/organisations/${o.key}`, search }}>{o.acronym ? `${o.acronym} — ${o.name}` : o.name}</Link>
                      </td>
                      <td data-label={t('overview.kpi.actions')}>{o.actions}</td>
                      <td data-label={t('overview.kpi.overdue')}>{o.overdue}</td>
                      <td data-label={t('overview.kpi.atRisk')}>{o.atRisk}</td>
                      <td data-label={t('overview.kpi.completed')}>{o.completed}</td>
                      <td data-label={t('overview.kpi.progress')}>{format.percent(o.progress)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pager('organisations', t('overview.organisationsTitle'), dashboard.organisationCount)}
            <p>
              <Link to={{ pathname: '/organisations', search }}>{t('ux.organisations.all')}</Link>
            </p>
          </section>

          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('overview.overdueTitle', { count: totals.overdue })}</h2>
            {totals.overdue > 0 && (
              <div className="filters">
                <label>
                  {t('ux.overdueGroups.label')}
                  <select value={overdueBy} onChange={(event) => groupOverdueBy(event.target.value)}>
                    <option value="">{t('ux.overdueGroups.none')}</option>
                    <option value="organisation">{t('ux.overdueGroups.organisation')}</option>
                    <option value="pillar">{t('ux.overdueGroups.pillar')}</option>
                  </select>
                </label>
              </div>
            )}
            {totals.overdue === 0 ? (
              <p>{t('overview.noOverdue')}</p>
            ) : (
              <OverdueTable actions={dashboard.overdueActions} groups={dashboard.overdueGroups} grouping={grouping} search={search} />
            )}
            {pager('overdue', t('overview.overdueTitle', { count: totals.overdue }), overdueRows)}
            {totals.overdue > 0 && (
              <p>
                <Link to={{ pathname: '/explorer', search: `?health=OVERDUE${search ? `&${search.slice(1)}` : ''}` }}>
                  {t('overview.seeAllOverdue', { count: totals.overdue })}
                </Link>
              </p>
            )}
          </section>
        </>
      )}
    </PageState>
  );
}
