import { DEFAULT_LANGUAGE, FORMAT_LOCALES, isLanguage } from '@pnq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, percentages, calendar dates and instants formatted for the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = FORMAT_LOCALES[isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE];
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' });
    return {
      number: (value: number) => number.format(value),
      percent: (value: number | null) => (value === null ? '—' : `${number.format(value)} %`),
      date: (value: string | null) => (value ? date.format(new Date(`${value}T00:00:00Z`)) : '—'),
      /** An instant (ISO date-time), in Casablanca time. */
      dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : '—'),
    };
  }, [locale]);
}
