import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/** How many top-level `login` fields a mutation selects, fragments expanded (each fragment once). */
function countLogins(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let logins = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) logins += selection.name.value === 'login' ? 1 : 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) logins += countLogins(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue; // unknown or cyclic: graphql's own rules report it
      seen.add(fragment.name.value);
      logins += countLogins(fragment.selectionSet, fragments, seen);
    }
  }
  return logins;
}

/**
 * One sign-in per request: a mutation selecting `login` more than once (aliases, fragments) is refused before
 * anything runs, so one request cannot open dozens of sessions, write dozens of audit events or try dozens of
 * passwords. The code travels on `extensions.errorCode` and becomes `extensions.code` (formatGraphqlError).
 */
export const loginOncePerRequestRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      if (operation.operation !== 'mutation' || countLogins(operation.selectionSet, fragments, new Set()) <= 1) return;
      context.reportError(
        new GraphQLError('One sign-in per request: send the login mutation once.', { nodes: [operation], extensions: { errorCode: 'TOO_MANY_LOGINS' } }),
      );
    },
  };
};
