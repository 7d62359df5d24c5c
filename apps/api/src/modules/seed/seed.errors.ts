import { DomainError } from '../../common/domain-error';

export class SeedInvalidError extends DomainError {
  constructor(problems: string[]) {
    super('SEED_INVALID', `The seed files are inconsistent (${problems.length} problem(s)): ${problems.slice(0, 10).join('; ')}`, {
      problems,
    });
  }
}
