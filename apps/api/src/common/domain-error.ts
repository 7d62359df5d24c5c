/**
 * An expected failure that a person can act on. The code is stable (clients branch on it);
 * the message is written for a person.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super(`${what.toUpperCase()}_NOT_FOUND`, `No ${what} with reference "${key}".`, { key });
  }
}
