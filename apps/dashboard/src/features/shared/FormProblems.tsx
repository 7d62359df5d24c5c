import type { ApolloError } from '@apollo/client';
import { MutationErrorMessage } from './MutationErrorMessage';

export interface FormProblemsProps {
  /** Rule violations found before sending, already translated (shown only when `show`). */
  problems: { code: string; text: string }[];
  show: boolean;
  /** The mutation's error; a VERSION_CONFLICT is shown by the form itself, not here. */
  error: ApolloError | undefined;
}

/** What stops a form from saving: the rules checked in the browser, then the server's refusal (see MutationErrorMessage). */
export function FormProblems({ problems, show, error }: FormProblemsProps) {
  const serverCode = error?.graphQLErrors[0]?.extensions?.code;
  return (
    <>
      {show && problems.length > 0 && (
        <ul className="form-error">
          {problems.map((p) => (
            <li key={p.code}>{p.text}</li>
          ))}
        </ul>
      )}
      {serverCode !== 'VERSION_CONFLICT' && <MutationErrorMessage error={error} />}
    </>
  );
}
