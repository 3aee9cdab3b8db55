import { defineConfig } from "@playwright/test";

// End-to-end tests in Debian's Chromium (never a downloaded browser) against the production
// build, served by the same server `npm start` runs, on a fresh database with demo content —
// SQLite, or PostgreSQL with TEST_DATABASE=postgres (npm run test:pg). A second server on the next
// port shares the database, for tests/e2e/scale-out.spec.ts.
import { E2E_DATABASE_URL, E2E_PORT as PORT } from "./tests/e2e/env";

const serverEnv = {
  DATABASE_URL: E2E_DATABASE_URL,
  NODE_ENV: "production",
  COOKIE_SECURE: "false",
  // Every test signs up from 127.0.0.1; per-account limits stay as in production.
  CLIENT_LIMIT_FACTOR: "100",
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    trace: "off",
  },
  webServer: [
    {
      command: "tsx tests/e2e/fresh-database.ts && tsx scripts/setup.ts && node server.js",
      url: `http://localhost:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { ...serverEnv, PORT: String(PORT) },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `tsx tests/e2e/wait-for.ts http://localhost:${PORT}/healthz && node server.js`,
      url: `http://localhost:${PORT + 1}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { ...serverEnv, PORT: String(PORT + 1) },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
