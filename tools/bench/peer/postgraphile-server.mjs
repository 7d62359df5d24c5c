// PostGraphile 4 over the same database, read-only, no JWT: the established auto-generated GraphQL server
// the benchmark compares our hand-built API against. PORT and DATABASE_URL from the environment.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';

const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  disableDefaultMutations: true,
  ignoreRBAC: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphiql: false,
  enableQueryBatching: false,
});
createServer(middleware).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
