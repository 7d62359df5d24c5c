// Preloaded into the API process by the benchmark (node --require): counts every SQL statement sent through `pg`
// on behalf of requests (an instance's background sweeps say "/* background" in their text and are left out), and
// measures the event loop's delay (monitorEventLoopDelay); answers both over IPC.
const { Client } = require('pg');
const { monitorEventLoopDelay } = require('node:perf_hooks');

let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(...args) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
  if (typeof text !== 'string' || !text.includes('/* background')) statements += 1;
  return query.apply(this, args);
};

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const ms = (ns) => Math.round(ns / 1e4) / 100;

process.on('message', (message) => {
  if (message === 'sql-statements?') process.send({ sqlStatements: statements });
  if (message === 'event-loop-reset') {
    delay.reset();
    process.send({ eventLoopReset: true });
  }
  if (message === 'event-loop?') {
    process.send({ eventLoop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), samples: delay.count } });
  }
});
