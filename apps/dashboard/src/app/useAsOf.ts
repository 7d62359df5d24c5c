import { calendarDateInCasablanca, isCalendarDate } from '@pnq/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The "as of" date of every figure: in the URL (?asOf=YYYY-MM-DD), today in Casablanca by default. */
export function useAsOf(): [string, (date: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && isCalendarDate(raw) ? raw : calendarDateInCasablanca(new Date());
  const setAsOf = useCallback(
    (date: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (date && isCalendarDate(date)) next.set('asOf', date);
          else next.delete('asOf');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [asOf, setAsOf];
}

/** Only the as-of date of a query string: what navigation carries to the next screen. */
export function asOfOnly(search: string): string {
  const asOf = new URLSearchParams(search).get('asOf');
  return asOf ? `?asOf=${asOf}` : '';
}
