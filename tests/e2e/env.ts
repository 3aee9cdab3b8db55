// Where the end-to-end server listens and which database file it uses. Several runs can go
// side by side on one machine with different E2E_PORT values.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB = `tests/.tmp/e2e-${E2E_PORT}.db`;
