import { DomainError } from '../../common/errors/domain-error';

export const seedInvalid = (problems: string[]) =>
  new DomainError('SEED_INVALID', `The seed files are inconsistent (${problems.length} problem(s)): ${problems.slice(0, 10).join('; ')}`, { problems });
