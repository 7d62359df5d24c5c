import { ApolloError } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/**
 * A refused mutation, said in the interface language by its code (errors.<CODE>) — never a silent failure,
 * never the server's English.
 */
export function MutationErrorMessage({ error }: { error?: ApolloError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {errorText(t, error)}
    </p>
  );
}
