import type { RevisionKind } from '../../generated/graphql';

/** The fields of a revision or a request that say what it changes. */
export interface RevisionChange {
  kind: RevisionKind;
  dueDate: string | null;
  ownerKeys: string[] | null;
  partnerKeys: string[] | null;
  title: string | null;
  subActions: string[] | null;
}

/** The i18n key and values that word a change (replanning.change.<KIND>). */
export function changeMessage(change: RevisionChange, formatDate: (date: string) => string): { key: string; values: Record<string, string> } {
  switch (change.kind) {
    case 'DEADLINE':
      return { key: 'replanning.change.DEADLINE', values: { date: change.dueDate ? formatDate(change.dueDate) : '—' } };
    case 'CANCELLATION':
      return { key: 'replanning.change.CANCELLATION', values: {} };
    case 'PARTIES':
      return {
        key: 'replanning.change.PARTIES',
        values: { owners: (change.ownerKeys ?? []).join(', ') || '—', partners: (change.partnerKeys ?? []).join(', ') || '—' },
      };
    case 'WORDING':
      return { key: 'replanning.change.WORDING', values: { title: [change.title, ...(change.subActions ?? [])].filter(Boolean).join(' · ') } };
  }
}

/** Keys typed as "a, b , c" → ['a', 'b', 'c']. */
export function keyList(text: string): string[] {
  return text
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}

/** The pillar of a plan reference ("1-2.3.4" → 1). */
export function pillarOf(ref: string): number {
  return Number(ref.split('-')[0]);
}
