import { PlanRef } from '@pnq/ui';
import { HEALTH_COLOURS, HEALTH_SEVERITY_ORDER, PLAN_LAST_YEAR, planYears } from '@pnq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { useTimelineQuery } from '../../generated/graphql';
import { filterFromParams } from '../explorer/explorer-filters';
import { useFilterParams } from '../explorer/useFilterParams';
import { timelineSpan } from './timeline-span';

const YEARS = planYears();

/** A plan-wide Gantt-style view: one row per action, its years to 2035 coloured by health (the explorer's filters apply). */
export default function TimelinePage() {
  const { t } = useTranslation();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const [params, setFilter] = useFilterParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const { data, loading, error, refetch } = useTimelineQuery({ variables: { asOf, filter } });
  // The years of the plan in force on the date (a revised deadline moves the bar; the adopted one is on the action page).
  const rows = (data?.actions ?? [])
    .map((a) => ({ ...a, span: timelineSpan({ kind: a.planInForce.deadlineKind, year: a.planInForce.deadlineYear, endYear: a.planInForce.deadlineEndYear }) }))
    .filter((a) => a.span !== null);
  const unscheduled = (data?.actions.length ?? 0) - rows.length;
  const nowYear = Number(asOf.slice(0, 4));

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('timeline.title', { lastYear: PLAN_LAST_YEAR })}</h1>
      <p className="hint">
        {t('timeline.intro', { count: rows.length, unscheduled })} <Link to={{ pathname: '/explorer', search }}>{t('timeline.filterInExplorer')}</Link>
      </p>
      <form className="filters" role="search" aria-label={t('explorer.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('overview.col.pillar')}
          <select value={params.get('pillar') ?? ''} onChange={(e) => setFilter('pillar', e.target.value)}>
            <option value="">{t('explorer.all')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {t('plan.pillar', { number: n })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('myActions.health')}
          <select value={params.get('health') ?? ''} onChange={(e) => setFilter('health', e.target.value)}>
            <option value="">{t('explorer.all')}</option>
            {HEALTH_SEVERITY_ORDER.filter((h) => h !== 'UNSCHEDULED').map((h) => (
              <option key={h} value={h}>
                {t(`healthValue.${h}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ul className="legend" data-testid="timeline-legend" aria-label={t('ux.timeline.legend')}>
        {HEALTH_SEVERITY_ORDER.filter((h) => h !== 'UNSCHEDULED').map((h) => (
          <li key={h}>
            <span className="legend__swatch" style={{ backgroundColor: HEALTH_COLOURS[h] }} aria-hidden="true" />
            {t(`healthValue.${h}`)}
          </li>
        ))}
        <li>
          <span className="legend__swatch legend__swatch--now" aria-hidden="true" />
          {t('ux.timeline.now', { year: nowYear })}
        </li>
      </ul>
      <div className="table-scroll timeline-scroll">
        <table className="timeline-grid" data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('overview.col.action')}</th>
              {YEARS.map((year) => (
                <th key={year} scope="col" className={year === nowYear ? 'timeline__now' : undefined} data-now={year === nowYear || undefined}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((action) => (
              <tr key={action.ref}>
                <th scope="row" className={action.healthDetail.predecessorRef ? 'timeline-blocked' : undefined}>
                  <Link to={{ pathname: `/actions/${action.ref}`, search: asOfOnly(search) }}>
                    <strong>
                      <PlanRef value={action.ref} />
                    </strong>{' '}
                    <span className="timeline__title">{action.title}</span>
                  </Link>
                  <span className="timeline__owners">{action.owners.map((o) => o.acronym ?? o.name).join(', ') || '—'}</span>
                  {action.healthDetail.predecessorRef && (
                    <span className="hint" data-testid="blocked-mark">
                      {' ⛓ '}
                      {t('replanning.blockedBy', { ref: action.healthDetail.predecessorRef })}
                    </span>
                  )}
                </th>
                {YEARS.map((year) => {
                  const inside = year >= action.span!.from && year <= action.span!.to;
                  const health = action.healthDetail.health;
                  return (
                    <td
                      key={year}
                      className={
                        [
                          inside ? `bar bar--${health.toLowerCase()}${action.span!.recurring ? ' bar--recurring' : ''}` : '',
                          year === nowYear ? 'timeline__now' : '',
                        ]
                          .join(' ')
                          .trim() || undefined
                      }
                      style={inside ? { backgroundColor: HEALTH_COLOURS[health] } : undefined}
                    >
                      {inside && year === action.span!.to && <span className="visually-hidden">{t(`healthValue.${health}`)}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageState>
  );
}
