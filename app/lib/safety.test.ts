import { describe, expect, it } from "vitest";
import { CRISIS_MESSAGE, checkStory, type FindingKind } from "./safety";

// Each row is a realistic sentence from recovery writing and the EXACT findings expected,
// in order: [kind, matched text]. An empty list means "no findings at all" – false alarms
// on ordinary recovery writing are failures, just like misses.
type Row = { body: string; expected: Array<[FindingKind, string]> };

const positives: Row[] = [
  // Contact details
  { body: "You can email me at jess.recovering@gmail.com if you need to talk.", expected: [["email", "jess.recovering@gmail.com"]] },
  { body: "Call me at 555-123-4567 anytime, day or night.", expected: [["phone", "555-123-4567"]] },
  { body: "My old number was (555) 123-4567 and my dealer had it.", expected: [["phone", "(555) 123-4567"]] },
  { body: "Text me on +1 555 123 4567 if you're struggling.", expected: [["phone", "+1 555 123 4567"]] },
  { body: "My cell is 5551234567.", expected: [["phone", "5551234567"]] },
  { body: "Email me at tyler@example.com or call 555-867-5309.", expected: [["email", "tyler@example.com"], ["phone", "555-867-5309"]] },
  { body: "I wrote more about my first year at https://soberjess.blogspot.com/posts/1.", expected: [["url", "https://soberjess.blogspot.com/posts/1"]] },
  { body: "There's a photo of my one-year chip at www.instagram.com/soberjess.", expected: [["url", "www.instagram.com/soberjess"]] },
  { body: "I started a page called soberdads.org for fathers like me.", expected: [["url", "soberdads.org"]] },
  { body: "Follow me @sober_tyler for daily check-ins.", expected: [["handle", "@sober_tyler"]] },
  { body: "Find me on Instagram @recoveringrach, I post every morning.", expected: [["handle", "@recoveringrach"]] },
  // Addresses and ZIP codes
  { body: "I lived at 123 Maple Street for three years.", expected: [["address", "123 Maple Street"]] },
  { body: "The halfway house was at 42 W 3rd Ave, and it saved me.", expected: [["address", "42 W 3rd Ave"]] },
  { body: "Letters can go to PO Box 12 and I'll answer every one.", expected: [["address", "PO Box 12"]] },
  { body: "I lived at 88 Pine Road, Smallville, KS 66002 until the bank took it.", expected: [["address", "88 Pine Road"], ["place", "Smallville, KS"], ["zip", "66002"]] },
  { body: "Mail still reaches me at Columbus, OH 43215-1234.", expected: [["place", "Columbus, OH"], ["zip", "43215-1234"]] },
  { body: "My zip code is 90210 if anyone wants to write.", expected: [["zip", "90210"]] },
  // Exact dates
  { body: "My sobriety date is March 3, 2019.", expected: [["date", "March 3, 2019"]] },
  { body: "I took my last drink on 3/14/2020.", expected: [["date", "on 3/14/2020"]] },
  { body: "My clean date is 2019-03-14.", expected: [["date", "2019-03-14"]] },
  { body: "I relapsed on the 4th of July 2015.", expected: [["date", "on the 4th of July 2015"]] },
  { body: "I got out of detox on May 5th and never looked back.", expected: [["date", "on May 5th"]] },
  { body: "On December 24, 2016 I had my last drink.", expected: [["date", "On December 24, 2016"]] },
  { body: "I was arrested on Christmas Eve 2017.", expected: [["date", "on Christmas Eve 2017"]] },
  { body: "I've been sober since 14 February 2021.", expected: [["date", "14 February 2021"]] },
  // Names of people
  { body: "My friend Sarah drove me to my first meeting.", expected: [["name", "My friend Sarah"]] },
  { body: "My son Tyler was born while I was still using.", expected: [["name", "My son Tyler"]] },
  { body: "Dr. Patel at Mercy General never judged me.", expected: [["name", "Dr. Patel"], ["place", "Mercy General"]] },
  { body: "Officer Brown gave me a Narcan kit instead of a ticket.", expected: [["name", "Officer Brown"]] },
  { body: "There was a girl in treatment named Jessica who taught me to laugh again.", expected: [["name", "Jessica"]] },
  { body: "I met Tom Becker at group and we still talk every week.", expected: [["name", "Tom Becker"]] },
  { body: "My sponsor, Dave, picked up every time I called.", expected: [["name", "My sponsor, Dave"]] },
  { body: "Aunt Linda let me sleep in her basement that winter.", expected: [["name", "Aunt Linda"]] },
  { body: "Her name was Amber and she was my first friend in the rooms.", expected: [["name", "Amber"]] },
  { body: "I called Sarah from the parking lot of the liquor store.", expected: [["name", "Sarah"]] },
  { body: "Mike Johnson sold me my first pill.", expected: [["name", "Mike Johnson"]] },
  // Places
  { body: "I grew up in Springfield and everyone knew my family.", expected: [["place", "Springfield"]] },
  { body: "I was born at St. Mary's Hospital and got sober in the same building.", expected: [["place", "St. Mary's Hospital"]] },
  { body: "I got kicked out of Riverside High School my junior year.", expected: [["place", "Riverside High School"]] },
  { body: "I used to score on Elm Street behind the laundromat.", expected: [["place", "Elm Street"]] },
  { body: "I used to buy from a guy who hung out at the Walmart on 5th.", expected: [["place", "5th"]] },
  { body: "I moved to Dayton, Ohio to get away from my dealer.", expected: [["place", "Dayton, Ohio"]] },
  { body: "My counselor at Hope Recovery Center believed in me.", expected: [["place", "Hope Recovery Center"]] },
  { body: "I spent 30 days in the Cook County Jail.", expected: [["place", "Cook County Jail"]] },
  { body: "I was at the University of Michigan when the drinking got bad.", expected: [["place", "University of Michigan"]] },
  { body: "I finally went to rehab in Phoenix and stayed for 90 days.", expected: [["place", "Phoenix"]] },
  // Crisis: current intent or an overdose happening now
  { body: "I want to die.", expected: [["crisis", "I want to die"]] },
  { body: "Tonight I'm going to end it.", expected: [["crisis", "I'm going to end it"]] },
  { body: "I don't want to be alive anymore.", expected: [["crisis", "I don't want to be alive anymore"]] },
  { body: "I just took all my pills.", expected: [["crisis", "I just took all my pills"]] },
  { body: "I think I'm overdosing and I'm scared.", expected: [["crisis", "I think I'm overdosing"]] },
  { body: "I can't go on.", expected: [["crisis", "I can't go on"]] },
  { body: "Nobody would miss me if I were gone.", expected: [["crisis", "Nobody would miss me if I were gone"]] },
  { body: "I'm going to kill myself after this post goes up.", expected: [["crisis", "I'm going to kill myself"]] },
  { body: "Some days I still want to die, and I'm scared to tell my sponsor.", expected: [["crisis", "I still want to die"]] },
  { body: "I'm feeling suicidal again and I don't know who to call.", expected: [["crisis", "I'm feeling suicidal"]] },
  { body: "Everyone would be better off without me.", expected: [["crisis", "Everyone would be better off without me"]] },
  // The goodbye in the second sentence raises crisis too, and the name inside it is still shown.
  { body: "I’m going to end it tonight. Tell my sister Jess I’m sorry.", expected: [["crisis", "I’m going to end it"], ["crisis", "Tell my sister Jess I’m sorry."], ["name", "my sister Jess"]] },
];

const negatives: Row[] = [
  // Ages, years, counts and durations
  { body: "I was 25 when I first got sober.", expected: [] },
  { body: "I've been clean for 18 months.", expected: [] },
  { body: "In 2019 I went to treatment in Ohio.", expected: [] },
  { body: "Day 90 felt like a miracle.", expected: [] },
  { body: "I drank for 15 years before I asked for help.", expected: [] },
  { body: "I was 17 and thought I was invincible.", expected: [] },
  { body: "In 2020 I spent 30 days in detox and 60 in residential.", expected: [] },
  { body: "I have 365 days today and 1,000 reasons to stay.", expected: [] },
  { body: "It's been 5 years, 3 months and 12 days.", expected: [] },
  { body: "I went to rehab at 19, at 23 and at 31.", expected: [] },
  { body: "It took me 3 tries and 2 treatment centers to get 1 year.", expected: [] },
  { body: "I relapsed at 2 am and called my sponsor at 3.", expected: [] },
  // Vague times
  { body: "On Sunday mornings I go to a meeting.", expected: [] },
  { body: "Last March I picked up my one-year chip.", expected: [] },
  { body: "That winter was the hardest of my life.", expected: [] },
  { body: "I started drinking two years ago, in my twenties.", expected: [] },
  { body: "I woke up on a Tuesday and decided I was done.", expected: [] },
  { body: "My husband and I celebrate my sober birthday every June.", expected: [] },
  { body: "I spent Christmas in detox and New Year's in a meeting.", expected: [] },
  { body: "The 4th of July is still hard for me because of the fireworks and the drinking.", expected: [] },
  // Helplines the site shows anyway
  { body: "I called 988 and someone listened.", expected: [] },
  { body: "I called the SAMHSA helpline at 1-800-662-4357 and they found me a bed.", expected: [] },
  { body: "If you're in crisis, text HOME to 741741.", expected: [] },
  // People by relationship, family words, God, programmes, medications
  { body: "My sponsor called me every day.", expected: [] },
  { body: "My mom drove me to detox.", expected: [] },
  { body: "Mom and Dad never gave up on me, and neither did Grandma.", expected: [] },
  { body: "God and my Higher Power got me through the first year.", expected: [] },
  { body: "I go to AA on Tuesdays and NA on Thursdays.", expected: [] },
  { body: "SMART Recovery taught me to sit with a craving.", expected: [] },
  { body: "Narcotics Anonymous gave me a family when I had none.", expected: [] },
  { body: "Narcan saved my life, and now I carry it everywhere.", expected: [] },
  { body: "Suboxone and later Vivitrol helped me stay off heroin.", expected: [] },
  { body: "I was on methadone for two years before I tapered.", expected: [] },
  { body: "The Big Book says we are not saints.", expected: [] },
  { body: "I work the Twelve Steps with a sponsor I trust.", expected: [] },
  { body: "The Serenity Prayer got me through withdrawal.", expected: [] },
  { body: "Bill W. and Dr. Bob started something that saved my life.", expected: [] },
  { body: "Jack Daniels was my best friend for ten years.", expected: [] },
  { body: "My first sponsor was a retired nurse who smoked like a chimney.", expected: [] },
  { body: "My sister and I went to the hospital together for family week.", expected: [] },
  // Places that are too general to identify anyone
  { body: "I moved to Texas to be closer to my kids.", expected: [] },
  { body: "I went to high school in a small town and started drinking at 14.", expected: [] },
  { body: "I've been to the Catholic Church every Sunday since I got out.", expected: [] },
  { body: "I was in and out of Drug Court for 18 months.", expected: [] },
  { body: "My dealer lived two streets away from my mom's house.", expected: [] },
  // Past pain, other people, and present-tense phrases that are not a crisis
  { body: "I wanted to die back then, but today I want to live.", expected: [] },
  { body: "I overdosed twice in 2018.", expected: [] },
  { body: "When I was suicidal, my sponsor sat with me until morning.", expected: [] },
  { body: "My brother died of an overdose.", expected: [] },
  { body: "I used to think I'd never make it.", expected: [] },
  { body: "I used to say I want to die every morning before my first drink.", expected: [] },
  { body: "If you're thinking about killing yourself, please tell someone.", expected: [] },
  { body: "I still can't go on a date without wanting a drink.", expected: [] },
  { body: "I took all my pills as prescribed and went to my meetings.", expected: [] },
  { body: "I'm not suicidal anymore, but I remember how heavy it felt.", expected: [] },
  { body: "I thought I was going to die in that cell.", expected: [] },
  { body: "I realised I can't do this anymore and called a treatment center.", expected: [] },
  { body: "I don't want to live like this anymore, so I'm asking for help.", expected: [] },
  { body: "My sponsor says the part of me that wants to die is the disease talking.", expected: [] },
  { body: "I'm going to end it with him before he drags me back.", expected: [] },
];

const rows = [...positives, ...negatives];

describe("checkStory: table of recovery sentences", () => {
  it("has a realistic-sized table", () => {
    expect(positives.length).toBeGreaterThanOrEqual(30);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeGreaterThanOrEqual(70);
  });

  it.each(rows)("$body", ({ body, expected }) => {
    const report = checkStory({ body });
    expect(report.findings.map((f) => [f.kind, f.text])).toEqual(expected);

    for (const f of report.findings) {
      // Offsets point at exactly the matched text.
      expect(f.field).toBe("body");
      expect(body.slice(f.start, f.end)).toBe(f.text);
      expect(f.message.length).toBeGreaterThan(0);
      if (f.kind === "crisis") {
        expect(f.message).toBe(CRISIS_MESSAGE);
      } else {
        // Identifying kinds always come with a rewording.
        expect(f.suggestion.trim().length).toBeGreaterThan(0);
      }
    }
    expect(report.crisis).toBe(expected.some(([kind]) => kind === "crisis"));
  });
});

describe("checkStory: report shape", () => {
  it("sorts findings by start and never overlaps them", () => {
    const body =
      "Email jess.recovering@gmail.com, or find me @soberjess. I lived at 123 Maple Street, Springfield, IL 62704 until March 3, 2019.";
    const { findings } = checkStory({ body });
    expect(findings.map((f) => f.kind)).toEqual(["email", "handle", "address", "place", "zip", "date"]);
    for (let i = 1; i < findings.length; i++) {
      const prev = findings[i - 1];
      const cur = findings[i];
      expect(prev && cur && prev.end <= cur.start).toBe(true);
    }
  });

  it("prefers the more specific kind when matches overlap", () => {
    // The domain inside an e-mail is not also reported as a URL, nor "@gmail" as a handle.
    const { findings } = checkStory({ body: "Write to me at jess@soberdads.org please." });
    expect(findings.map((f) => [f.kind, f.text])).toEqual([["email", "jess@soberdads.org"]]);
    // A first name inside a hospital's name is part of the place.
    const hospital = checkStory({ body: "I was born at St. Mary's Hospital." });
    expect(hospital.findings.map((f) => f.kind)).toEqual(["place"]);
  });

  it("checks the title separately, with offsets relative to the title, title first", () => {
    const title = "Getting out of Dayton";
    const body = "My friend Sarah drove me to detox.";
    const { findings } = checkStory({ title, body });
    expect(findings.map((f) => [f.field, f.kind, f.text])).toEqual([
      ["title", "place", "Dayton"],
      ["body", "name", "My friend Sarah"],
    ]);
    const [inTitle] = findings;
    expect(inTitle && title.slice(inTitle.start, inTitle.end)).toBe("Dayton");
  });

  it("does not read a Title Cased title as full of names and places", () => {
    const { findings } = checkStory({ title: "Getting High At Sixteen, Getting Sober At Forty", body: "" });
    expect(findings).toEqual([]);
  });

  it("suggests drop-in rewordings, capitalised at the start of a sentence", () => {
    const suggestion = (body: string): string[] => checkStory({ body }).findings.map((f) => f.suggestion);
    expect(suggestion("I grew up in Dayton.")).toEqual(["a town in Ohio"]);
    expect(suggestion("I moved to Dayton, Ohio.")).toEqual(["a town in Ohio"]);
    expect(suggestion("My sister Jess found me.")).toEqual(["My sister"]);
    expect(suggestion("I saw Dr. Patel twice.")).toEqual(["my doctor"]);
    expect(suggestion("On May 5th I got out.")).toEqual(["One spring"]);
    expect(suggestion("I used to score on Elm Street.")).toEqual(["a street in my neighbourhood"]);
    expect(suggestion("Mercy General saved me.")).toEqual(["A hospital"]);
    expect(suggestion("Email me at a@b.com.")).toEqual(["my e-mail"]);
  });

  it("sets crisis when crisis language appears in the title too", () => {
    const report = checkStory({ title: "I can't go on", body: "That's all." });
    expect(report.crisis).toBe(true);
    expect(report.findings).toEqual([
      {
        field: "title",
        kind: "crisis",
        text: "I can't go on",
        start: 0,
        end: 13,
        message: CRISIS_MESSAGE,
        suggestion: "",
      },
    ]);
  });

  it("reports nothing and no crisis for an empty draft", () => {
    expect(checkStory({ body: "" })).toEqual({ findings: [], crisis: false, concern: false, level: "none" });
  });
});
