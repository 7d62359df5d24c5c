import { ActionRefLink } from '../shared/ActionRefLink';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OverdueGrouping, OverviewQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';

type Dashboard = OverviewQuery['dashboard'];
type Row = Dashboard['overdueActions'][number];
type Group = Dashboard['overdueGroups'][number];

/** The choices of « Grouper par », as written in the URL (`overdueBy`), and the grouping each asks the API for. */
export const OVERDUE_GROUPINGS: Record<string, OverdueGrouping> = { organisation: 'ORGANISATION', pillar: 'PILLAR' };

interface Props {
  actions: Row[];
  groups: Group[];
  grouping: OverdueGrouping | undefined;
  /** The page's query string (its date), kept on every link. */
  search: string;
}

/** The page's rows one group after the other (as the API sends them), each group once even when it began on the previous page. */
function sections(actions: Row[]): { key: string | null; rows: Row[] }[] {
  const out: { key: string | null; rows: Row[] }[] = [];
  for (const row of actions) {
    const last = out.at(-1);
    if (last && last.key === (row.groupKey ?? null)) last.rows.push(row);
    else out.push({ key: row.groupKey ?? null, rows: [row] });
  }
  return out;
}

/** The overview's overdue actions, the most late first, grouped by owner organisation or pillar when asked (issue 21.9). */
export function OverdueTable({ actions, groups, grouping, search }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = 5;
  // A group's heading leads to the explorer: its overdue actions, on the same date.
  const heading = (key: string) => {
    const group = groups.find((g) => g.key === key);
    if (!group) return null;
    const count = t('ux.overdueGroups.count', { count: group.count, formatted: format.number(group.count) });
    if (!group.key) return `${t('ux.overdueGroups.noOwner')} · ${count}`;
    const filter: Record<string, string> = grouping === 'PILLAR' ? { pillar: group.key } : { owner: group.key };
    const name =
      grouping === 'PILLAR'
        ? `${t('plan.pillar', { number: Number(group.key) })} — ${group.name}`
        : group.acronym
          ? `${group.acronym} — ${group.name}`
          : group.name;
    const query = new URLSearchParams(search);
    return (
      <>
        <Link to={{ pathname: '/explorer', search: `?${new URLSearchParams({ health: 'OVERDUE', ...filter, ...Object.fromEntries(query) })}` }}>{name}</Link> ·{' '}
        <span data-testid="overdue-group-count">{count}</span>
      </>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table data-table--cards" data-testid="overdue-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.col.action')}</th>
            <th scope="col">{t('overview.col.owners')}</th>
            <th scope="col">{t('overview.col.dueDate')}</th>
            <th scope="col">{t('overview.col.daysLate')}</th>
            <th scope="col">{t('overview.col.lastUpdate')}</th>
          </tr>
        </thead>
        {sections(actions).map((section, index) => (
          <tbody key={`${section.key ?? ''}-${index}`} data-testid={section.key === null ? undefined : 'overdue-group'}>
            {section.key !== null && (
              <tr className="group-row">
                <th scope="rowgroup" colSpan={columns} data-testid="overdue-group-heading">
                  {heading(section.key)}
                </th>
              </tr>
            )}
            {section.rows.map((action) => (
              <tr key={action.ref}>
                <td>
                  <ActionRefLink action={action} search={search} />
                </td>
                <td data-label={t('overview.col.owners')}>{action.owners.join(', ') || '—'}</td>
                <td data-label={t('overview.col.dueDate')} data-testid="due-date">
                  {format.date(action.dueDate)}
                </td>
                <td data-label={t('overview.col.daysLate')} data-testid="days-late">
                  {t('ux.days', { count: action.daysLate, formatted: String(action.daysLate) })}
                </td>
                <td data-label={t('overview.col.lastUpdate')}>{action.lastUpdateDate ? format.date(action.lastUpdateDate) : t('overview.neverUpdated')}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
