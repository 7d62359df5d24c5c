import { describe, expect, it } from 'vitest';
import { previousSessionOf, SessionRef, validateSession } from './steering-session';

const sessions: SessionRef[] = [
  { id: 1, body: 'CSNCA_PLENARY', heldOn: '2025-06-12' },
  { id: 2, body: 'CSNCA_PLENARY', heldOn: '2025-12-04' },
  { id: 3, body: 'METROLOGY_COMMITTEE', heldOn: '2026-01-20' },
  { id: 4, body: 'CSNCA_PLENARY', heldOn: '2026-06-10' },
  { id: 5, body: 'CSNCA_PLENARY', heldOn: '2026-06-10' },
];

describe('previousSessionOf', () => {
  it.each([
    ['the plenary of 2026-06-10 (first of the day) follows the one of 2025-12-04', 4, 2],
    ['a second session the same day follows the first one', 5, 4],
    ['a committee’s first session has no previous one, whatever the plenaries', 3, null],
    ['a body’s first session has none', 1, null],
    ['the second plenary follows the first', 2, 1],
  ])('%s', (_case, id, expected) => {
    const session = sessions.find((s) => s.id === id)!;
    expect(previousSessionOf(sessions, session)?.id ?? null).toBe(expected);
  });

  it('finds the previous session of a session not yet recorded (its id unknown)', () => {
    expect(previousSessionOf(sessions, { id: 0, body: 'CSNCA_PLENARY', heldOn: '2026-01-01' })?.id).toBe(2);
  });
});

describe('validateSession', () => {
  const today = '2026-12-05';
  it.each([
    ['a session with a place and an agenda', { heldOn: '2026-11-20', place: 'Rabat', agenda: ['Point d’avancement'] }, null],
    ['a session planned within a year', { heldOn: '2027-06-30', place: 'Rabat', agenda: [] }, null],
    ['a date that does not exist', { heldOn: '2026-02-30', place: 'Rabat', agenda: [] }, 'INVALID_SESSION'],
    ['a date before the plan’s follow-up', { heldOn: '2022-12-31', place: 'Rabat', agenda: [] }, 'INVALID_SESSION'],
    ['a date more than a year ahead', { heldOn: '2027-12-06', place: 'Rabat', agenda: [] }, 'INVALID_SESSION'],
    ['no place', { heldOn: '2026-11-20', place: ' \u200b', agenda: [] }, 'INVALID_SESSION'],
    ['a blank agenda item', { heldOn: '2026-11-20', place: 'Rabat', agenda: ['Ouverture', '  '] }, 'INVALID_SESSION'],
    ['31 agenda items', { heldOn: '2026-11-20', place: 'Rabat', agenda: Array.from({ length: 31 }, (_, i) => `Point ${i + 1}`) }, 'INVALID_SESSION'],
  ])('%s', (_case, draft, code) => {
    expect(validateSession(draft, today)[0]?.code ?? null).toBe(code);
  });
});
