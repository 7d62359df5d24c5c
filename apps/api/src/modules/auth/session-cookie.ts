import type { Response } from 'express';

export const SESSION_COOKIE = 'pnq_session';

/** A token as issued: 32 random bytes, base64url (a cookie-safe value, never encoded). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The session cookie of a request: none, one well-formed token, or unusable (to be ignored and cleared). */
export type SessionCookie = { kind: 'none' } | { kind: 'token'; token: string } | { kind: 'unusable' };

/**
 * Reads the session cookie from a Cookie header; never throws. Unusable: not a token's shape (an undecodable or
 * oversized value, anything else), or the cookie sent several times with different values — a cookie planted from a
 * sibling host must not choose the session.
 */
export function readSessionCookie(header: string | undefined): SessionCookie {
  const values = new Set<string>();
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    const name = (separator < 0 ? part : part.slice(0, separator)).trim();
    if (name === SESSION_COOKIE) values.add(separator < 0 ? '' : part.slice(separator + 1).trim());
  }
  if (values.size === 0) return { kind: 'none' };
  const [value] = values;
  return values.size === 1 && TOKEN_SHAPE.test(value) ? { kind: 'token', token: value } : { kind: 'unusable' };
}

export interface SessionCookieOptions {
  secure: boolean;
}

/** Sends the session cookie (httpOnly, SameSite=Lax), ending when the session does; replaces one set earlier in this response. */
export function writeSessionCookie(response: Response, token: string, expiresAt: Date, options: SessionCookieOptions): void {
  dropSessionCookie(response);
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
  });
}

/** Tells the browser to forget the session cookie; replaces one set earlier in this response. */
export function clearSessionCookie(response: Response, options: SessionCookieOptions): void {
  dropSessionCookie(response);
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' });
}

function dropSessionCookie(response: Response): void {
  const current = response.getHeader('set-cookie');
  if (current === undefined) return;
  const kept = (Array.isArray(current) ? current : [String(current)]).filter((cookie) => !cookie.startsWith(`${SESSION_COOKIE}=`));
  if (kept.length > 0) response.setHeader('set-cookie', kept);
  else response.removeHeader('set-cookie');
}
