import type { ErrorCode } from '@pnq/domain';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * Bounds on what one GraphQL request may ask, checked before anything runs (validation phase), so a hostile
 * query costs a parse and a walk of its own text, never a database round trip.
 * - depth: the deepest field nesting (the dashboard's deepest query, the plan tree, is 7);
 * - aliases: how many fields carry an alias (the dashboard uses none);
 * - fields: how many fields are selected once fragments are expanded (the action page selects about 90).
 * Introspection fields (`__schema`, `__type`) are not counted, but every selection walked is (`visits`): fragments
 * that spread each other twice at every level cannot make the walk itself exponential.
 * The cost of what a query asks (rows × fields) is bounded by query-cost.ts.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 50, maxFields: 1500, maxTokens: 15_000 } as const;

/** Codes a client can branch on; set by these rules on `extensions.errorCode` and turned into `extensions.code` (graphql-error.filter.ts). */
export type QueryLimitCode = Extract<ErrorCode, 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_LARGE' | 'QUERY_TOO_COSTLY'>;

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
  /** Selections walked, fragments expanded (fields, introspection fields, spreads): bounds the work of measuring. */
  visits: number;
}

const MAX_VISITS = QUERY_LIMITS.maxFields * 4;
const tooLarge = (total: Measure) => total.fields > QUERY_LIMITS.maxFields || total.visits > MAX_VISITS;

function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth: number, total: Measure, visiting: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (tooLarge(total) || total.depth > QUERY_LIMITS.maxDepth) return; // bounded work
    total.visits += 1;
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
  return new GraphQLError(message, { nodes: [node], extensions: { errorCode: limit } });
}

/** The fragments a document defines, by name (query-cost.ts walks them too). */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** One validation rule for the three limits, per operation. */
export const queryLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = fragmentsOf(context.getDocument());
  return {
    OperationDefinition(operation) {
      const total: Measure = { depth: 0, aliases: 0, fields: 0, visits: 0 };
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
      } else if (tooLarge(total)) {
        context.reportError(
          limitError('QUERY_TOO_LARGE', `The query${name} selects more than ${QUERY_LIMITS.maxFields} fields; ask for less at once.`, operation),
        );
      }
    },
  };
};
