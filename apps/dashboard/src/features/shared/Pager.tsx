import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

interface PagerProps {
  /** What the rows are, for screen readers (e.g. "Actions en retard"). */
  label: string;
  offset: number;
  pageSize: number;
  total: number;
  onChange(offset: number): void;
  testId?: string;
}

/** "11–20 of 143" with previous and next buttons, for a list the API answers page by page. Nothing when one page holds it all. */
export function Pager({ label, offset, pageSize, total, onChange, testId }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total <= pageSize && offset === 0) return null;
  const range = t('common.pager.range', {
    from: format.number(offset + 1),
    to: format.number(Math.min(total, offset + pageSize)),
    total: format.number(total),
  });
  return (
    <nav className="pager" aria-label={t('common.pager.label', { what: label })} data-testid={testId}>
      <span aria-live="polite">{range}</span>
      <button type="button" className="button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
        {t('common.pager.previous')}
      </button>
      <button type="button" className="button--secondary" disabled={offset + pageSize >= total} onClick={() => onChange(offset + pageSize)}>
        {t('common.pager.next')}
      </button>
    </nav>
  );
}
