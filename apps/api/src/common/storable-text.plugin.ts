import type { ApolloServerPlugin } from '@apollo/server';
import { findUnstorableText, unstorableTextProblem } from '@pnq/domain';
import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';

/** Where the first string literal of a document that cannot be stored is ("argument input.comment"), and why; null when none. */
function unstorableLiteral(document: DocumentNode): { path: string; problem: string } | null {
  const names: string[] = [];
  let found: { path: string; problem: string } | null = null;
  const enter = (node: { name: { value: string } }) => void names.push(node.name.value);
  const leave = () => void names.pop();
  visit(document, {
    Argument: { enter, leave },
    ObjectField: { enter, leave },
    StringValue(literal) {
      const problem = unstorableTextProblem(literal.value);
      if (!problem) return undefined;
      found = { path: names.length ? `argument ${names.join('.')}` : 'a string of the query', problem };
      return BREAK;
    },
  });
  return found;
}

/**
 * The input rule for text on GraphQL (libs/domain `unstorableTextProblem`): every string of the variables (at any
 * depth, field names included) and every string literal of the document. A request holding one that cannot be
 * stored is refused whole with BAD_USER_INPUT (HTTP 400) once the operation is known and before anything runs —
 * no resolver, no variable coercion — so a mutation never half-runs.
 */
export const storableTextPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ request, document }) {
        const found = findUnstorableText(request.variables ?? {}, 'variables') ?? unstorableLiteral(document);
        if (found) {
          throw new GraphQLError(`Invalid input: ${found.path} ${found.problem}; remove it and send the text again.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    });
  },
};
