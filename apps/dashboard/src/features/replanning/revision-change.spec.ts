import { describe, expect, it } from 'vitest';
import { changeMessage, keyList, pillarOf, RevisionChange } from './revision-change';

const change = (fields: Partial<RevisionChange>): RevisionChange => ({
  kind: 'DEADLINE',
  dueDate: null,
  ownerKeys: null,
  partnerKeys: null,
  title: null,
  subActions: null,
  ...fields,
});
const date = (d: string) => `le ${d}`;

describe('changeMessage', () => {
  it.each([
    ['a new deadline', change({ dueDate: '2027-06-30' }), 'replanning.change.DEADLINE', { date: 'le 2027-06-30' }],
    ['a cancellation', change({ kind: 'CANCELLATION' }), 'replanning.change.CANCELLATION', {}],
    ['new parties', change({ kind: 'PARTIES', ownerKeys: ['mic'], partnerKeys: [] }), 'replanning.change.PARTIES', { owners: 'mic', partners: '—' }],
    ['a split', change({ kind: 'WORDING', subActions: ['Rédiger', 'Adopter'] }), 'replanning.change.WORDING', { title: 'Rédiger · Adopter' }],
  ])('words %s', (_, revision, key, values) => {
    expect(changeMessage(revision, date)).toEqual({ key, values });
  });
});

describe('keyList and pillarOf', () => {
  it.each([
    ['imanor, mic ,', ['imanor', 'mic']],
    ['', []],
  ])('reads "%s"', (text, keys) => expect(keyList(text)).toEqual(keys));
  it('reads the pillar of a reference', () => expect(pillarOf('4-1.1.3')).toBe(4));
});
