import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, judgePassword, personalWords, zxcvbnEstimator } from './password-policy';

// The real estimator, configured as both apps configure it.
const estimate = zxcvbnEstimator(new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...fr.dictionary }, graphs: common.adjacencyGraphs }));
const owner = { email: 'fatima.benali@mcinet.gov.ma', name: 'Fatima Zahra Benali' };

describe('judgePassword', () => {
  it.each([
    ['aaaaaaaaaaaa', ['TOO_GUESSABLE']],
    ['123456789012', ['TOO_GUESSABLE']],
    ['            ', ['TOO_GUESSABLE']],
    ['court-9!', ['TOO_SHORT', 'TOO_GUESSABLE']],
    ['motdepasse2025', ['TOO_GUESSABLE']],
    [DEMO_PASSWORD, ['DEMO_PASSWORD']],
    ['benali-2035-xq!vr', ['PERSONAL_INFO']],
    ['Fatima.Benali@mcinet.gov.ma', ['PERSONAL_INFO', 'TOO_GUESSABLE']],
    ['zahra#Oranger#tuile#91', ['PERSONAL_INFO']],
    ['BÉNALI lune verte 77', ['PERSONAL_INFO']],
    ['x'.repeat(201), ['TOO_LONG']],
  ])('refuses %j for %s', (password, problems) => {
    const verdict = judgePassword(password, owner, estimate);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.problems).toEqual(problems);
  });

  it.each(['soleil-cheval-bleu-42', 'Quatre tortues dansent la nuit', 'pnq: lanterne vide & orage'])('accepts %j', (password) => {
    const verdict = judgePassword(password, owner, estimate);
    expect(verdict).toMatchObject({ acceptable: true, problems: [] });
    expect(verdict.score).toBeGreaterThanOrEqual(3);
  });

  it('gives the estimator’s warning key for the form to explain', () => {
    expect(judgePassword('aaaaaaaaaaaa', owner, estimate).warning).toBe('simpleRepeat');
  });

  it('ignores pieces of the name or e-mail shorter than four characters', () => {
    const short = { email: 'al@mic.ma', name: 'Al Bo' };
    expect(judgePassword('soleil-cheval-bleu-42-mic', short, estimate).problems).toEqual([]);
  });
});

describe('personalWords', () => {
  it('lists the e-mail, its pieces, the name and its parts', () => {
    expect(personalWords(owner)).toEqual([
      'fatima.benali@mcinet.gov.ma',
      'fatima.benali',
      'fatima',
      'benali',
      'mcinet',
      'gov',
      'ma',
      'Fatima Zahra Benali',
      'Fatima',
      'Zahra',
      'Benali',
    ]);
  });
});
