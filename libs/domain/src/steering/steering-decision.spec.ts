import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../tracking/state-as-of';
import { decisionHealthOn, validateDecision } from './steering-decision';

describe('validateDecision', () => {
  const base = { text: 'Le secrétariat présente un plan de rattrapage.', decidedOn: '2026-06-10', dueDate: '2026-09-30', responsibleOrganisationId: 7 };
  it.each([
    ['a decision with a due date and a responsible organisation', {}, null],
    ['a recommendation without a due date nor a responsible organisation', { dueDate: null, responsibleOrganisationId: null }, null],
    ['written up after the session', { decidedOn: '2026-06-20' }, null],
    ['a blank text', { text: '\u200b ' }, 'INVALID_DECISION'],
    ['taken before the session', { decidedOn: '2026-06-09' }, 'INVALID_DECISION'],
    ['taken in the future', { decidedOn: '2026-12-06', dueDate: '2026-12-31' }, 'INVALID_DECISION'],
    ['due before it was taken', { dueDate: '2026-06-01' }, 'INVALID_DECISION'],
    ['due after the plan', { dueDate: '2036-01-01' }, 'INVALID_DECISION'],
    ['a due date without a responsible organisation', { responsibleOrganisationId: null }, 'INVALID_DECISION'],
    ['a due date that does not exist', { dueDate: '2026-09-31' }, 'INVALID_DECISION'],
  ])('%s', (_case, change, code) => {
    expect(validateDecision({ ...base, ...change }, '2026-06-10', '2026-12-05')[0]?.code ?? null).toBe(code);
  });
});

describe('decisionHealthOn', () => {
  const decision = { decidedOn: '2026-06-10', dueDate: '2026-09-30' };
  const started = { status: 'IN_PROGRESS' as const, progress: 50, lastUpdateDate: '2026-07-01' };
  it.each([
    ['not yet taken: no health', decision, INITIAL_STATE, '2026-06-09', null],
    ['no due date: not followed up', { ...decision, dueDate: null }, INITIAL_STATE, '2026-07-01', null],
    ['on its due date with nothing done: at risk (behind the straight line)', decision, INITIAL_STATE, '2026-09-30', 'AT_RISK'],
    ['the day after its due date, not done: overdue', decision, started, '2026-10-01', 'OVERDUE'],
    ['done: done, whatever the date', decision, { status: 'COMPLETED' as const, progress: 100, lastUpdateDate: '2026-09-01' }, '2027-01-01', 'DONE'],
    ['just taken, nothing done yet: on track (its window opens the day it was taken)', decision, INITIAL_STATE, '2026-06-11', 'ON_TRACK'],
    ['half done half-way: on track', decision, started, '2026-08-05', 'ON_TRACK'],
  ])('%s', (_case, d, state, asOf, health) => {
    expect(decisionHealthOn(d, state, asOf)?.health ?? null).toBe(health);
  });

  it('counts days late from the due date', () => {
    expect(decisionHealthOn(decision, INITIAL_STATE, '2026-10-10')).toMatchObject({ health: 'OVERDUE', days: 10, dueDate: '2026-09-30' });
  });
});
