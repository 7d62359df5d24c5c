import { Actor } from '../rights/roles';

/**
 * Who may withdraw an evidence file (it is kept, no longer offered): its author while their account is active, or
 * the secretariat. A reason is required (see `withdrawalReasonProblem`).
 */
export function canWithdrawEvidence(actor: Actor & { id: number }, file: { authorId: number }): boolean {
  if (!actor.active) return false;
  return actor.role === 'ADMIN' || (actor.role === 'EDITOR' && actor.id === file.authorId);
}

export const WITHDRAWAL_REASON_MAX_LENGTH = 500;

/** Why a withdrawal reason cannot be kept (blank, too long); null when it can. */
export function withdrawalReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (!trimmed) return 'A withdrawal needs a reason: say why the file should no longer be offered.';
  if (trimmed.length > WITHDRAWAL_REASON_MAX_LENGTH) return `A withdrawal reason has at most ${WITHDRAWAL_REASON_MAX_LENGTH} characters.`;
  return null;
}

/** The entry of an action a file is attached to (a status update, a discussion entry, an indicator value), as stored. */
export interface EvidenceEntry {
  actionId: number;
  authorId: number;
}

/**
 * Whether a file may be attached to this entry of this action: the entry exists on that action
 * (`EVIDENCE_ENTRY_NOT_FOUND`), and the person entered it — or is the secretariat (`FORBIDDEN`). The action's own
 * rule (owners, partners, the secretariat) is checked before.
 */
export function evidenceEntryProblem(
  entry: EvidenceEntry | null,
  target: { actionId: number; actor: Actor & { id: number } },
): 'EVIDENCE_ENTRY_NOT_FOUND' | 'FORBIDDEN' | null {
  if (!entry || entry.actionId !== target.actionId) return 'EVIDENCE_ENTRY_NOT_FOUND';
  if (target.actor.role !== 'ADMIN' && entry.authorId !== target.actor.id) return 'FORBIDDEN';
  return null;
}
