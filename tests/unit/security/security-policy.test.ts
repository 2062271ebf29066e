// The one security policy gives the same headers to every host format.
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyForMeta,
  headersFile,
  nginxHeaders,
  securityHeaders,
} from '../../../src/lib/security/policy';

describe('security policy', () => {
  it('leaves out of the meta tag the directives browsers ignore there', () => {
    expect(contentSecurityPolicyForMeta()).toContain("default-src 'none'");
    expect(contentSecurityPolicyForMeta()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('writes every header, with the same value, for static hosts and for nginx', () => {
    const names = securityHeaders().map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
    for (const [name, value] of securityHeaders()) {
      expect(headersFile()).toContain(`\n  ${name}: ${value}\n`);
      expect(nginxHeaders()).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
