// npm run user:create -- --username NAME --password PASS [--role admin|moderator|member]
// Creates an account with the role, or sets the role and password of an existing one.
import { parseArgs } from "node:util";
import { databaseUrl } from "../app/lib/env.server";
import { ROLES, type Role } from "../app/lib/constants";
import { migrateSqlite } from "../app/lib/migrate.server";
import { passwordProblem } from "../app/auth/password.server";
import { username as usernameSchema } from "../app/schemas/auth";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    password: { type: "string" },
    role: { type: "string", default: "admin" },
  },
});

function fail(message: string): never {
  console.error(message);
  console.error("Usage: npm run user:create -- --username NAME --password PASS [--role admin|moderator|member]");
  process.exit(2);
}

const name = usernameSchema.safeParse(values.username ?? "");
if (!name.success) fail(`Username: ${name.error.issues[0].message}`);
const password = values.password ?? "";
const problem = passwordProblem(password);
if (problem) fail(`Password: ${problem}`);
if (!ROLES.includes(values.role as Role)) fail(`Role must be one of: ${ROLES.join(", ")}.`);

migrateSqlite(databaseUrl());
const { upsertUserWithRole } = await import("../app/models/user.server");
const { db } = await import("../app/lib/db.server");
const user = await upsertUserWithRole({ username: name.data, password, role: values.role as Role });
console.log(`${user.username} is now ${user.role === "admin" ? "an admin" : `a ${user.role}`}.`);
await db.$disconnect();
