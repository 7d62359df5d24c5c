import { FORMAT_LOCALES, sourceDocumentName } from '@pnq/domain';

/** French wording and number formats of the report (the plan's language); the same formats as the dashboard in French. */
const numberFormat = new Intl.NumberFormat(FORMAT_LOCALES.fr, { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatNumber = (value: number) => numberFormat.format(value).replace(/\u202f|\u00a0/g, ' ');
export const formatPercent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
export const formatDate = (date: string | null) => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '—');

/** "+3", "−1,5 pt", "=" — the change of a key figure since the previous year-end. */
export function formatChange(value: number | null, previous: number | null, unit: 'count' | 'percent'): string {
  if (value === null || previous === null) return '—';
  const delta = Math.round((value - previous) * 10) / 10;
  if (delta === 0) return '=';
  return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta))}${unit === 'percent' ? ' pt' : ''}`;
}

/** A national figure's source: the one an admin named, else the seed's document and lines. */
export function sourceLabel(value: {
  sourceLabel: string | null;
  sourceFile: string | null;
  source: { fromLine: number; toLine: number } | null;
}): string | null {
  if (value.sourceLabel) return value.sourceLabel;
  if (!value.sourceFile) return null;
  const document = sourceDocumentName(value.sourceFile);
  if (!value.source) return document;
  const { fromLine, toLine } = value.source;
  return `${document}, l. ${fromLine === toLine ? fromLine : `${fromLine}–${toLine}`}`;
}
