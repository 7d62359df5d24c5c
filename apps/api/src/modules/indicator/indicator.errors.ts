import type { NationalValueKind } from '@pnq/domain';
import { DomainError } from '../../common/errors/domain-error';

export const indicatorNotFound = (id: number) => new DomainError('INDICATOR_NOT_FOUND', `No indicator with id ${id}.`, { id });

export const nationalIndicatorNotFound = (key: string) => new DomainError('NATIONAL_INDICATOR_NOT_FOUND', `No national indicator with key "${key}".`, { key });

export const indicatorVersionConflict = (label: string, expectedVersion: number, currentVersion: number) =>
  new DomainError(
    'VERSION_CONFLICT',
    `The indicator « ${label} » was updated by someone else since you opened it (you saw version ${expectedVersion}, it is now at ${currentVersion}). Nothing was saved: review the latest values and try again.`,
    { expectedVersion, currentVersion },
  );

export const invalidIndicatorDefinition = (message: string) => new DomainError('INVALID_INDICATOR_DEFINITION', message);

export const indicatorHasValues = (label: string) =>
  new DomainError('INDICATOR_HAS_VALUES', `Values are already recorded for « ${label} »: its kind can no longer change (nothing recorded is rewritten).`);

export const nationalValueExists = (kind: NationalValueKind, date: string, value: number) =>
  new DomainError(
    'NATIONAL_VALUE_EXISTS',
    `A ${kind === 'ACTUAL' ? 'figure' : 'target'} dated ${date} was already added for this indicator (${value}); nothing was saved.`,
  );
