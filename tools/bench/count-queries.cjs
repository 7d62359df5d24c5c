// Preloaded into the API process by the benchmark (node --require): counts every SQL statement sent through
// `pg`, and answers the running total over IPC, so the bench can measure statements per GraphQL request.
const { Client } = require('pg');

let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

process.on('message', (message) => {
  if (message === 'sql-statements?') process.send({ sqlStatements: statements });
});
