import { describe, expect, it } from "vitest";
import { careExcerpts, careLevel, careRank, isCareFinding } from "./care";
import type { SafetyFinding } from "./safety";

// The product side of the two care tiers: the level from the stored flags, and the sentence
// that raised a flag with the text around it, as the moderation queue and item show it.

function finding(text: string, whole: string, kind: SafetyFinding["kind"], field: SafetyFinding["field"] = "body"): SafetyFinding {
  const start = whole.indexOf(text);
  if (start === -1) throw new Error(`"${text}" is not in the text`);
  return { field, kind, text, start, end: start + text.length, message: "", suggestion: "" };
}

describe("careLevel", () => {
  it("is crisis over concern over none, whatever the concern flag says alongside crisis", () => {
    expect(careLevel({ crisis: true, concern: true })).toBe("crisis");
    // Rows written before concern existed carry crisis alone.
    expect(careLevel({ crisis: true, concern: false })).toBe("crisis");
    expect(careLevel({ crisis: false, concern: true })).toBe("concern");
    expect(careLevel({ crisis: false, concern: false })).toBe("none");
    expect(["none", "concern", "crisis"].sort((a, b) => careRank(a as never) - careRank(b as never))).toEqual(["crisis", "concern", "none"]);
  });

  it("tells care findings from identifying ones", () => {
    const body = "Write to me at a@example.com. I want to die.";
    expect(isCareFinding(finding("I want to die.", body, "crisis"))).toBe(true);
    expect(isCareFinding(finding("I want to die.", body, "concern"))).toBe(true);
    expect(isCareFinding(finding("a@example.com", body, "email"))).toBe(false);
  });
});

describe("careExcerpts", () => {
  const body =
    "The year I stopped drinking, I walked to the river every morning. It was the part of the day I liked best. " +
    "I don't see the point of any of this anymore. My sponsor says that feeling passes, and some days it does.\n\n" +
    "Then last week I stopped answering the phone. I want to die. The note is on the table.";

  it("quotes each flagged sentence with whole sentences around it, crisis first then in reading order", () => {
    const excerpts = careExcerpts({ title: "A title", body }, [
      finding("I don't see the point of any of this anymore.", body, "concern"),
      finding("a", "a", "email"),
      finding("I want to die.", body, "crisis"),
    ]);
    expect(excerpts.map((e) => [e.kind, e.text])).toEqual([
      ["crisis", "I want to die."],
      ["concern", "I don't see the point of any of this anymore."],
    ]);
    const [crisis, concern] = excerpts;
    expect(crisis.before).toBe("Then last week I stopped answering the phone.");
    expect(crisis.after).toBe("The note is on the table.");
    expect(concern.before).toBe("It was the part of the day I liked best.");
    expect(concern.after).toBe("My sponsor says that feeling passes, and some days it does.");
  });

  it("cuts long context at a word, marked with an ellipsis, and squashes line breaks", () => {
    const long = `${"and then ".repeat(40)}I want to die tonight ${"and after that ".repeat(30)}end.`;
    const [e] = careExcerpts({ title: "", body: long }, [finding("I want to die tonight", long, "crisis")], 60);
    expect(e.text).toBe("I want to die tonight");
    expect(e.before.startsWith("…")).toBe(true);
    expect(e.before.length).toBeLessThanOrEqual(61);
    expect(e.after.endsWith("…")).toBe(true);
    expect(e.after.length).toBeLessThanOrEqual(61);
    expect(e.before + e.after).not.toMatch(/\n| {2}/);
  });

  it("finds a phrase whose stored offsets no longer match, and copes with one it can't find", () => {
    const moved = { ...finding("I want to die.", body, "crisis"), start: 0, end: 14 };
    expect(careExcerpts({ title: "", body }, [moved])[0]).toMatchObject({ text: "I want to die.", after: "The note is on the table." });
    const gone = { ...moved, text: "words that are not there" };
    expect(careExcerpts({ title: "", body }, [gone])[0]).toEqual({ kind: "crisis", field: "body", before: "", text: "words that are not there", after: "" });
  });

  it("quotes a flagged title from the title", () => {
    const title = "Tonight is the night";
    const [e] = careExcerpts({ title, body }, [finding(title, title, "crisis", "title")]);
    expect(e).toEqual({ kind: "crisis", field: "title", before: "", text: title, after: "" });
  });
});
