import type { ApolloError } from '@apollo/client';
import type { PasswordProblem } from '@pnq/domain';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { PasswordFeedback } from './PasswordField';

/** The server's refusal: WEAK_PASSWORD explained rule by rule (its details), anything else by its code. */
export function PasswordErrorMessage({ error }: { error?: ApolloError | null }) {
  const first = error?.graphQLErrors[0];
  if (first?.extensions?.code !== 'WEAK_PASSWORD') return <MutationErrorMessage error={error} />;
  const problems = (first.extensions.problems as PasswordProblem[] | undefined) ?? [];
  const warning = (first.extensions.warning as string | null | undefined) ?? null;
  return (
    <div>
      <MutationErrorMessage error={error} />
      <PasswordFeedback verdict={{ acceptable: false, problems, score: 0, warning }} />
    </div>
  );
}
