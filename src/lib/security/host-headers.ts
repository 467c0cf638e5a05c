/**
 * The headers an operations team puts in front of the site (docs/kiosk.md shows them for nginx
 * and Caddy). `npm run preview -- --strict-headers` sends them, and the browser tests walk every
 * page behind them: the site must work under a policy it does not write itself.
 */
export const HOST_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HOST_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};
