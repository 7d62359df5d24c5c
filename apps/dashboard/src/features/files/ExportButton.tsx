import { useTranslation } from 'react-i18next';

/** A link that downloads the current view as XLSX (same filters, same date). */
export function ExportButton({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <a className="button-link" href={`/exports/actions.xlsx?${query.toString()}`} download data-testid="export-xlsx">
      {t('exportXlsx.label')}
    </a>
  );
}
