import crypto from "node:crypto";

/**
 * Security headers on every response (issue 7). Each request gets a fresh nonce: Remix's
 * inline scripts carry it (app/entry.server.tsx), so the Content-Security-Policy needs no
 * 'unsafe-inline' for scripts. Everything else may only come from us. Pages served from the
 * signed-out page cache carry the hashes of their scripts instead (server/page-cache.js).
 */

/** The policy, with `scripts` as the script sources beyond 'self' (a nonce or hashes). */
export function contentSecurityPolicy(scripts) {
  return [
    "default-src 'self'",
    `script-src 'self'${scripts ? ` ${scripts}` : ""}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Every header but the policy: the same on every response. */
export function fixedSecurityHeaders({ production }) {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    ...(production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function securityHeaders({ production }) {
  const fixed = Object.entries(fixedSecurityHeaders({ production }));
  return (req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(`'nonce-${nonce}'`));
    for (const [name, value] of fixed) res.setHeader(name, value);
    next();
  };
}
