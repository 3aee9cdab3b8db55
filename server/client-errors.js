/**
 * Express's last word on errors raised before Remix: a malformed address (`/%`, a broken
 * percent-encoding the static file server can't decode) is the sender's mistake, so it gets
 * its 4xx status and a sentence in plain text instead of Express's bare "Bad Request" page.
 * Anything else goes on to Express's default handler.
 */
export function clientErrors(error, _req, res, next) {
  const status = Number(error?.status ?? error?.statusCode);
  if (!(status >= 400 && status < 500) || res.headersSent) return next(error);
  const message =
    status === 400
      ? "That address isn't valid: part of it couldn't be read. Check it for a typo, or start again from the home page."
      : "We couldn't do that. Please go back and try again.";
  res.status(status).type("text/plain").send(message);
}
