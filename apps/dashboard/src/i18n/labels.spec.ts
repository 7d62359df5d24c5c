import {
  ACTION_STATUSES,
  DEADLINE_KINDS,
  HEALTHS,
  INDICATOR_KINDS,
  INDICATOR_STATUSES,
  INDICATOR_TRAJECTORIES,
  Language,
  LANGUAGES,
  NATIONAL_VALUE_KINDS,
  NATIONAL_VALUE_QUALIFIERS,
  NOTICE_KINDS,
  ORGANISATION_KINDS,
  ROLES,
  FUNDING_SOURCES,
  FUNDING_STATUSES,
} from '@pnq/domain';
import { describe, expect, it } from 'vitest';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr, Messages } from './locales/fr';

const MESSAGES: Record<Language, Messages> = { fr, ar, en };

/** Each label table of the interface, with the domain list whose every value it must name (and nothing else). */
const TABLES: [string, (m: Messages) => object, readonly string[]][] = [
  ['status', (m) => m.status, ACTION_STATUSES],
  ['healthValue', (m) => m.healthValue, HEALTHS],
  ['roles', (m) => m.roles, ROLES],
  ['deadlineKind', (m) => m.deadlineKind, DEADLINE_KINDS],
  ['indicators.kind', (m) => m.indicators.kind, INDICATOR_KINDS],
  ['indicators.status', (m) => m.indicators.status, INDICATOR_STATUSES],
  ['admin.organisations.kinds', (m) => m.admin.organisations.kinds, ORGANISATION_KINDS],
  ['infrastructure.kind', (m) => m.infrastructure.kind, NATIONAL_VALUE_KINDS],
  ['infrastructure.qualifier', (m) => m.infrastructure.qualifier, NATIONAL_VALUE_QUALIFIERS],
  ['infrastructure.qualifierOption', (m) => m.infrastructure.qualifierOption, NATIONAL_VALUE_QUALIFIERS],
  ['reminders.noticeKind', (m) => m.reminders.noticeKind, NOTICE_KINDS],
  ['reminders.noticeLine', (m) => m.reminders.noticeLine, NOTICE_KINDS],
  ['financing.status', (m) => m.financing.status, FUNDING_STATUSES],
  ['financing.source', (m) => m.financing.source, FUNDING_SOURCES],
];

/** Tables that hold other words beside the labels: each value must be named there. */
const CONTAINING: [string, (m: Messages) => object, readonly string[]][] = [
  ['language', (m) => m.language, LANGUAGES],
  ['indicators.define', (m) => m.indicators.define, INDICATOR_TRAJECTORIES],
];

describe.each(LANGUAGES)('the %s labels of the domain’s lists', (language) => {
  const messages = MESSAGES[language];

  it.each(TABLES)('name every value of %s, and only those', (_path, table, values) => {
    expect(Object.keys(table(messages)).sort()).toEqual([...values].sort());
  });

  it.each(CONTAINING)('name every value of %s', (_path, table, values) => {
    expect(Object.keys(table(messages))).toEqual(expect.arrayContaining([...values]));
  });
});
