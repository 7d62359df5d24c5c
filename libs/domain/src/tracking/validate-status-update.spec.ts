import { describe, expect, it } from 'vitest';
import { ActionStatus } from './action-status';
import { validateEffectiveDate, validateNextMilestoneDate, validateStatusUpdate } from './validate-status-update';

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
    ['IN_PROGRESS', 40, '\u200b', ['COMMENT_REQUIRED']],
    ['IN_PROGRESS', 40, '\u200c\u200d\u2060\ufeff', ['COMMENT_REQUIRED']],
    ['IN_PROGRESS', 40, '\u00a0\u3000\n\t', ['COMMENT_REQUIRED']],
    ['IN_PROGRESS', 40, '\u202e\u200f', ['COMMENT_REQUIRED']],
    ['BLOCKED', 40, '\u200b', ['REASON_REQUIRED']],
    ['IN_PROGRESS', 40, '\u200bOK', []],
    ['IN_PROGRESS', 40, 'تم', []],
    ['BLOCKED', 40, '', ['REASON_REQUIRED']],
    ['CANCELLED', 0, '', ['REASON_REQUIRED']],
    ['BLOCKED', 40, 'Budget non alloué', []],
  ])('%s at %s %% with comment %j gives %j', (status, progress, comment, codes) => {
    expect(validateStatusUpdate({ status, progress, comment }).map((v) => v.code)).toEqual(codes);
  });
});

describe('validateStatusUpdate: evidence links', () => {
  it.each<[string[], string[]]>([
    [['https://www.imanor.gov.ma/normes/rapport-2025.pdf'], []],
    [['https://imanor.gov.ma/a', 'http://b.ma/y'], []],
    [['javascript:alert(1)'], ['INVALID_EVIDENCE_URL']],
    [['https://intranet/preuve'], ['INVALID_EVIDENCE_URL']],
    [Array(21).fill('https://a.ma/x'), ['INVALID_EVIDENCE_URL']],
  ])('%j gives %j', (evidenceUrls, codes) => {
    expect(validateStatusUpdate({ status: 'IN_PROGRESS', progress: 10, comment: 'Preuves', evidenceUrls }).map((v) => v.code)).toEqual(codes);
  });
});

describe('validateNextMilestoneDate (the update takes effect on 2026-03-10)', () => {
  it.each<[string | null, string[]]>([
    [null, []],
    ['2026-03-10', []],
    ['2027-06-30', []],
    ['2035-12-31', []],
    ['2036-01-01', ['INVALID_MILESTONE_DATE']],
    ['9999-12-31', ['INVALID_MILESTONE_DATE']],
    ['0100-01-01', ['INVALID_MILESTONE_DATE']],
    ['2026-03-09', ['INVALID_MILESTONE_DATE']],
    ['2026-02-30', ['INVALID_MILESTONE_DATE']],
  ])('a next milestone on %s gives %j', (date, codes) => {
    expect(validateNextMilestoneDate(date, '2026-03-10').map((v) => v.code)).toEqual(codes);
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
