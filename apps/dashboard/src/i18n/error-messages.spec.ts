import { ERROR_CODES, Language } from '@pnq/domain';
import { describe, expect, it } from 'vitest';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr, Messages } from './locales/fr';

const MESSAGES: Record<Language, Messages> = { fr, ar, en };

describe('every error code the API can give is worded in every interface language', () => {
  it.each(Object.keys(MESSAGES) as Language[])('in %s', (language) => {
    const errors = MESSAGES[language].errors as Record<string, string>;
    expect(ERROR_CODES.filter((code) => !errors[code]?.trim())).toEqual([]);
  });
});
