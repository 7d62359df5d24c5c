import { ApolloError } from '@apollo/client';
import { useTranslation } from 'react-i18next';

/** A refused session, decision or follow-up, in the interface language (the server's detail after the rule's name). */
export function SteeringError({ error }: { error?: ApolloError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const detail = first?.message ?? error.message;
  const worded = code ? t(`steering.errors.${code}`, { defaultValue: '' }) : '';
  return (
    <p role="alert" className="form-error">
      {worded ? (code?.startsWith('INVALID_') ? `${worded} ${detail}` : worded) : detail}
    </p>
  );
}
