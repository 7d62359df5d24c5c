import {
  buildSchema,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  validate,
  visit,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_SIZES, operationCost, QUERY_COST, queryCostRule } from './query-cost';
import { fragmentsOf } from './query-limits';

const REPO_ROOT = resolve(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(REPO_ROOT, 'libs/graphql-schema/schema.graphql'), 'utf8'));

/** What Apollo Client sends: every selection set of a field also asks for __typename. */
const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
const withTypenames = (document: DocumentNode): DocumentNode =>
  visit(document, {
    SelectionSet: (node, _key, parent) =>
      parent && 'kind' in parent && parent.kind === Kind.FIELD && !node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')
        ? { ...node, selections: [...node.selections, TYPENAME] }
        : undefined,
  });

/** Every committed dashboard document, parsed together (fragments are shared between files) as the client sends them. */
function dashboardDocuments(): { operations: OperationDefinitionNode[]; fragments: Map<string, FragmentDefinitionNode>; document: DocumentNode } {
  const root = join(REPO_ROOT, 'apps/dashboard/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.graphql'));
  const document = withTypenames(parse(files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n')));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return { operations, fragments: fragmentsOf(document), document };
}

const costOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, operation, fragmentsOf(document), Number.POSITIVE_INFINITY).cost;
};

describe('the query cost limit', () => {
  it('lets every committed dashboard document through, with room to spare', () => {
    const { operations, fragments, document } = dashboardDocuments();
    expect(operations.length).toBeGreaterThan(20);
    const costs = operations.map((operation) => [operation.name?.value, operationCost(schema, operation, fragments, Number.POSITIVE_INFINITY).cost] as const);
    for (const [name, cost] of costs) expect(cost, name).toBeLessThanOrEqual(QUERY_COST.maxCost / 2);
    expect(validate(schema, document, [queryCostRule])).toEqual([]);
    const heaviest = costs.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(heaviest[1]).toBeGreaterThan(1000); // the estimate is not trivially low
  });

  it('refuses the reported cycle (pillars → axes → projects → actions → project → axis → pillar → …, 6 copies)', () => {
    const cycle = 'pillars { axes { projects { actions { ref project { axis { pillar { axes { projects { actions { ref project { ref } } } } } } } } } } }';
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: ${cycle}`).join(' ')} }`;
    expect(costOf(query)).toBeGreaterThan(QUERY_COST.maxCost * 5);
    const errors = validate(schema, parse(query), [queryCostRule]);
    expect(errors.map((e) => e.extensions.errorCode)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toContain(QUERY_COST.maxCost.toLocaleString('en-US'));
  });

  it.each([
    ['a field of one object', '{ plan { title } }', 2],
    ['the five pillars', '{ pillars { number name } }', 1 + 2 * 5],
    ['axes of each pillar', '{ pillars { axes { number } } }', 1 + 5 + 40],
    ['a literal page size', '{ actions(limit: 10) { ref } }', 1 + 10],
    ['a page size above the maximum (counted at the maximum)', '{ auditEvents(limit: 100000) { id } }', 1 + 500],
    ['a page size from a variable (counted at the maximum)', 'query ($n: Int!) { actions(limit: $n) { ref } }', 1 + 1000],
    ['the schema’s default page size', '{ auditEvents { id } }', 1 + 100],
    ['lists under lists', '{ actions(limit: 10) { history { author { name } } } }', 1 + 10 + 10 * 20 + 10 * 20],
    ['a list of scalars (a leaf)', '{ actions(limit: 10) { flags } }', 1 + 10],
    ['a dashboard (every action’s state on its date)', '{ dashboard { asOf } }', 1_332 + 1],
    ['aliases add up', '{ a: pillars { number } b: pillars { number } }', 2 * (1 + 5)],
    ['fragments are expanded', '{ pillars { ...P ...P } } fragment P on Pillar { number }', 1 + 5 + 5],
  ])('estimates %s', (_name, query, cost) => {
    expect(costOf(query)).toBe(cost);
  });

  it('knows the size of every list of objects in the schema, and of no other field', () => {
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) lists.push(`${type.name}.${field.name}`);
      }
    }
    expect(Object.keys(LIST_SIZES).sort()).toEqual(lists.sort());
  });
});
