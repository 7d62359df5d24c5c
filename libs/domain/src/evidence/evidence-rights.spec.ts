import { describe, expect, it } from 'vitest';
import { canWithdrawEvidence, evidenceEntryProblem, withdrawalReasonProblem } from './evidence-rights';

describe('who may withdraw an evidence file', () => {
  const editor = { id: 7, role: 'EDITOR' as const, organisationId: 3, active: true };
  it.each<[string, Parameters<typeof canWithdrawEvidence>[0], number, boolean]>([
    ['its author', editor, 7, true],
    ['another editor of the same organisation', { ...editor, id: 8 }, 7, false],
    ['its author whose account was deactivated', { ...editor, active: false }, 7, false],
    ['the secretariat', { id: 1, role: 'ADMIN', organisationId: null, active: true }, 7, true],
    ['a deactivated admin', { id: 1, role: 'ADMIN', organisationId: null, active: false }, 7, false],
    ['a viewer, even its author id', { id: 7, role: 'VIEWER', organisationId: null, active: true }, 7, false],
  ])('%s → %s', (_case, actor, authorId, allowed) => {
    expect(canWithdrawEvidence(actor, { authorId })).toBe(allowed);
  });
});

describe('the reason of a withdrawal', () => {
  it.each<[string, string, boolean]>([
    ['a reason', 'Mauvais fichier joint', true],
    ['blank', '   ', false],
    ['empty', '', false],
    ['500 characters', 'x'.repeat(500), true],
    ['501 characters', 'x'.repeat(501), false],
  ])('%s → kept: %s', (_case, reason, kept) => {
    expect(withdrawalReasonProblem(reason) === null).toBe(kept);
  });
});

describe('attaching a file to an entry of an action', () => {
  const editor = { id: 7, role: 'EDITOR' as const, organisationId: 3, active: true };
  const admin = { id: 1, role: 'ADMIN' as const, organisationId: null, active: true };
  it.each<[string, { actionId: number; authorId: number } | null, Parameters<typeof evidenceEntryProblem>[1]['actor'], string | null]>([
    ['its author, on the same action', { actionId: 10, authorId: 7 }, editor, null],
    ['the secretariat, on someone else’s entry', { actionId: 10, authorId: 7 }, admin, null],
    ['another editor', { actionId: 10, authorId: 8 }, editor, 'FORBIDDEN'],
    ['an entry of another action', { actionId: 11, authorId: 7 }, editor, 'EVIDENCE_ENTRY_NOT_FOUND'],
    ['an entry that does not exist', null, admin, 'EVIDENCE_ENTRY_NOT_FOUND'],
  ])('%s → %s', (_case, entry, actor, problem) => {
    expect(evidenceEntryProblem(entry, { actionId: 10, actor })).toBe(problem);
  });
});
