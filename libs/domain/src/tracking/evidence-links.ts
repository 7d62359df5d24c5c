import type { RuleViolation } from './validate-status-update';

/** At most this many evidence links per update, value or comment, each at most this long. */
export const EVIDENCE_LINKS_MAX = 20;
export const EVIDENCE_LINK_MAX_LENGTH = 2000;

/** Host names that only mean something inside a network: a reader elsewhere cannot open them. */
const INTERNAL_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home.arpa', 'corp'];

/** IPv4 blocks that are not public (RFC 6890): this network, private, shared, loopback, link-local, benchmarking, multicast, reserved. */
const NON_PUBLIC_IPV4: [number, number, number][] = [
  [0, 0, 8],
  [10, 0, 8],
  [100, 64, 10],
  [127, 0, 8],
  [169, 254, 16],
  [172, 16, 12],
  [192, 0, 24],
  [192, 168, 16],
  [198, 18, 15],
  [224, 0, 4],
  [240, 0, 4],
];

function isNonPublicIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  const address = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  return NON_PUBLIC_IPV4.some(([a, b, bits]) => {
    const network = ((a << 24) | (b << 16)) >>> 0;
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (address & mask) >>> 0 === (network & mask) >>> 0;
  });
}

/**
 * Whether a host (as the WHATWG URL parser normalises it: lower case, IPv4 in dotted decimal whatever its spelling,
 * IPv6 in brackets) is an internal address: a name without a dot, localhost and other local-only names, a
 * non-public IPv4 address, or an IPv6 address outside global unicast 2000::/3 (loopback, link-local, unique local,
 * IPv4-mapped, multicast…).
 */
export function isInternalHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name.startsWith('[')) {
    const first = name.slice(1).split(':')[0];
    const hextet = first === '' ? 0 : parseInt(first, 16);
    return !(hextet >= 0x2000 && hextet <= 0x3fff);
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return isNonPublicIpv4(name);
  if (!name.includes('.')) return true;
  return INTERNAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/**
 * Why a link cannot be evidence, or null when it can. Evidence is a page any reader of the tracker can open:
 * - an http:// or https:// URL (no javascript:, data:, file:, mailto:…), at most 2000 characters;
 * - no space, control or invisible formatting character anywhere (a right-to-left override U+202E can make
 *   "https://evil.example/‮gpj.ma.vog" look like another address);
 * - no user name or password (`https://www.gov.ma@evil.example/` opens evil.example);
 * - not an internal address: localhost, a name without a dot, .local/.internal/…, private, loopback, link-local
 *   or other non-public IP addresses.
 */
export function evidenceLinkProblem(link: string): string | null {
  if (link.length > EVIDENCE_LINK_MAX_LENGTH) return `is longer than ${EVIDENCE_LINK_MAX_LENGTH} characters`;
  if (/[\s\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u.test(link)) {
    return 'holds a space, a control character or an invisible formatting character (such as a right-to-left override)';
  }
  if (!/^https?:\/\/[^/]/i.test(link)) return 'is not an http:// or https:// link';
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'is not a valid web address';
  }
  if (url.username || url.password || /^https?:\/\/[^/?#]*@/i.test(link)) return 'carries a user name or password before "@": link to the page itself';
  if (isInternalHost(url.hostname)) return `points to an internal address (${url.hostname}) that readers outside that network cannot open`;
  return null;
}

/** The link as it can be quoted in a message: invisible characters spelled out (\u202E), at most 200 characters. */
const quoted = (link: string) =>
  link.slice(0, 200).replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The rule for a list of evidence links: at most EVIDENCE_LINKS_MAX, each one a valid evidence link. */
export function validateEvidenceLinks(links: readonly string[] | null | undefined): RuleViolation<'INVALID_EVIDENCE_URL'>[] {
  const list = links ?? [];
  if (list.length > EVIDENCE_LINKS_MAX) return [{ code: 'INVALID_EVIDENCE_URL', message: `Give at most ${EVIDENCE_LINKS_MAX} evidence links.` }];
  for (const link of list) {
    const problem = evidenceLinkProblem(link);
    if (problem) return [{ code: 'INVALID_EVIDENCE_URL', message: `The evidence link "${quoted(link)}" ${problem}.` }];
  }
  return [];
}
