// The benchmark's scenarios, as a list: each names who sends it and how to build a request.
// The report generation and the XLSX import of one organisation's template (issue 7) are added here once they exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FEATURES = 'apps/dashboard/src/features';

/** A dashboard operation exactly as the browser sends it (its .graphql document plus the shared fragment). */
function dashboardDocument(root, file) {
  const fragment = readFileSync(join(root, FEATURES, 'shared/graphql/health-detail.fragment.graphql'), 'utf8');
  const operation = readFileSync(join(root, FEATURES, file), 'utf8');
  return operation.includes('...HealthDetailFields') ? `${operation}\n${fragment}` : operation;
}

export const UPDATE_STATUS_MUTATION = `mutation Update($input: UpdateActionStatusInput!) {
  updateActionStatus(input: $input) { ref version status progress }
}`;

/**
 * @param {string} root the repository root
 * @param {{ asOf: string, actionRef: string, updatableRefs: string[] }} data
 */
export function scenarios(root, data) {
  return [
    {
      name: 'overview — dashboard(asOf)',
      user: 'viewer',
      body: () => ({ operationName: 'Overview', query: dashboardDocument(root, 'overview/graphql/overview.graphql'), variables: { asOf: data.asOf } }),
    },
    {
      name: 'explorer page — pillar 2, in progress',
      user: 'viewer',
      body: () => ({
        operationName: 'Explorer',
        query: dashboardDocument(root, 'explorer/graphql/explorer.graphql'),
        variables: { asOf: data.asOf, filter: { pillars: [2], statuses: ['IN_PROGRESS'] } },
      }),
    },
    {
      name: 'action page with history',
      user: 'viewer',
      body: () => ({
        operationName: 'ActionPage',
        query: dashboardDocument(root, 'action/graphql/action-page.graphql'), variables: { ref: data.actionRef, asOf: data.asOf } }),
    },
    {
      name: 'updateActionStatus',
      user: 'admin',
      write: true,
      // Round robin over many actions, each request carrying the version the last answer gave for that action.
      body: (state) => {
        const ref = data.updatableRefs[state.next++ % data.updatableRefs.length];
        const version = state.versions.get(ref) ?? 20;
        const progress = 10 + (state.next % 80);
        return {
          query: UPDATE_STATUS_MUTATION,
          variables: { input: { ref, expectedVersion: version, status: 'IN_PROGRESS', progress, comment: `Bench update ${state.next}` } },
        };
      },
      onAnswer: (state, answer) => {
        const updated = answer?.data?.updateActionStatus;
        if (updated) state.versions.set(updated.ref, updated.version);
      },
    },
  ];
}
