// Where the end-to-end server listens and which database it uses. Several runs can go side by
// side on one machine with different E2E_PORT values. With TEST_DATABASE=postgres (npm run
// test:pg) the database is `kindred_e2e_<port>` on the cluster at PG_URL.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB = `tests/.tmp/e2e-${E2E_PORT}.db`;

function postgresUrl(name: string): string {
  if (!process.env.PG_URL) throw new Error("TEST_DATABASE=postgres needs PG_URL; run `npm run test:pg`");
  const url = new URL(process.env.PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const E2E_DATABASE_URL =
  process.env.TEST_DATABASE === "postgres" ? postgresUrl(`kindred_e2e_${E2E_PORT}`) : `file:./${E2E_DB}`;
