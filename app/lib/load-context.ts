// What server.js hands every loader and action besides the request.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce. */
    cspNonce?: string;
    /** The client's address (behind a proxy only when TRUST_PROXY=true). Used for rate limits only, never stored. */
    clientAddress?: string;
    /**
     * Set by an action that refused a request for want of a valid session (ended, or the
     * account suspended), so that route's loader answers with that refusal on the same page
     * instead of redirecting to log in, which would hide the 401 and the kept text.
     */
    sessionRefused?: boolean;
    /**
     * The Set-Cookie value of a session an action started on this request (sign-up). Loaders
     * run on the request as it came, without that cookie; the root loader reads the session
     * from here, so a page rendered right after sign-up (without JavaScript) shows the member.
     */
    startedSession?: string;
  }
}

export {};
