import type { AllowListViolation, LeakHit } from '@pnq/domain';
import { DomainError } from '../../common/errors/domain-error';

export const publicSnapshotLeak = (hits: readonly LeakHit[]) =>
  new DomainError(
    'PUBLIC_SNAPSHOT_LEAK',
    `Nothing was published: ${hits.length} private text(s) (comments, e-mails, names or evidence links) would have been in the public files. Each place is listed by file and kind.`,
    { hits: hits.slice(0, 50).map((hit) => ({ path: hit.path, kind: hit.kind })), total: hits.length },
  );

export const publicSnapshotNotAllowed = (violations: readonly AllowListViolation[]) =>
  new DomainError('PUBLIC_SNAPSHOT_NOT_ALLOWED', `Nothing was published: the snapshot holds fields that are not on the public allow-list.`, {
    violations: violations.slice(0, 50),
  });

export const publicSnapshotConflict = (expected: number, actual: number) =>
  new DomainError(
    'PUBLIC_SNAPSHOT_CONFLICT',
    `Publication ${expected} was prepared, but publication ${actual} was made meanwhile: nothing was published; preview and publish again.`,
    { expected, actual },
  );

export const publicSnapshotTooLarge = (limit: 'memory' | 'time' | 'aborted') =>
  new DomainError(
    'PUBLIC_SNAPSHOT_TOO_LARGE',
    limit === 'memory'
      ? 'Rendering the public pages needs more memory than a server gives one job (PNQ_WORKER_MEMORY_MB); nothing was published.'
      : 'Rendering the public pages took longer than a server allows (PNQ_WORKER_TIMEOUT_SECONDS); nothing was published.',
  );

export const tooManyPublications = (which: 'requester' | 'total', limit: number) =>
  new DomainError(
    'TOO_MANY_PUBLICATIONS',
    which === 'requester'
      ? `You already have ${limit} previews or publications being prepared: wait until one is ready.`
      : `${limit} previews or publications are already waiting on this server: try again in a few minutes.`,
    { limit },
  );

export const invalidQualityEdition = (problems: readonly string[]) =>
  new DomainError('INVALID_QUALITY_EDITION', `The edition cannot be published: ${problems.join(', ')}.`, { problems: [...problems] });

export const invalidQualityCriterion = (message: string) => new DomainError('INVALID_QUALITY_CRITERION', message);
