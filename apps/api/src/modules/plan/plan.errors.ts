import { DomainError } from '../../common/errors/domain-error';

export const planNotLoaded = () =>
  new DomainError('PLAN_NOT_LOADED', 'The plan has not been loaded yet: run the seed (npm run seed) or restart with PNQ_SEED_ON_BOOT=true.');
