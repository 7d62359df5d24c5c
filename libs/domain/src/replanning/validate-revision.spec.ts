import { describe, expect, it } from 'vitest';
import { DefinitionInForce } from './revision';
import { RevisionDraft, validateRevision } from './validate-revision';

const inForce: DefinitionInForce = {
  deadline: { kind: 'YEAR', year: 2024, endYear: null, dueDate: '2024-12-31' },
  cancelled: false,
  title: 'Elaborer le texte',
  subActions: [],
  ownerKeys: ['imanor'],
  partnerKeys: [],
  revisionCount: 0,
};
const draft = (kind: RevisionDraft['kind'], changes: RevisionDraft['changes'], justification = 'Le texte attend l’avis du SGG.'): RevisionDraft => ({
  kind,
  changes,
  justification,
});
const today = '2026-12-05';

describe('validateRevision', () => {
  it.each<[string, RevisionDraft, string[]]>([
    ['a new deadline with a justification', draft('DEADLINE', { dueDate: '2027-12-31' }), []],
    ['a cancellation', draft('CANCELLATION', { cancelled: true }), []],
    ['new owners and partners', draft('PARTIES', { ownerKeys: ['mic'], partnerKeys: ['imanor'] }), []],
    ['a split into sub-actions', draft('WORDING', { subActions: ['Rédiger', 'Adopter'] }), []],
    ['no justification', draft('DEADLINE', { dueDate: '2027-12-31' }, ' \u200b '), ['JUSTIFICATION_REQUIRED']],
    ['a deadline already past', draft('DEADLINE', { dueDate: '2026-12-04' }), ['INVALID_REVISION']],
    ['a deadline after the plan', draft('DEADLINE', { dueDate: '2036-01-01' }), ['INVALID_REVISION']],
    ['not a date', draft('DEADLINE', { dueDate: '2027-02-30' }), ['INVALID_REVISION']],
    ['the deadline already in force', draft('DEADLINE', { dueDate: '2024-12-31' }), ['INVALID_REVISION']],
    ['a deadline revision that changes the owners too', draft('DEADLINE', { dueDate: '2027-12-31', ownerKeys: ['mic'] }), ['INVALID_REVISION']],
    ['a deadline revision without a date', draft('DEADLINE', {}), ['INVALID_REVISION']],
    ['no owner left', draft('PARTIES', { ownerKeys: [] }), ['INVALID_REVISION']],
    ['a blank title', draft('WORDING', { title: '  ' }), ['INVALID_REVISION']],
  ])('%s', (_, revision, codes) => {
    expect(validateRevision(revision, inForce, today).map((v) => v.code)).toEqual(codes);
  });

  it('refuses to cancel an action already cancelled in force', () => {
    expect(validateRevision(draft('CANCELLATION', { cancelled: true }), { ...inForce, cancelled: true }, today).map((v) => v.code)).toEqual([
      'INVALID_REVISION',
    ]);
  });
});
