import { describe, expect, it } from 'vitest';
import { evidenceLinkProblem, isInternalHost, validateEvidenceLinks } from './evidence-links';

describe('evidenceLinkProblem: a page any reader of the tracker can open', () => {
  it.each<[string, string | null]>([
    ['https://www.imanor.gov.ma/normes/rapport-2025.pdf', null],
    ['http://www.mcinet.gov.ma/fr/content/pnq?page=2#annexe', null],
    ['https://bo.sgg.gov.ma/BO/fr/2025/BO_7400_fr.pdf', null],
    ['HTTPS://WWW.EXAMPLE.ORG/', null],
    ['https://example.org/@someone', null], // an @ in the path is no credential
    ['https://xn--mgbh0fb.xn--mgbc0a9azcg/', null], // an Arabic domain name in punycode
    ['https://8.8.8.8/rapport', null], // a public address
    ['https://[2001:db8::1]/x', null], // global unicast IPv6
    ['javascript:alert(1)', 'is not an http:// or https:// link'],
    ['data:text/html,<script>alert(1)</script>', 'is not an http:// or https:// link'],
    ['file:///etc/passwd', 'is not an http:// or https:// link'],
    ['ftp://ftp.example.org/x', 'is not an http:// or https:// link'],
    ['mailto:contact@imanor.ma', 'is not an http:// or https:// link'],
    ['www.imanor.gov.ma', 'is not an http:// or https:// link'],
    ['https:/example.org', 'is not an http:// or https:// link'],
    ['https://', 'is not an http:// or https:// link'],
    ['https://www.gov.ma@evil.example/', 'carries a user name or password'],
    ['https://user:secret@example.org/', 'carries a user name or password'],
    ['https://evil.example\\@www.gov.ma/', 'carries a user name or password'],
    ['https://evil.example/\u202egpj.am.vog', 'invisible formatting character'],
    ['https://exa\u200bmple.org/', 'invisible formatting character'],
    ['https://example.org/a b', 'a space'],
    ['https://example.org/\u0007', 'a control character'],
    ['http://localhost:3000/admin', 'internal address (localhost)'],
    ['http://app.localhost/', 'internal address'],
    ['http://127.0.0.1/', 'internal address (127.0.0.1)'],
    ['http://2130706433/', 'internal address (127.0.0.1)'], // 127.0.0.1 written as one number
    ['http://0x7f.1/', 'internal address (127.0.0.1)'],
    ['http://10.1.2.3/rapport.pdf', 'internal address'],
    ['http://172.20.0.5/', 'internal address'],
    ['http://192.168.1.10/', 'internal address'],
    ['http://169.254.169.254/latest/meta-data/', 'internal address'],
    ['http://100.64.0.1/', 'internal address'],
    ['http://0.0.0.0/', 'internal address'],
    ['http://[::1]/', 'internal address'],
    ['http://[fe80::1]/', 'internal address'],
    ['http://[fd00::1]/', 'internal address'],
    ['http://[::ffff:127.0.0.1]/', 'internal address'],
    ['https://intranet/preuves', 'internal address (intranet)'],
    ['https://sharepoint.ministere.local/doc', 'internal address'],
    ['https://wiki.corp/page', 'internal address'],
    ['https://nas.home.arpa/', 'internal address'],
    [`https://example.org/${'x'.repeat(2000)}`, 'longer than 2000 characters'],
  ])('%s → %s', (link, problem) => {
    const found = evidenceLinkProblem(link);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('isInternalHost', () => {
  it.each<[string, boolean]>([
    ['www.imanor.gov.ma', false],
    ['8.8.8.8', false],
    ['172.15.255.255', false],
    ['172.32.0.1', false],
    ['172.31.255.255', true],
    ['192.169.0.1', false],
    ['[2a00:1450::1]', false],
    ['localhost.', true],
    ['[::]', true],
    ['[ff02::1]', true],
  ])('%s is internal: %s', (host, internal) => {
    expect(isInternalHost(host)).toBe(internal);
  });
});

describe('validateEvidenceLinks', () => {
  it('quotes the refused link with its invisible characters spelled out', () => {
    expect(validateEvidenceLinks(['https://evil.example/\u202egpj.am'])[0].message).toContain('https://evil.example/\\u202Egpj.am');
  });

  it('accepts none, and up to 20 links', () => {
    expect(validateEvidenceLinks(null)).toEqual([]);
    expect(validateEvidenceLinks(Array(20).fill('https://a.ma/x'))).toEqual([]);
    expect(validateEvidenceLinks(Array(21).fill('https://a.ma/x')).map((v) => v.code)).toEqual(['INVALID_EVIDENCE_URL']);
  });
});
