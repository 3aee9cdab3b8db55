// What server.js hands every loader and action besides the request.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce. */
    cspNonce?: string;
    /** The client's address (behind a proxy only when TRUST_PROXY=true). Used for rate limits only, never stored. */
    clientAddress?: string;
  }
}

export {};
