import { DomainError } from '../errors/domain-error';

export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Sign in to see the plan: your session is missing or has expired.');

/** The person is signed in but may not do this; the message says who may. */
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

/** A state-changing request that did not come from the application's own pages (CrossSiteRequestGuard). */
export const crossSiteRequest = (why: string) =>
  new DomainError('CROSS_SITE_REQUEST', `This request was refused because ${why}. Nothing was done: use PNQ Tracker’s own pages.`);
