import { ReactNode } from 'react';

export interface QueryStateProps {
  loading: boolean;
  error?: { message: string } | null;
  loadingLabel: string;
  errorTitle: string;
  retryLabel: string;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading and error states that say what happened and what to do. */
export function QueryState({ loading, error, loadingLabel, errorTitle, retryLabel, onRetry, children }: QueryStateProps) {
  if (error) {
    return (
      <div role="alert" className="query-state query-state--error">
        <p>
          <strong>{errorTitle}</strong>
        </p>
        <p>{error.message}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {retryLabel}
          </button>
        )}
      </div>
    );
  }
  if (loading) {
    return (
      <p role="status" className="query-state">
        {loadingLabel}
      </p>
    );
  }
  return <>{children}</>;
}
