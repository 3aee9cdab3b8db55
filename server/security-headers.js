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

/**
 * Every header but the policy: the same on every response. (Strict-Transport-Security is not
 * one of them: it goes only on HTTPS responses, see strictTransportSecurity below.)
 */
export function fixedSecurityHeaders(_options = {}) {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  };
}

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Whether the request reached us over HTTPS: on a TLS socket, or (`trustProxy`) through a
 * proxy whose X-Forwarded-Proto says https (its first value, as Express reads it).
 */
export function isHttpsRequest(req, trustProxy) {
  if (req.socket?.encrypted) return true;
  if (!trustProxy) return false;
  const header = req.headers["x-forwarded-proto"];
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" && value.split(",")[0].trim().toLowerCase() === "https";
}

/**
 * Strict-Transport-Security only on responses to HTTPS requests (RFC 6797 §7.2: a host must not
 * send it over plain HTTP). Set on the raw response before anything else answers, so pages from
 * the page cache carry it as rendered ones do (writeHead keeps headers set this way).
 */
export function strictTransportSecurity(req, res, trustProxy) {
  if (isHttpsRequest(req, trustProxy)) res.setHeader("Strict-Transport-Security", HSTS);
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
