import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo client; its cache is the dashboard's only global store. */
export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Action: { keyFields: ['ref'] },
        Organisation: { keyFields: ['key'] },
        Pillar: { keyFields: ['number'] },
      },
    }),
  });
}
