import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { DEFAULT_PREFS, getReaderPrefs, hiddenWarnings, needsNotice, saveReaderPrefs, withBlur } from "./preferences.server";

describe("warning preferences", () => {
  it("default to asking first for every warning, hiding nothing", async () => {
    expect(await getReaderPrefs(null)).toEqual(DEFAULT_PREFS);
    expect(hiddenWarnings(DEFAULT_PREFS)).toEqual([]);
    expect(needsNotice(DEFAULT_PREFS, ["overdose"])).toBe(true);
    expect(needsNotice(DEFAULT_PREFS, [])).toBe(false);
  });

  it("are saved per reader; hide, show and the early-recovery switch each do what they say", async () => {
    const userId = newId();
    await db.user.create({ data: { id: userId, username: "prefs_reader", usernameKey: "prefs_reader", passwordHash: "x" } });
    await saveReaderPrefs(userId, { earlyRecovery: true, modes: { ...DEFAULT_PREFS.modes, overdose: "SHOW", "self-harm": "HIDE" } });
    const prefs = await getReaderPrefs(userId);
    expect(prefs.modes.overdose).toBe("SHOW");
    expect(hiddenWarnings(prefs).sort()).toEqual(["detailed-use", "relapse", "self-harm"]);
    expect(needsNotice(prefs, ["overdose"])).toBe(false);
    expect(needsNotice(prefs, ["overdose", "death-grief"])).toBe(true);
    expect(withBlur([{ warnings: ["overdose"] }, { warnings: ["death-grief"] }, { warnings: [] }], prefs).map((c) => c.blurred)).toEqual([
      false,
      true,
      false,
    ]);
  });
});
