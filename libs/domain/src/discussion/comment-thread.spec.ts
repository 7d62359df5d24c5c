import { describe, expect, it } from 'vitest';
import { commentReferenceViolation, CommentReference, ReferencedComment } from './comment-thread';

const earlier: ReferencedComment = { actionId: 7, authorId: 3, corrected: false };

describe('a reply or a correction refers to an earlier comment', () => {
  it.each<[string, ReferencedComment | null, CommentReference, string | null]>([
    ['anyone who may comment replies to a comment of the action', earlier, { actionId: 7, actorId: 5, as: 'REPLY' }, null],
    ['a reply to a corrected comment is still a reply', { ...earlier, corrected: true }, { actionId: 7, actorId: 5, as: 'REPLY' }, null],
    ['the author corrects their comment', earlier, { actionId: 7, actorId: 3, as: 'CORRECTION' }, null],
    ['a comment that does not exist', null, { actionId: 7, actorId: 3, as: 'REPLY' }, 'COMMENT_NOT_FOUND'],
    ['a comment of another action', earlier, { actionId: 8, actorId: 3, as: 'REPLY' }, 'COMMENT_NOT_FOUND'],
    ['someone else corrects it', earlier, { actionId: 7, actorId: 5, as: 'CORRECTION' }, 'NOT_COMMENT_AUTHOR'],
    ['a comment already corrected', { ...earlier, corrected: true }, { actionId: 7, actorId: 3, as: 'CORRECTION' }, 'COMMENT_ALREADY_CORRECTED'],
  ])('%s → %s', (_case, comment, reference, code) => {
    expect(commentReferenceViolation(comment, reference)?.code ?? null).toBe(code);
  });
});
