import { describe, expect, it } from "vitest";
import { checkStory } from "../safety";
import { features, scoreSentence } from "./classifier";
import { explainSentence } from "./crisis";
import { normalizeForCare, sentenceUnits } from "./normalize";

// Each family of crisis language from the product brief, written as people write it, and
// the genre's ordinary language that must raise nothing. These are written for the tests,
// not copied from the evaluation sets (bench:safety measures those).

const level = (body: string) => checkStory({ body }).level;

describe("crisis: current danger however it is worded", () => {
  const crisis: Record<string, string[]> = {
    "intent in plain words and slang": [
      "I want to kill myself.",
      "honestly i just wanna die",
      "gonna kms after everyone goes to bed",
      "I will unalive myself this weekend",
      "I'm ready to end my life.",
    ],
    "passive wishes, now": [
      "I hope I don't wake up tomorrow.",
      "I'd like to go to sleep and never wake up",
      "i wish i was dead",
      "Everyone would be better off without me.",
    ],
    "a plan, means or preparation without an intent verb": [
      "I've been saving my pills, Friday is the night.",
      "I bought a rope today.",
      "I wrote the note and put it where they'll find it.",
      "Picked the bridge already.",
    ],
    "goodbyes and putting things in order": [
      "Please tell my son I loved him more than anything.",
      "This is my last post, goodbye everyone.",
      "I'm giving away all my things this week, I won't need them where I'm going.",
      "Time to finish what I started.",
    ],
    "an overdose happening now, the writer's or someone's beside them": [
      "my lips are turning blue after that last line",
      "took 30 of the bars twenty minutes ago",
      "He's not breathing right and I can't wake him up.",
      "I think I'm overdosing",
    ],
    "self-harm happening now": ["im cutting myself again right now", "The razor is next to me on the sink."],
    "non-native and regional English": [
      "I am not wish to be alive.",
      "tonight itself I will finish everything",
    ],
  };
  for (const [family, sentences] of Object.entries(crisis)) {
    it.each(sentences)(`${family}: %s`, (sentence) => {
      expect(level(sentence)).toBe("crisis");
    });
  }

  it("finds a crisis sentence in the middle of a long ordinary story and names that sentence", () => {
    const body = [
      "I grew up in a small town where everyone drank at weddings and funerals.",
      "My first sponsor taught me to make a gratitude list every morning.",
      "I bought a rope today.",
      "The kids are with their dad this week and the house is quiet.",
    ].join(" ");
    const report = checkStory({ body });
    expect(report.crisis).toBe(true);
    expect(report.findings.filter((f) => f.kind === "crisis").map((f) => f.text)).toEqual(["I bought a rope today."]);
  });
});

describe("concern: likely distress, not clearly current", () => {
  it.each([
    "I don't see the point of any of this anymore.",
    "I'm so tired of fighting every single day.",
    "sitting in the liquor store parking lot trying not to go in",
    "I feel like such a burden on everyone.",
  ])("%s", (sentence) => {
    expect(level(sentence)).toBe("concern");
  });
});

describe("ordinary recovery writing raises no care tier", () => {
  it.each([
    // History and resolution
    "In 2016 I tried to take my life, and my roommate found me in time.",
    "Back then I wanted to die every single day. Today I want to see my daughter graduate.",
    "I used to hope I wouldn't wake up. Now I hope the coffee's strong.",
    // Other people's words, lyrics and titles
    "My mum used to say, \"you'll be the death of me.\"",
    "We sang \"Hurt\" at karaoke and I cried in a good way.",
    // Hyperbole, idiom and negation
    "I'd rather die than sit through that meeting again, lol.",
    "I'm not suicidal, just tired after a long shift.",
    "My feet are killing me after the 5k.",
    "I'm dying to see my kids on Sunday.",
    // Harm reduction, grief and medicine
    "I carry naloxone in my bag and fentanyl test strips in my wallet.",
    "My brother died of an overdose two winters ago, and I light a candle for him.",
    "My methadone dose went up to 90 mg last month.",
    // Ordinary words that crisis sentences also use
    "I'm going to end it with him before he drags me back.",
    "I finally finished my GED last spring.",
    "I said goodbye to my old crowd when I moved across the state.",
  ])("%s", (sentence) => {
    expect(level(sentence)).toBe("none");
  });
});

describe("titles", () => {
  it("reads a short ordinary title as ordinary, though the classifier alone leans to crisis on it", () => {
    expect(checkStory({ title: "Walking to the river", body: "An ordinary day." }).level).toBe("none");
  });
  it("still raises crisis on a title that says it", () => {
    expect(checkStory({ title: "I want to die", body: "An ordinary day." }).level).toBe("crisis");
    expect(checkStory({ title: "goodbye everyone", body: "An ordinary day." }).level).toBe("crisis");
  });
});

describe("normalised text", () => {
  it("expands contractions, chat spellings and repeated letters", () => {
    expect(normalizeForCare("Im gonna kms tonite, cant do this sooo much")).toBe(
      "i am going to kill myself tonight can not do this soo much",
    );
    expect(normalizeForCare("He’s NOT breathing!!")).toBe("he is not breathing");
  });

  it("splits sentences at punctuation and line breaks, with offsets into the text", () => {
    const text = "First one. Second one!\nThird one";
    expect(sentenceUnits(text).map((u) => text.slice(u.start, u.end))).toEqual(["First one.", "Second one!", "Third one"]);
  });

  it("cuts a long run without punctuation into pieces", () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i} and`).join(" ");
    expect(sentenceUnits(text).length).toBeGreaterThan(1);
  });
});

describe("the classifier", () => {
  it("hashes a sentence the same way every time and scores it between 0 and 1", () => {
    expect(features("i bought a rope today")).toEqual(features("i bought a rope today"));
    const scores = scoreSentence("i bought a rope today");
    expect(scores.crisis).toBeGreaterThan(0);
    expect(scores.crisis).toBeLessThan(1);
  });

  it("tells a current plan from an ordinary day on its own, without the rules", () => {
    expect(scoreSentence(normalizeForCare("i have been saving up my pills for friday night")).crisis).toBeGreaterThan(
      scoreSentence(normalizeForCare("i have been saving up for a new bike")).crisis,
    );
  });

  it("explains which layer raised a sentence", () => {
    const e = explainSentence("I bought a rope today.");
    expect(e.tier).toBe("crisis");
    expect(e.rule).toBeGreaterThanOrEqual(0);
    const held = explainSentence("Back in 2015 I bought a rope, and my sister found it.");
    expect(held.heldBack).toBe(true);
  });
});
