import { ApolloError } from '@apollo/client';
import { useTranslation } from 'react-i18next';

/**
 * A refused mutation, said in the interface language when the code is known (errors.<CODE>),
 * otherwise with the server's own message — never a silent failure.
 */
export function MutationErrorMessage({ error }: { error?: ApolloError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const fallback = first?.message ?? error.message;
  return (
    <p role="alert" className="form-error">
      {code ? t(`errors.${code}`, { defaultValue: fallback }) : fallback}
    </p>
  );
}
