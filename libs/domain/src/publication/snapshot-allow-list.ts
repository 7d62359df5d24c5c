/**
 * The allow-list of a public snapshot, field by field: a value is published only if its path is here. A field
 * is `true` (a plain value or a list of plain values), a nested object's own list, or `[list]` for a list of
 * such objects. Comments, evidence, people, e-mails, audit, drafts and pending requests have no entry, so a
 * document carrying one is refused (`allowListViolations`).
 */
export type AllowList = { readonly [field: string]: true | AllowList | readonly [AllowList] };

const COUNTS: AllowList = {
  actions: true,
  completed: true,
  inProgress: true,
  notStarted: true,
  blocked: true,
  cancelled: true,
  overdue: true,
  atRisk: true,
  progress: true,
};

export const PUBLIC_SNAPSHOT_ALLOW_LIST: AllowList = {
  number: true,
  asOf: true,
  previous: { number: true, asOf: true },
  totals: COUNTS,
  pillars: [
    {
      number: true,
      title: true,
      counts: COUNTS,
      axes: [{ ref: true, title: true, counts: COUNTS, projects: [{ ref: true, title: true, counts: COUNTS, actionRefs: true }] }],
    },
  ],
  actions: [
    {
      ref: true,
      title: true,
      pillar: true,
      axis: true,
      project: true,
      owners: true,
      partners: true,
      deadline: true,
      dueDate: true,
      baselineDueDate: true,
      status: true,
      progress: true,
      health: true,
      lastUpdateDate: true,
      indicators: [
        {
          label: true,
          kind: true,
          unit: true,
          baseline: true,
          target: true,
          targetYear: true,
          latestValue: true,
          achieved: true,
          latestDate: true,
          source: true,
          status: true,
        },
      ],
    },
  ],
  nationalFigures: [{ key: true, label: true, labelEn: true, unit: true, values: [{ date: true, value: true, kind: true, source: true }] }],
  editions: [
    {
      number: true,
      snapshotNumber: true,
      periodStart: true,
      periodEnd: true,
      publishedOn: true,
      sources: true,
      method: true,
      nextDueOn: true,
      criteria: [{ key: true, label: true, description: true, figureKeys: true }],
    },
  ],
  finalReports: [{ year: true, asOf: true }],
  changes: [{ ref: true, title: true, fromStatus: true, toStatus: true, fromProgress: true, toProgress: true }],
  archive: [{ number: true, asOf: true }],
};

export interface AllowListViolation {
  /** Where the value is, e.g. `actions[3].comments`. */
  path: string;
  problem: 'NOT_ALLOWED' | 'NOT_AN_OBJECT' | 'NOT_A_LIST' | 'NOT_A_PLAIN_VALUE';
}

const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Every value of the document whose path is not on the allow-list (or whose shape differs from it); empty when all may be published. */
export function allowListViolations(document: unknown, allowList: AllowList = PUBLIC_SNAPSHOT_ALLOW_LIST): AllowListViolation[] {
  const violations: AllowListViolation[] = [];
  walkObject(document, allowList, '', violations);
  return violations;
}

function walkObject(value: unknown, allowList: AllowList, path: string, out: AllowListViolation[]): void {
  if (value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.push({ path: path || '(document)', problem: 'NOT_AN_OBJECT' });
    return;
  }
  for (const [field, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = path ? `${path}.${field}` : field;
    const rule = Object.prototype.hasOwnProperty.call(allowList, field) ? allowList[field] : undefined;
    if (rule === undefined) out.push({ path: childPath, problem: 'NOT_ALLOWED' });
    else if (rule === true) walkPlain(child, childPath, out);
    else if (Array.isArray(rule)) walkList(child, rule[0] as AllowList, childPath, out);
    else walkObject(child, rule as AllowList, childPath, out);
  }
}

function walkPlain(value: unknown, path: string, out: AllowListViolation[]): void {
  const plain = Array.isArray(value) ? value.every(isPlain) : isPlain(value);
  if (!plain) out.push({ path, problem: 'NOT_A_PLAIN_VALUE' });
}

function walkList(value: unknown, itemList: AllowList, path: string, out: AllowListViolation[]): void {
  if (!Array.isArray(value)) {
    out.push({ path, problem: 'NOT_A_LIST' });
    return;
  }
  value.forEach((item, index) => walkObject(item, itemList, `${path}[${index}]`, out));
}
