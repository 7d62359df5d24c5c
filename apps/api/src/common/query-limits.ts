import type { ErrorCode } from '@pnq/domain';
import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/**
 * Bounds on what one GraphQL request may ask, checked before anything runs (validation phase), so a hostile
 * query costs a parse and a walk of its own text, never a database round trip.
 * - depth: the deepest field nesting (the dashboard's deepest query, the plan tree, is 7);
 * - aliases: how many fields carry an alias (the dashboard uses none);
 * - fields: how many fields are selected once fragments are expanded (the action page selects about 90).
 * Introspection fields (`__schema`, `__type`) are not counted.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 50, maxFields: 1500, maxTokens: 15_000 } as const;

/** Codes a client can branch on; set by these rules on `extensions.limit` and turned into `extensions.code`. */
export type QueryLimitCode = Extract<ErrorCode, 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_LARGE'>;

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth: number, total: Measure, visiting: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (total.fields > QUERY_LIMITS.maxFields || total.depth > QUERY_LIMITS.maxDepth) return; // bounded work
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      total.fields += 1;
      if (selection.alias) total.aliases += 1;
      total.depth = Math.max(total.depth, depth);
      if (selection.selectionSet) measure(selection.selectionSet, fragments, depth + 1, total, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragments, depth, total, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
      visiting.add(name);
      measure(fragment.selectionSet, fragments, depth, total, visiting);
      visiting.delete(name);
    }
  }
}

function limitError(limit: QueryLimitCode, message: string, node: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(message, { nodes: [node], extensions: { limit } });
}

/** One validation rule for the three limits, per operation. */
export const queryLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const total: Measure = { depth: 0, aliases: 0, fields: 0 };
      measure(operation.selectionSet, fragments, 1, total, new Set());
      const name = operation.name ? ` "${operation.name.value}"` : '';
      if (total.depth > QUERY_LIMITS.maxDepth) {
        context.reportError(
          limitError('QUERY_TOO_DEEP', `The query${name} nests fields more than ${QUERY_LIMITS.maxDepth} levels deep; ask for less at once.`, operation),
        );
      } else if (total.aliases > QUERY_LIMITS.maxAliases) {
        context.reportError(
          limitError('TOO_MANY_ALIASES', `The query${name} uses more than ${QUERY_LIMITS.maxAliases} aliases; send fewer at once.`, operation),
        );
      } else if (total.fields > QUERY_LIMITS.maxFields) {
        context.reportError(
          limitError('QUERY_TOO_LARGE', `The query${name} selects more than ${QUERY_LIMITS.maxFields} fields; ask for less at once.`, operation),
        );
      }
    },
  };
};
