import { Writable } from 'node:stream';
import pino, { Logger } from 'pino';
import type { GraphqlResponse } from './test-app';

/** What a hostile or odd request got back: status, body, and every Set-Cookie header. */
export interface ProbeResponse<T = Record<string, unknown>> extends GraphqlResponse<T> {
  setCookies: string[];
}

/** Posts GraphQL with any headers (a raw Cookie header, X-Forwarded-For, …), keeping every Set-Cookie header apart. */
export async function probeGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<ProbeResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = ((): GraphqlResponse<T> => {
    try {
      return JSON.parse(text) as GraphqlResponse<T>;
    } catch {
      return { status: response.status, errors: [{ message: text }] };
    }
  })();
  return { ...body, status: response.status, setCookies: response.headers.getSetCookie() };
}

/** GET on any route with these headers. */
export async function probeGet(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, text, contentType: response.headers.get('content-type') ?? '', setCookies: response.headers.getSetCookie() };
}

export const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email role } expiresAt } }';

export const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/** The session cookie (`pnq_session=…`) set by a response, if any. */
export const sessionCookieOf = (setCookies: string[]) => setCookies.find((cookie) => cookie.startsWith('pnq_session='));

/** A pino logger at `level` whose lines are kept for the test to read. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level }, destination), lines };
}

/** GET /health answers 200 (the API stayed up). */
export async function healthIsOk(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/health`);
  await response.arrayBuffer();
  return response.status === 200;
}
