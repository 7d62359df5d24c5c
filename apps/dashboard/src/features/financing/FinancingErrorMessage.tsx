import type { ApolloError } from '@apollo/client';
import { useTranslation } from 'react-i18next';

/** A refused financing mutation in the interface language: the feature's own wording, else the app's, else the server's message. */
export function FinancingErrorMessage({ error }: { error?: ApolloError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const fallback = first?.message ?? error.message;
  if (code === 'VERSION_CONFLICT') return null; // the form says it itself
  const text = code ? t(`financing.errors.${code}`, { defaultValue: t(`errors.${code}`, { defaultValue: fallback }) }) : fallback;
  return (
    <p role="alert" className="form-error" data-testid="financing-error">
      {text}
      {code && fallback !== text && <span className="hint"> — {fallback}</span>}
    </p>
  );
}
