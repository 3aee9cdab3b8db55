import { createContext, useContext } from "react";

// The Content-Security-Policy nonce for this response (server/security-headers.js). Browsers
// hide nonce values from scripts, so on the client this is empty, as it should be.
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
