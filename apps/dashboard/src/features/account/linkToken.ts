/** The token of an invitation or reset link: after `#`, so it never reaches a server log nor a Referer. */
export function linkTokenFromHash(hash: string): string {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : '';
}
