import { describe, expect, it } from 'vitest';
import { Actor, canActForOrganisation, canActForSomeOrganisation, canAdminister, canCommentOnAction, canUpdateActionStatus } from './roles';

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

describe('acting for organisation 1 as a whole (its template, its import)', () => {
  it.each<[string, Actor, boolean]>([
    ['an admin', actor('ADMIN', null), true],
    ['an admin who also names an organisation', actor('ADMIN', 3), true],
    ['an editor of organisation 1', actor('EDITOR', 1), true],
    ['an editor of another organisation', actor('EDITOR', 2), false],
    ['an editor with no organisation', actor('EDITOR', null), false],
    ['a viewer of organisation 1', actor('VIEWER', 1), false],
    ['a deactivated editor of organisation 1', actor('EDITOR', 1, false), false],
    ['a deactivated admin', actor('ADMIN', null, false), false],
  ])('%s: %s', (_who, who, allowed) => {
    expect(canActForOrganisation(who, 1)).toBe(allowed);
  });
});

describe('acting for some organisation (an upload, before it is read)', () => {
  it.each<[string, Actor, boolean]>([
    ['an admin', actor('ADMIN', null), true],
    ['an editor of an organisation', actor('EDITOR', 2), true],
    ['an editor with no organisation', actor('EDITOR', null), false],
    ['a viewer', actor('VIEWER', null), false],
    ['a viewer who names an organisation', actor('VIEWER', 1), false],
    ['a deactivated editor', actor('EDITOR', 1, false), false],
    ['a deactivated admin', actor('ADMIN', null, false), false],
  ])('%s: %s', (_who, who, allowed) => {
    expect(canActForSomeOrganisation(who)).toBe(allowed);
  });
});
