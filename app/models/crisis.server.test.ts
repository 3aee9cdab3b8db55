import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bumpContentVersion, contentVersion } from "~/lib/content-version.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { loader as helpLoader } from "~/routes/help";
import { loader as rootLoader } from "~/root";
import { updateCrisisResource } from "./admin.server";
import { listCrisisResources } from "./crisis.server";

// One source of crisis resources: the admin's list, read by the root loader (the footer, the
// editor's boxes, My stories, the crisis procedure) and /help, kept per process until the
// content counter moves.

async function admin() {
  const id = newId();
  const username = `admin_${id.slice(0, 8).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash", role: "admin" } });
  return id;
}

const loaderArgs = (url: string) => ({ request: new Request(url), params: {}, context: {} });

describe("crisis resources", () => {
  it("are the admin's list, in the admin's order, with the US defaults to start", async () => {
    const resources = await listCrisisResources();
    expect(resources.map((r) => r.id)).toEqual(["crisis-988", "crisis-samhsa", "crisis-text-line", "crisis-911"]);
    expect(resources[0]).toEqual({
      id: "crisis-988",
      name: "988 Suicide & Crisis Lifeline",
      description: expect.any(String),
      action: "Call or text 988",
      href: "tel:988",
    });
  });

  it("an admin's edit reaches every reader of the list at once: the root loader (footer, editor, My stories) and /help", async () => {
    const adminId = await admin();
    const before = await contentVersion();
    // Warm the cache of this process first, as a running server would have it.
    await listCrisisResources();
    const result = await updateCrisisResource({
      adminId,
      id: "crisis-988",
      name: "Lifeline (edited)",
      description: "Call or text, any hour.",
      action: "Call or text 988 now",
      href: "tel:988",
    });
    expect(result.ok).toBe(true);
    // The edit moved the content counter, which empties the signed-out page cache of every process too.
    expect(await contentVersion()).toBeGreaterThan(before);

    const root = (await rootLoader(loaderArgs("http://localhost/"))) as { crisisResources: { id: string; name: string; action: string }[] };
    expect(root.crisisResources.find((r) => r.id === "crisis-988")).toMatchObject({ name: "Lifeline (edited)", action: "Call or text 988 now" });
    const help = await helpLoader();
    expect(help.resources.find((r) => r.id === "crisis-988")).toMatchObject({ name: "Lifeline (edited)", description: "Call or text, any hour." });
    expect(help.resources).toEqual(root.crisisResources);
  });

  it("are read from the database once per content version, and again as soon as it moves (another process's edit)", async () => {
    const first = await listCrisisResources();
    expect(await listCrisisResources()).toBe(first);
    // A change that doesn't move the counter is not seen: proof the list is kept, not re-read.
    await db.crisisResource.update({ where: { id: "crisis-text-line" }, data: { action: "Text HOME to 741741 (changed)" } });
    expect((await listCrisisResources()).find((r) => r.id === "crisis-text-line")?.action).toBe("Text HOME to 741741");
    // Another process's admin edit commits and moves the shared counter: this process reads the list again.
    await bumpContentVersion();
    expect((await listCrisisResources()).find((r) => r.id === "crisis-text-line")?.action).toBe("Text HOME to 741741 (changed)");
  });

  it("are never hard-coded in a page or component: every tel: and sms: link comes from the list", () => {
    const offenders: string[] = [];
    for (const dir of ["app/components", "app/routes"]) {
      for (const file of fs.readdirSync(dir)) {
        if (!/\.tsx?$/.test(file)) continue;
        const source = fs.readFileSync(path.join(dir, file), "utf8");
        if (/["'`{](?:tel|sms):/.test(source)) offenders.push(`${dir}/${file}`);
        if (/\b(?:988|911|741741)\b/.test(source.replace(/\/\/.*$/gm, ""))) offenders.push(`${dir}/${file} (a number)`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
