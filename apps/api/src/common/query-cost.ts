import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { fragmentsOf } from './query-limits';

/**
 * The cost of a query: how many values the server would resolve, estimated before anything runs. Each selected
 * field costs the number of objects it is resolved on (rows × fields): under `actions` (up to 1,000 rows) a field
 * costs 1,000, under `actions { history }` (about 20 updates each) 20,000. A cycle such as pillars → axes →
 * projects → actions → project → axis → pillar → … multiplies at every list, so it is refused long before the
 * shape limits (depth, aliases, fields) would notice.
 *
 * The limit stays well above what the dashboard asks (its heaviest document, the explorer, costs about 17,000:
 * `query-cost.spec.ts` checks every committed document) and well below what hurt (six copies of the cycle, about
 * 600,000, held the event loop 9 s).
 */
export const QUERY_COST = {
  maxCost: 60_000,
  /** A list field absent from LIST_SIZES (query-cost.spec.ts keeps the table complete). */
  defaultListSize: 100,
} as const;

/** A page size taken from the field's own argument: a literal (capped at max), a variable (counted at max), or the schema's default. */
interface PageSize {
  argument: string;
  max: number;
}

/**
 * How many items each list field returns per parent, on the PNQ (5 pillars, 36 axes, 126 projects, 333 actions,
 * 195 organisations) with room to grow. Lists of scalars (flags, evidence links) are leaves and cost one.
 */
export const LIST_SIZES: Record<string, number | PageSize> = {
  'Query.pillars': 5,
  'Pillar.axes': 8,
  'Axis.projects': 4,
  'Project.actions': 3,
  'Query.actions': { argument: 'limit', max: 1000 },
  'Query.myActions': { argument: 'limit', max: 1000 },
  'Query.auditEvents': { argument: 'limit', max: 500 },
  'Query.myNotifications': { argument: 'limit', max: 200 },
  'Query.reminderRuns': { argument: 'limit', max: 365 },
  'MailOutbox.messages': 200, // a page of mailOutbox(limit ≤ 200)
  'Query.organisations': 200,
  'Query.users': 100,
  'Query.campaigns': 50,
  'Query.invitations': 100,
  'Query.apiTokens': 100,
  'Query.mySessions': 20, // MAX_LIVE_SESSIONS_PER_USER
  'Query.nationalIndicators': 30,
  'NationalIndicator.values': 20,
  'Plan.facts': 5,
  'Action.owners': 2,
  'Action.partners': 5,
  'Action.participants': 7,
  'Action.indicators': 3,
  'Action.history': 20,
  'Action.comments': 10,
  'Action.evidenceFiles': 10,
  'Indicator.values': 20,
  'Organisation.aliases': 3,
  'Campaign.organisations': 60,
  'MailMessage.items': 20,
  'Notification.items': 20,
  'Dashboard.byPillar': { argument: 'limit', max: 100 }, // pages (dashboard.resolver.ts: limit 1–100)
  'Dashboard.byOrganisation': { argument: 'limit', max: 100 },
  'Dashboard.dueByYear': 13,
  'Dashboard.overdueActions': { argument: 'limit', max: 100 },
  'Dashboard.overdueGroups': 60, // owner organisations with an overdue action (as FinancingOverview.byOrganisation), or 5 pillars
  'Query.reportEditions': 12, // one per closed year of the plan (2024–2035)
  'ReportEdition.files': 2, // PDF and DOCX
  'Query.referenceRates': 100, // financing (issue 23): a few rates a month at most
  'Action.financingHistory': 20,
  'ActionFinancing.lines': 20, // FUNDING_LINES_MAX
  'ActionFinancing.ratesUsed': 2,
  'FundingLine.amounts': 16,
  'FinancingOverview.ratesUsed': 2,
  'FinancingOverview.byPillar': 5,
  'FinancingOverview.byOrganisation': 60,
  'FinancingOverview.byPartner': 30,
  'FinancingOverview.lateAndNotFunded': 333,
  'FinancingFigures.byStatus': 5,
  // Re-planning (issue 17)
  'Query.revisionRequests': { argument: 'limit', max: 500 },
  'Action.revisions': 10,
  'Action.revisionRequests': 10,
  'Action.predecessors': 5,
  'Action.dependents': 5,
  'Query.publicSnapshots': 100, // public portal (issue 19): a few publications a year
  'QualityDashboard.criteria': 50,
  'QualityDashboard.editions': 10, // one every two years to 2035
  // Steering sessions and decisions (issue 18): a few sessions a year, a few dozen decisions each
  'Query.steeringSessions': 100,
  'Query.myDecisions': 200,
  'SteeringSession.attendingOrganisations': 60,
  'SteeringSession.decisions': 50,
  'SteeringDecision.organisations': 20,
  'SteeringDecision.actions': 20,
  'SteeringDecision.history': 20,
  'SteeringDecision.revisionDecisions': 20,
  'PlanChanges.actions': 333,
  'PlanChanges.byPillar': 5,
  'PlanChanges.byOrganisation': 60,
  'PlanChanges.revisionsApproved': 333,
  'PlanChanges.indicatorValues': 500,
};

/**
 * Fields whose own work reads many rows whatever is selected under them. A dashboard computes, on its date, every
 * action's state and health and rolls them up by pillar, by organisation and for the indicators (333 actions × 4)
 * — whatever page of its lists is asked: its answer is paged, its work is not. (A date already computed is cached, but
 * the estimate cannot know which.)
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  'Query.dashboard': 1_332,
  'Query.financingOverview': 333,
};

/** Most selections (fields, fragment spreads) one walk visits: bounds the estimate's own work on fragments that double at each level. */
const MAX_VISITS = 20_000;

interface Walk {
  cost: number;
  visits: number;
  budget: number;
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  visiting: Set<string>;
}

const over = (walk: Walk) => walk.cost > walk.budget || walk.visits > MAX_VISITS;

function pageSize(size: PageSize, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const given = node.arguments?.find((argument) => argument.name.value === size.argument)?.value;
  if (given?.kind === Kind.INT) return Math.min(Math.max(Number(given.value), 0), size.max);
  if (given) return size.max; // a variable: its value is not known while validating
  const byDefault = field.args.find((argument) => argument.name === size.argument)?.defaultValue;
  return typeof byDefault === 'number' ? Math.min(byDefault, size.max) : size.max;
}

/** Items per parent of a list field (1 for a single object). */
export function multiplicity(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const size = LIST_SIZES[`${parent.name}.${field.name}`];
  if (size === undefined) return QUERY_COST.defaultListSize;
  return typeof size === 'number' ? size : pageSize(size, field, node);
}

function walkSelections(selectionSet: SelectionSetNode, parent: GraphQLNamedType, count: number, walk: Walk): void {
  for (const selection of selectionSet.selections) {
    if (over(walk)) return;
    walk.visits += 1;
    if (selection.kind === Kind.FIELD) {
      walk.cost += count * (FIELD_WEIGHTS[`${parent.name}.${selection.name.value}`] ?? 1);
      if (selection.name.value.startsWith('__') || !selection.selectionSet) continue; // introspection is bounded by the schema's size
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue; // an unknown field is graphql's own validation error
      walkSelections(selection.selectionSet, getNamedType(field.type), count * multiplicity(parent, field, selection), walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      walkSelections(selection.selectionSet, type && isCompositeType(type) ? type : parent, count, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.visiting.has(name)) continue; // unknown or cyclic fragments are graphql's own validation errors
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      walk.visiting.add(name);
      walkSelections(fragment.selectionSet, type && isCompositeType(type) ? type : parent, count, walk);
      walk.visiting.delete(name);
    }
  }
}

/**
 * The estimated cost of one operation (fragments expanded), counted until it passes `budget`: then `exceeded`
 * and the walk stops, so a hostile document costs at most MAX_VISITS steps to judge.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  budget: number = QUERY_COST.maxCost,
): { cost: number; exceeded: boolean; tooLargeToEstimate: boolean } {
  const root = schema.getRootType(operation.operation);
  const walk: Walk = { cost: 0, visits: 0, budget, schema, fragments, visiting: new Set() };
  if (root) walkSelections(operation.selectionSet, root, 1, walk);
  return { cost: walk.cost, exceeded: over(walk), tooLargeToEstimate: walk.visits > MAX_VISITS };
}

const format = (value: number) => value.toLocaleString('en-US');

/**
 * Refuses, per operation, a query whose estimated cost is above QUERY_COST.maxCost: QUERY_TOO_COSTLY with the
 * estimate and the limit, before any resolver runs (validation phase).
 */
export const queryCostRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = fragmentsOf(context.getDocument());
  return {
    OperationDefinition(operation) {
      const { cost, exceeded, tooLargeToEstimate } = operationCost(context.getSchema(), operation, fragments);
      if (!exceeded) return;
      const name = operation.name ? ` "${operation.name.value}"` : '';
      const estimate = tooLargeToEstimate ? `more than ${format(QUERY_COST.maxCost)}` : `at least ${format(cost)}`;
      context.reportError(
        new GraphQLError(
          `The query${name} would cost ${estimate} (values resolved: rows × fields), above the limit of ${format(QUERY_COST.maxCost)}; ask for fewer fields, fewer nested lists or smaller pages.`,
          { nodes: [operation], extensions: { errorCode: 'QUERY_TOO_COSTLY', cost: Math.max(cost, QUERY_COST.maxCost + 1), maxCost: QUERY_COST.maxCost } },
        ),
      );
    },
  };
};
