// Vitest global setup of the api project: the machine's PostgreSQL (see system-packages.mjs) before any test runs.
import { ensureSystemPostgres } from './system-packages.mjs';

export default function setup() {
  ensureSystemPostgres();
}
