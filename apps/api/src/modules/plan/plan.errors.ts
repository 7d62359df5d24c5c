import { DomainError } from '../../common/domain-error';

export class PlanNotLoadedError extends DomainError {
  constructor() {
    super('PLAN_NOT_LOADED', 'The plan has not been loaded yet: run the seed (npm run seed) or restart with PNQ_SEED_ON_BOOT=true.');
  }
}
