import { describe, expect, it } from 'vitest';
import { ActionStatus } from './action-status';
import { validateEffectiveDate, validateStatusUpdate } from './validate-status-update';

describe('validateStatusUpdate', () => {
  it.each<[ActionStatus, number, string, string[]]>([
    ['IN_PROGRESS', 40, 'Décret en circuit de signature', []],
    ['COMPLETED', 100, 'Arrêté publié au BO', []],
    ['COMPLETED', 90, 'Presque', ['INVALID_PROGRESS']],
    ['NOT_STARTED', 10, 'Rien', ['INVALID_PROGRESS']],
    ['IN_PROGRESS', 101, 'Trop', ['INVALID_PROGRESS']],
    ['IN_PROGRESS', -1, 'Négatif', ['INVALID_PROGRESS']],
    ['IN_PROGRESS', 12.5, 'Décimal', ['INVALID_PROGRESS']],
    ['IN_PROGRESS', 40, '   ', ['COMMENT_REQUIRED']],
    ['BLOCKED', 40, '', ['REASON_REQUIRED']],
    ['CANCELLED', 0, '', ['REASON_REQUIRED']],
    ['BLOCKED', 40, 'Budget non alloué', []],
  ])('%s at %s %% with comment %j gives %j', (status, progress, comment, codes) => {
    expect(validateStatusUpdate({ status, progress, comment }).map((v) => v.code)).toEqual(codes);
  });
});

describe('validateEffectiveDate (today is 2026-03-10 in Casablanca)', () => {
  it.each<[string, string[]]>([
    ['2026-03-10', []],
    ['2026-03-09', []],
    ['2023-01-01', []],
    ['2026-03-11', ['INVALID_EFFECTIVE_DATE']],
    ['2022-12-31', ['INVALID_EFFECTIVE_DATE']],
    ['2026-02-30', ['INVALID_EFFECTIVE_DATE']],
    ['10/03/2026', ['INVALID_EFFECTIVE_DATE']],
  ])('an update effective %s gives %j', (date, codes) => {
    expect(validateEffectiveDate(date, '2026-03-10').map((v) => v.code)).toEqual(codes);
  });
});
