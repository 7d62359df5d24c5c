import { QueryState } from '@pnq/ui';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** Loading and error states of a page, in the interface language, with a retry. */
export function PageState({ loading, error, onRetry, children }: { loading: boolean; error?: unknown; onRetry: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <QueryState
      loading={loading}
      error={error ? { message: errorText(t, error) } : null}
      loadingLabel={t('common.loading')}
      errorTitle={t('common.errorTitle')}
      retryLabel={t('common.retry')}
      onRetry={onRetry}
    >
      {children}
    </QueryState>
  );
}
