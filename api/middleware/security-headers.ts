/**
 * Response headers that keep the pages from being framed, sniffed or scripted by anyone else,
 * and keep API answers out of shared caches.
 *
 * The Content-Security-Policy allows only this origin, plus the page's own inline <style>
 * and call-page <script> by a per-response nonce (`c.get('secureHeadersNonce')`, passed to
 * Layout and CallPage); inline `style="…"` attributes are not allowed, so pages use classes.
 * Audio comes from /api/v1 (same origin); charts are inline SVG.
 */
import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'", NONCE],
      imgSrc: ["'self'", 'data:'],
      mediaSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'same-origin',
    // Served on plain HTTP inside the centre as often as behind TLS: HSTS is the TLS proxy's call.
    strictTransportSecurity: false,
  });
}

/** API answers hold per-user data (transcripts, scores): never kept by a browser or proxy cache. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
