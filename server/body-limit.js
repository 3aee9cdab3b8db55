/**
 * Nothing reads a request body before Remix does, and Remix reads all of it into memory, so
 * an absurd body is refused here, before anyone reads it. The largest honest form is the
 * story editor: 50,000 characters, at most 12 bytes each once a four-byte character is
 * percent-encoded, is 600 KB; 1 MiB leaves room for the other fields. Forms from browsers
 * always carry a Content-Length; a body sent without one (chunked) can't be checked up front
 * and is refused with 411.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export function bodyLimit(maxBytes = MAX_BODY_BYTES) {
  return function limitBody(req, res, next) {
    if (req.method === "GET" || req.method === "HEAD") return next(); // bodies never read
    const length = req.headers["content-length"];
    if (length === undefined) {
      if (req.headers["transfer-encoding"] === undefined) return next(); // no body
      return refuse(res, 411, "Please send the form again: it arrived without its length.");
    }
    if (!/^\d+$/.test(length)) return refuse(res, 400, "We couldn't read what was sent. Please go back and send the form again.");
    if (Number(length) > maxBytes) {
      return refuse(res, 413, `That was too much to send at once (the limit is ${Math.round(maxBytes / 1024)} KB), so nothing was saved.`);
    }
    next();
  };
}

function refuse(res, status, message) {
  // The unread body would otherwise be drained from a kept-alive connection.
  res.set("Connection", "close");
  res.status(status).type("text/plain").send(message);
}
