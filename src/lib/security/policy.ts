/**
 * The site's security policy, in one place: the Content Security Policy for the <meta> tag
 * on every page (BaseLayout), and the full set of response headers for static hosts
 * (`_headers`, written by ./headers-integration.ts) and for the nginx example in the README.
 *
 * The site runs no inline code and makes no third-party requests, so the policy can be
 * strict: everything comes from the site itself. `'wasm-unsafe-eval'` lets Pagefind
 * (search) compile its WebAssembly; it does not allow JavaScript `eval`.
 */

type Directives = Readonly<Record<string, readonly string[]>>;

const CONTENT_SECURITY_POLICY: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Pagefind fetches its index files from the site.
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  // Only honoured as a header: browsers ignore it in <meta>, so the meta tag leaves it out.
  'frame-ancestors': ["'none'"],
};

/** Directives that browsers ignore when the policy is delivered in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: Directives, keep: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => keep(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicyForMeta(): string {
  return serialise(CONTENT_SECURITY_POLICY, (name) => !HEADER_ONLY_DIRECTIVES.has(name));
}

/** The full policy, for the `Content-Security-Policy` response header. */
export function contentSecurityPolicyForHeader(): string {
  return serialise(CONTENT_SECURITY_POLICY, () => true);
}

/** Every security header the site's host should send, in the order they are written out. */
export function securityHeaders(): ReadonlyArray<readonly [name: string, value: string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicyForHeader()],
    // Two years, the usual value for HSTS preload lists; only ever served over HTTPS.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    // Readers follow links to inspectorates and forces; those sites need not learn which page sent them.
    ['Referrer-Policy', 'no-referrer'],
    [
      'Permissions-Policy',
      'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The `_headers` file understood by Netlify and Cloudflare Pages: the headers on every path. */
export function headersFile(): string {
  const lines = securityHeaders().map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** The same headers as nginx `add_header` lines, for the README's example server block. */
export function nginxHeaders(): string {
  return securityHeaders()
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
