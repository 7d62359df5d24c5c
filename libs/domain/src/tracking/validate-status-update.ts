import { ActionStatus } from './action-status';

export interface StatusUpdateDraft {
  status: ActionStatus;
  progress: number;
  comment: string;
}

export interface RuleViolation {
  code: string;
  message: string;
}

/**
 * The rules a status update must satisfy before it is recorded:
 * progress is a whole number 0–100; COMPLETED means 100; a comment is always required
 * (for BLOCKED and CANCELLED it is the reason); NOT_STARTED cannot claim progress.
 */
export function validateStatusUpdate(draft: StatusUpdateDraft): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!Number.isInteger(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'Progress must be a whole number from 0 to 100.' });
  } else if (draft.status === 'COMPLETED' && draft.progress !== 100) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'A completed action is at 100 % progress.' });
  } else if (draft.status === 'NOT_STARTED' && draft.progress !== 0) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'An action not started is at 0 % progress.' });
  }
  if (draft.comment.trim().length === 0) {
    const reason = draft.status === 'BLOCKED' || draft.status === 'CANCELLED';
    violations.push({
      code: reason ? 'REASON_REQUIRED' : 'COMMENT_REQUIRED',
      message: reason
        ? `A ${draft.status === 'BLOCKED' ? 'blocked' : 'cancelled'} action needs the reason in the comment.`
        : 'Every update needs a comment saying what changed.',
    });
  }
  return violations;
}
