import { describe, expect, it } from 'vitest';
import { Actor, canAdminister, canCommentOnAction, canUpdateActionStatus } from './roles';

const parties = { ownerIds: [1], partnerIds: [2] };
const actor = (role: Actor['role'], organisationId: number | null, active = true): Actor => ({ role, organisationId, active });

describe('rights on an action owned by organisation 1 with partner 2', () => {
  it.each<[string, Actor, boolean, boolean, boolean]>([
    //                              actor                   update  comment administer
    ['an admin', actor('ADMIN', null), true, true, true],
    ['an editor of the owner', actor('EDITOR', 1), true, true, false],
    ['an editor of a partner', actor('EDITOR', 2), false, true, false],
    ['an editor of another body', actor('EDITOR', 3), false, false, false],
    ['an editor with no organisation', actor('EDITOR', null), false, false, false],
    ['a viewer', actor('VIEWER', 1), false, false, false],
    ['a deactivated admin', actor('ADMIN', null, false), false, false, false],
    ['a deactivated editor of the owner', actor('EDITOR', 1, false), false, false, false],
  ])('%s: update %s, comment %s, administer %s', (_who, who, update, comment, administer) => {
    expect(canUpdateActionStatus(who, parties)).toBe(update);
    expect(canCommentOnAction(who, parties)).toBe(comment);
    expect(canAdminister(who)).toBe(administer);
  });
});
