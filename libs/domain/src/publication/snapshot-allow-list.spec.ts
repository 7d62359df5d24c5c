import { describe, expect, it } from 'vitest';
import { AllowListViolation, allowListViolations } from './snapshot-allow-list';

const counts = { actions: 1, completed: 0, inProgress: 1, notStarted: 0, blocked: 0, cancelled: 0, overdue: 0, atRisk: 0, progress: 40 };
const action = {
  ref: '1.1.1',
  title: 'Révision du décret',
  pillar: 1,
  axis: '1.1',
  project: '1.1',
  owners: ['MIC'],
  partners: [],
  deadline: '2025',
  dueDate: '2025-12-31',
  baselineDueDate: null,
  status: 'IN_PROGRESS',
  progress: 40,
  health: 'ON_TRACK',
  lastUpdateDate: '2025-06-30',
  indicators: [],
};
const snapshot = (extra: Record<string, unknown> = {}, actionExtra: Record<string, unknown> = {}) => ({
  number: 1,
  asOf: '2025-12-31',
  previous: null,
  totals: counts,
  pillars: [
    {
      number: 1,
      title: 'Normalisation',
      counts,
      axes: [{ ref: '1.1', title: 'Cadre', counts, projects: [{ ref: '1-1.1', title: 'Loi', counts, actionRefs: ['1.1.1'] }] }],
    },
  ],
  actions: [{ ...action, ...actionExtra }],
  nationalFigures: [],
  editions: [],
  finalReports: [],
  changes: [],
  archive: [],
  ...extra,
});

describe('allowListViolations', () => {
  it('accepts a snapshot made only of allowed fields', () => {
    expect(allowListViolations(snapshot())).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, AllowListViolation[]]>([
    ['a comment on an action', {}, { comments: ['Réunion reportée'] }, [{ path: 'actions[0].comments', problem: 'NOT_ALLOWED' }]],
    ['the last update’s comment', {}, { lastComment: 'x' }, [{ path: 'actions[0].lastComment', problem: 'NOT_ALLOWED' }]],
    ['evidence links', {}, { evidenceUrls: ['https://x.example/p.pdf'] }, [{ path: 'actions[0].evidenceUrls', problem: 'NOT_ALLOWED' }]],
    ['the author of an update', {}, { updatedBy: { name: 'A. B.', email: 'a@b.ma' } }, [{ path: 'actions[0].updatedBy', problem: 'NOT_ALLOWED' }]],
    [
      'an indicator value’s comment',
      {},
      { indicators: [{ label: 'x', comment: 'y' }] },
      [{ path: 'actions[0].indicators[0].comment', problem: 'NOT_ALLOWED' }],
    ],
    ['the audit log', { audit: [] }, {}, [{ path: 'audit', problem: 'NOT_ALLOWED' }]],
    ['draft reports', { draftReports: [] }, {}, [{ path: 'draftReports', problem: 'NOT_ALLOWED' }]],
    ['pending requests', { pendingRequests: [] }, {}, [{ path: 'pendingRequests', problem: 'NOT_ALLOWED' }]],
    ['the publisher', { publishedBy: 'Secrétariat' }, {}, [{ path: 'publishedBy', problem: 'NOT_ALLOWED' }]],
    ['an object where a plain value is allowed', {}, { title: { fr: 'x', note: 'private' } }, [{ path: 'actions[0].title', problem: 'NOT_A_PLAIN_VALUE' }]],
    ['an object where a list is expected', { actions: { ref: '1' } }, {}, [{ path: 'actions', problem: 'NOT_A_LIST' }]],
    ['an inherited name', {}, { constructor: 'x' }, [{ path: 'actions[0].constructor', problem: 'NOT_ALLOWED' }]],
  ])('refuses %s', (_case, extra, actionExtra, violations) => {
    expect(allowListViolations(snapshot(extra, actionExtra))).toEqual(violations);
  });
});
