import { HealthVerdict } from '../tracking/health';

/** One link of the plan: `dependent` cannot finish well before `predecessor` (keys: action references). */
export interface DependencyLink {
  dependent: string;
  predecessor: string;
}

/**
 * The cycle a new link would close, as the chain of references from the new link's predecessor back to it
 * (e.g. ['B', 'C', 'A', 'B'] for a new link A → B when B already waits for C and C for A), or null when none.
 * A link from an action to itself is the shortest cycle.
 */
export function dependencyCycle(links: readonly DependencyLink[], added: DependencyLink): string[] | null {
  const predecessorsOf = new Map<string, string[]>();
  for (const link of [...links, added]) predecessorsOf.set(link.dependent, [...(predecessorsOf.get(link.dependent) ?? []), link.predecessor]);
  // Walk from the new predecessor along "waits for": reaching the new dependent again closes a cycle.
  const seen = new Set<string>();
  const walk = (ref: string, path: string[]): string[] | null => {
    if (ref === added.dependent) return [...path, ref];
    if (seen.has(ref)) return null;
    seen.add(ref);
    for (const next of predecessorsOf.get(ref) ?? []) {
      const found = walk(next, [...path, ref]);
      if (found) return found;
    }
    return null;
  };
  const found = walk(added.predecessor, []);
  return found ? [added.dependent, ...found] : null;
}

/** A predecessor as a dependent sees it on a date: its reference and its own verdict (deadline in force, state). */
export interface PredecessorVerdict {
  ref: string;
  verdict: Pick<HealthVerdict, 'health' | 'dueDate'>;
}

/**
 * The health of a dependent once its predecessors are looked at (docs/rules.md §12): an action otherwise on track is
 * AT_RISK when a predecessor not done is OVERDUE (PREDECESSOR_OVERDUE), or when a predecessor's due date in force falls
 * after its own (PREDECESSOR_DUE_LATER); the reason names the first such predecessor (in the order given). Done,
 * cancelled, overdue, at risk for its own reasons, stale or unscheduled actions keep their verdict.
 */
export function withPredecessors(own: HealthVerdict, predecessors: readonly PredecessorVerdict[]): HealthVerdict {
  if (own.health !== 'ON_TRACK' || own.dueDate === null) return own;
  const open = predecessors.filter((p) => p.verdict.health !== 'DONE' && p.verdict.health !== 'CANCELLED');
  const overdue = open.find((p) => p.verdict.health === 'OVERDUE');
  if (overdue) return { ...own, health: 'AT_RISK', reason: 'PREDECESSOR_OVERDUE', predecessorRef: overdue.ref };
  const later = open.find((p) => p.verdict.dueDate !== null && own.dueDate !== null && p.verdict.dueDate > own.dueDate);
  if (later) return { ...own, health: 'AT_RISK', reason: 'PREDECESSOR_DUE_LATER', predecessorRef: later.ref };
  return own;
}
