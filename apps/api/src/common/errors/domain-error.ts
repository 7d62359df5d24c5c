import type { ErrorCode, RuleViolation } from '@pnq/domain';

/**
 * An expected failure that a person can act on. The code is one of the API's ErrorCodes (clients branch on
 * it, the dashboard words it in the person's language); the message is written for a person.
 * Each module builds its own in its `*.errors.ts`, as small functions named after what went wrong.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A rule of libs/domain refused the input: its code and message, as they are. */
export const ruleViolated = (violation: RuleViolation): DomainError => new DomainError(violation.code, violation.message);
