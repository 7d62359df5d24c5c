import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../shared/ScrollBox';

export interface AdminTableProps {
  /** What the list is (the page's title): names its scrolling box. */
  label: string;
  query: string;
  onQueryChange: (query: string) => void;
  /** e.g. "12 comptes affichés sur 40", announced as the search narrows. */
  countLabel: string;
  columns: string[];
  isEmpty: boolean;
  children: ReactNode;
}

/** A searchable list of the admin screens: search box with a live count, then the table (or "nothing matches"). */
export function AdminTable({ label, query, onQueryChange, countLabel, columns, isEmpty, children }: AdminTableProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="filters">
        <label>
          {t('admin.search')}
          <input type="search" value={query} onChange={(e) => onQueryChange(e.target.value)} />
        </label>
        <p className="hint" role="status">
          {countLabel}
        </p>
      </div>
      {isEmpty ? (
        <p>{t('admin.noMatch')}</p>
      ) : (
        <ScrollBox label={label}>
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
