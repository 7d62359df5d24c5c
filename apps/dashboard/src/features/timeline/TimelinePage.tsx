import { HEALTH_COLOURS, PLAN_LAST_YEAR, planYears } from '@pnq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { asOfOnly, useAsOf } from '../../app/useAsOf';
import { useTimelineQuery } from '../../generated/graphql';
import { filterFromParams } from '../explorer/explorer-filters';
import { timelineSpan } from './timeline-span';

const YEARS = planYears();

/** A plan-wide Gantt-style view: one row per action, its years to 2035 coloured by health (the explorer's filters apply). */
export default function TimelinePage() {
  const { t } = useTranslation();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const [params] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const { data, loading, error, refetch } = useTimelineQuery({ variables: { asOf, filter } });
  // The years of the plan in force on the date (a revised deadline moves the bar; the adopted one is on the action page).
  const rows = (data?.actions ?? [])
    .map((a) => ({ ...a, span: timelineSpan({ kind: a.planInForce.deadlineKind, year: a.planInForce.deadlineYear, endYear: a.planInForce.deadlineEndYear }) }))
    .filter((a) => a.span !== null);
  const unscheduled = (data?.actions.length ?? 0) - rows.length;

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('timeline.title', { lastYear: PLAN_LAST_YEAR })}</h1>
      <p className="hint">
        {t('timeline.intro', { count: rows.length, unscheduled })} <Link to={{ pathname: '/explorer', search }}>{t('timeline.filterInExplorer')}</Link>
      </p>
      <div className="table-scroll">
        <table className="timeline-grid" data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('overview.col.action')}</th>
              {YEARS.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((action) => (
              <tr key={action.ref}>
                <th scope="row" className={action.healthDetail.predecessorRef ? 'timeline-blocked' : undefined}>
                  <Link to={{ pathname: `/actions/${action.ref}`, search: asOfOnly(search) }} title={action.title}>
                    {action.ref}
                  </Link>
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
                      className={inside ? `bar bar--${health.toLowerCase()}${action.span!.recurring ? ' bar--recurring' : ''}` : undefined}
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
