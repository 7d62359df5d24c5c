import { useSearchParams } from 'react-router-dom';
import type { FilterKey } from './explorer-filters';

/** The filters in the URL (shared by the explorer and the timeline) and how to set one; an empty value removes it. */
export function useFilterParams(): [URLSearchParams, (key: FilterKey, value: string) => void, ReturnType<typeof useSearchParams>[1]] {
  const [params, setParams] = useSearchParams();
  const setFilter = (key: FilterKey, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return [params, setFilter, setParams];
}
