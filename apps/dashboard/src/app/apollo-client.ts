import { ApolloClient, from, HttpLink, InMemoryCache } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { errorCode } from '../features/shared/error-text';
import { MeDocument } from '../generated/graphql';

/** Set when a request found the session ended: the sign-in page says so (and the person comes back to the same page). */
export const SESSION_EXPIRED_KEY = 'pnq.sessionExpired';

/** The one Apollo client; its cache is the dashboard's only global store. */
export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  // A session that ended (expired, or signed out elsewhere): ask who is signed in again; nobody → the sign-in
  // page at the same address, which shows the page again once signed in.
  const sessionEnded = onError((failure) => {
    if (errorCode(failure) !== 'UNAUTHENTICATED') return;
    // Only for someone who was signed in (not after signing out, when the cache is already empty).
    if (client.cache.readQuery({ query: MeDocument })) sessionStorage.setItem(SESSION_EXPIRED_KEY, '1');
    void client.refetchQueries({ include: [MeDocument] });
  });
  const client = new ApolloClient({
    link: from([sessionEnded, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Action: { keyFields: ['ref'] },
        Organisation: { keyFields: ['key'] },
        Pillar: { keyFields: ['number'] },
      },
    }),
  });
  return client;
}
