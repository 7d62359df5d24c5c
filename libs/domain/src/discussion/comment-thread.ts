import type { RuleViolation } from '../tracking/validate-status-update';

/** The earlier comment a reply answers or a correction replaces, as the thread holds it. */
export interface ReferencedComment {
  actionId: number;
  authorId: number;
  /** Already replaced by a correction (only the latest version of a comment can be corrected). */
  corrected: boolean;
}

export interface CommentReference {
  actionId: number;
  actorId: number;
  /** Replying to it, or correcting it. */
  as: 'REPLY' | 'CORRECTION';
}

/**
 * Whether a new comment may refer to an earlier one: both on the same action; a correction only by the earlier
 * comment's author, and only of a comment not yet corrected (history stays append-only: the earlier entry is kept
 * and shown as corrected).
 */
export function commentReferenceViolation(earlier: ReferencedComment | null, reference: CommentReference): RuleViolation | null {
  if (earlier === null || earlier.actionId !== reference.actionId)
    return { code: 'COMMENT_NOT_FOUND', message: 'The comment you answer or correct is not in this action’s discussion.' };
  if (reference.as === 'REPLY') return null;
  if (earlier.authorId !== reference.actorId)
    return { code: 'NOT_COMMENT_AUTHOR', message: 'Only the author of a comment can correct it; reply to it instead.' };
  if (earlier.corrected) return { code: 'COMMENT_ALREADY_CORRECTED', message: 'This comment was already corrected: correct its latest version instead.' };
  return null;
}
