import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkStory, isCareKind, type FindingKind } from "../safety";
import { findIdentifying } from "./identifying";

// Identifying details only: the care tiers have their own table in ../safety.test.ts.
function identifying(body: string): Array<[FindingKind, string]> {
  return checkStory({ body })
    .findings.filter((f) => !isCareKind(f.kind))
    .map((f) => [f.kind, f.text]);
}

function suggestions(body: string): string[] {
  return checkStory({ body })
    .findings.filter((f) => !isCareKind(f.kind))
    .map((f) => f.suggestion);
}

type Row = [string, Array<[FindingKind, string]>];

// Each family: sentences written the way people write them, then hard negatives that
// look like them and must raise nothing.
const families: Record<string, Row[]> = {
  "e-mail addresses spelled out": [
    ["write to me, dana at gmail dot com", [["email", "dana at gmail dot com"]]],
    ["message me at sober.kez [at] outlook [dot] com", [["email", "sober.kez [at] outlook [dot] com"]]],
    ["rachel_h(at)yahoo(dot)co(dot)uk", [["email", "rachel_h(at)yahoo(dot)co(dot)uk"]]],
    ["EMAIL ME AT BIGDAVE1972 AT YAHOO DOT COM", [["email", "BIGDAVE1972 AT YAHOO DOT COM"]]],
    ["it's stillhere2021 @ protonmail . com", [["email", "stillhere2021 @ protonmail . com"]]],
    ["my gmail is danab.92", [["email", "danab.92"]]],
    ["I was at home dot com, as my kids say.", []],
    ["I met her at work at the hospital.", []],
  ],
  "phone numbers from anywhere, and spelled out": [
    ["text me on 07700 900123 if you need to", [["phone", "07700 900123"]]],
    ["my mobile is +44 7700 900 982", [["phone", "+44 7700 900 982"]]],
    ["Text me on 0412 345 678 mate", [["phone", "0412 345 678"]]],
    ["call me on 0803 123 4567", [["phone", "0803 123 4567"]]],
    ["WhatsApp me on +91 98765 43210", [["phone", "+91 98765 43210"]]],
    ["Landline is 0161 496 0321", [["phone", "0161 496 0321"]]],
    ["My number is five five five, one two three, four five six seven.", [["phone", "five five five, one two three, four five six seven"]]],
    ["ring oh seven seven double oh nine double oh four six one", [["phone", "oh seven seven double oh nine double oh four six one"]]],
    ["I drank from 1998 to 2016, 2017 2018 2019 were the worst.", []],
    ["I was using 24/7 and took 16 mg a day.", []],
    ["The 12 steps and 365 days and 1,000 reasons.", []],
    ["I called 988, then 1-800-662-4357, then texted 741741.", []],
    ["I spent $40,000 and 10000 hours on it.", []],
    ["Clean since 14.02.2021 and 2019-03-14 before that.", [["date", "14.02.2021"], ["date", "2019-03-14"]]],
    ["One, two, three, four, five, six, seven, eight, nine, ten, breathe.", []],
    ["My inmate number was 20194471.", [["record", "20194471"]]],
  ],
  "handles without an @": [
    ["find me on insta as sober.sunflower.92", [["handle", "sober.sunflower.92"]]],
    ["Snap: kez_clean_2020", [["handle", "kez_clean_2020"]]],
    ["my CashApp is $KezRecovers", [["handle", "$KezRecovers"]]],
    ["venmo me at dana-brooks-7", [["handle", "dana-brooks-7"]]],
    ["I'm u/quietmorning_ on reddit", [["handle", "u/quietmorning_"]]],
    ["Discord: ghostofmyformerself#4821", [["handle", "ghostofmyformerself#4821"]]],
    ["I make videos on TikTok as soberlauren_", [["handle", "soberlauren_"]]],
    ["I'm cleanmamabear on insta", [["handle", "cleanmamabear"]]],
    ["add me on facebook, Rosalind Achterberg", [["handle", "Rosalind Achterberg"]]],
    ["I'm sober on instagram now and it's different.", []],
    ["My insta is private now.", []],
    ["I'm on TikTok as well, but not about this.", []],
    ["A cold snap is coming and I'm staying in.", []],
    ["I paid $20 for it and read r/stopdrinking every night.", []],
  ],
  "addresses and postcodes": [
    ["The meeting is at 415 W. Church St., use the side door.", [["address", "415 W. Church St."]]],
    ["We were in a trailer, Lot 14 off Route 9.", [["address", "Lot 14 off Route 9"]]],
    ["My flat was Flat 3, 22 Hill Road.", [["address", "Flat 3, 22 Hill Road"]]],
    ["my postcode is M14 5RQ", [["address", "M14 5RQ"]]],
    ["Mail reaches me at postal code K1A 0B1.", [["address", "K1A 0B1"]]],
    ["I stayed at 3 Banksia Avenue, Dubbo NSW 2830.", [["address", "3 Banksia Avenue"], ["place", "Dubbo NSW"], ["address", "2830"]]],
    ["Mail me at RR 2 Box 45.", [["address", "RR 2 Box 45"]]],
    ["Back then it was Toledo 43607 and a lot of bad nights.", [["zip", "43607"]]],
    ["my postcode's 4870, up north", [["address", "4870"]]],
    ["We had the upstairs of 3310 West Armitage.", [["address", "3310 West Armitage"]]],
    ["post it to 9 larch gardens, flat 2", [["address", "9 larch gardens, flat 2"]]],
    ["Thinking sobriety meant Easy Street, I nearly ended up on Skid Row.", []],
    ["It took 12 Step meetings and 30 Day chips.", []],
    ["We drove Route 66 sober on my anniversary.", []],
  ],
  "dates people write": [
    ["My sobriety date is June twelfth.", [["date", "June twelfth"]]],
    ["clean date 2.2.22, easy to remember", [["date", "2.2.22"]]],
    ["i went into detox sept 5 2014", [["date", "sept 5 2014"]]],
    ["my last drink was may 5 2014", [["date", "may 5 2014"]]],
    ["I was arrested on the twenty-third of March, 2017.", [["date", "on the twenty-third of March, 2017"]]],
    ["My court date was Feb. 12, '18.", [["date", "Feb. 12, '18"]]],
    ["My clean date is 3/14 and I celebrate it.", [["date", "3/14"]]],
    ["i took my last drink on 27/4", [["date", "27/4"]]],
    ["I may 5 times a day want to drink, but I don't.", []],
    ["We march 3 miles every Saturday.", []],
    ["I remember 9/11 and we celebrate 4/20 differently now.", []],
    ["In May I told my parents, and last March I got my coin.", []],
  ],
  "towns, with the cues they need": [
    ["I grew up in Chillicothe.", [["place", "Chillicothe"]]],
    ["We moved to Wapakoneta when I was twelve.", [["place", "Wapakoneta"]]],
    ["Grew up in Wigan, got sober in Rochdale.", [["place", "Wigan"], ["place", "Rochdale"]]],
    ["I got clean in Red Deer, Alberta.", [["place", "Red Deer, Alberta"]]],
    ["Back home in Athlone everyone drinks at funerals.", [["place", "Athlone"]]],
    ["I lived in Hope, Arkansas for two years.", [["place", "Hope, Arkansas"]]],
    ["We moved to a town called Liberty.", [["place", "a town called Liberty"]]],
    ["I'm a Grimsby lass born and bred.", [["place", "Grimsby"]]],
    ["These days we live in Kwamashu with my gran.", [["place", "Kwamashu"]]],
    ["I lived in Denial for years, and I moved to Berlin to hide.", []],
    ["we ended up in kalamazoo after the eviction", [["place", "kalamazoo"]]],
    ["It took me a year to get back to reading, and to bath time with the kids.", []],
    ["There is Hope, and Grace found me, and Faith got me through.", []],
    ["We celebrated Independence Day sober; Friendship in the rooms is different.", []],
    ["I moved to Texas, then Scotland, then Canada.", []],
    ["I got a text from Tyler and went to Dollar General.", [["name", "Tyler"]]],
    ["I was raised in Church and fell from Grace.", []],
  ],
  "employers, schools, clinics and churches": [
    ["I worked for Hanley & Sons Plumbing for eleven years.", [["place", "Hanley & Sons Plumbing"]]],
    ["I did the books at Miller's Auto Body.", [["place", "Miller's Auto Body"]]],
    ["Every morning at Rosie's Diner I'd spike my juice.", [["place", "Rosie's Diner"]]],
    ["I was a chef at the Crown and Anchor pub.", [["place", "Crown and Anchor pub"]]],
    ["I went to Lincoln Elementary with my dealer.", [["place", "Lincoln Elementary"]]],
    ["We meet at Grace Fellowship Church on Thursdays.", [["place", "Grace Fellowship Church"]]],
    ["We were married at Shiloh Baptist in the spring.", [["place", "Shiloh Baptist"]]],
    ["Three years in HMP Wandsworth.", [["place", "HMP Wandsworth"]]],
    ["I pulled pints at Flanagan's for a decade.", [["place", "Flanagan's"]]],
    ["Most nights finished at the King's Head.", [["place", "the King's Head"]]],
    ["We were married at Sacred Heart, both of us hungover.", [["place", "Sacred Heart"]]],
    ["The clinic on Burnside opens at seven.", [["place", "Burnside"]]],
    ["I got a job at Costco, then worked in Qatar for two years.", []],
    ["I lived on Suboxone and coffee that year.", []],
    ["I worked for a plumbing company and went to a Catholic school.", []],
    ["The guys at Tim Hortons and Sam's Club knew me.", []],
    ["I listened to Amy Winehouse's Rehab on repeat.", []],
  ],
  "record numbers": [
    ["My case number was 2019-CR-004417.", [["record", "2019-CR-004417"]]],
    ["docket no. 21-CV-0392, if you want to look", [["record", "docket no. 21-CV-0392"]]],
    ["DOC #A512443 was my name for five years.", [["record", "DOC #A512443"]]],
    ["They wrote my license plate down, 7KPL392.", [["record", "7KPL392"]]],
    ["My reg was LK07 XYZ.", [["record", "LK07 XYZ"]]],
    ["The number plate was KR61 WDX, a silver Astra.", [["record", "KR61 WDX"]]],
    ["My social is 123-45-6789.", [["record", "123-45-6789"]]],
    ["My NI number is QQ 12 34 56 C, it's on every form.", [["record", "QQ 12 34 56"]]],
    ["my client number at the council is 55-81190", [["record", "55-81190"]]],
    ["The court case dragged on and my case worker helped.", []],
    ["A case of beer, a plate of 12 wings, an inmate at 19.", []],
    ["I lost my licence for 3 years and was in cell 114.", []],
  ],
  "people, and who is not a private person": [
    ["My sponsor Theresa picked up.", [["name", "My sponsor Theresa"]]],
    ["I texted Kayleigh from the car park.", [["name", "Kayleigh"]]],
    ["My old sponsor was Lenny and he smoked like a chimney.", [["name", "Lenny"]]],
    ["I shared a flat with Ashleigh Dunmore for three years.", [["name", "Ashleigh Dunmore"]]],
    ["my bestie kayleigh never gave up on me", [["name", "my bestie kayleigh"]]],
    ["Mike Johnson sold me my first pill.", [["name", "Mike Johnson"]]],
    ["I'm Dana Whitfield and I've been sober six years.", [["name", "Dana Whitfield"]]],
    ["I'm Dana, I'm an alcoholic, and I have 3 years today.", []],
    ["Hi, my name is Marcus and I'm an addict.", []],
    ["Hi all, Tyrone here, addict in recovery.", []],
    ["Johnny Cash sang it and Jack Daniel's was my friend.", []],
    ["Bill W. and Dr. Bob started something.", []],
    ["Stephen Fry talked about drinking and it helped.", []],
    ["My grandmother's Bible had John 3:16 underlined.", []],
    ["Dr Pepper is my drink now.", []],
  ],
};

describe("identifying details: families", () => {
  for (const [family, rows] of Object.entries(families)) {
    describe(family, () => {
      it.each(rows)("%s", (body, expected) => {
        expect(identifying(body)).toEqual(expected);
      });
    });
  }
});

describe("identifying details: rewordings", () => {
  it("names the town's region, the business's trade, the record's kind", () => {
    expect(suggestions("I grew up in Chillicothe.")).toEqual(["a town in Ohio"]);
    expect(suggestions("I drank my way through Barnsley.")).toEqual(["a town in England"]);
    expect(suggestions("I was living rough near Kilmarnock.")).toEqual(["a town in Scotland"]);
    expect(suggestions("Moved to Ballarat for a fresh start.")).toEqual(["a town in Victoria"]);
    expect(suggestions("I got sober in Springfield.")).toEqual(["a town in my state"]);
    expect(suggestions("We lived in a tiny place called Smallbrook.")).toEqual(["a town"]);
    expect(suggestions("I worked for Hanley & Sons Plumbing.")).toEqual(["a plumbing company"]);
    expect(suggestions("text me on 07700 900123")).toEqual(["my number"]);
    expect(suggestions("Case No. CR-2020-1187 is still on my record.")).toEqual(["A court case"]);
    expect(suggestions("write to dana at gmail dot com")).toEqual(["my e-mail"]);
  });
});

// The development sentences (safety/corpus/identifying-dev, see its README): every kind
// found, and next to nothing on ordinary sentences. They guard against regressions; the
// project's evaluation set, written separately, is what measures the check.
describe("identifying details: development sentences", () => {
  const dir = fileURLToPath(new URL("../../../safety/corpus/identifying-dev/", import.meta.url));
  type Labelled = { text: string; spans: Array<{ kind: FindingKind; text: string }> };
  const rows: Labelled[] = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(dir + f, "utf8").split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as Labelled);

  it("has several hundred sentences, many of them ordinary", () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(rows.filter((r) => r.spans.length === 0).length).toBeGreaterThanOrEqual(250);
  });

  it("finds at least 95% of the details, by kind, and alarms on at most 2% of ordinary sentences", () => {
    let spans = 0;
    let found = 0;
    let ordinary = 0;
    let alarms = 0;
    for (const row of rows) {
      const findings = checkStory({ body: row.text }).findings.filter((f) => !isCareKind(f.kind));
      if (row.spans.length === 0) {
        ordinary++;
        if (findings.length > 0) alarms++;
        continue;
      }
      for (const span of row.spans) {
        const start = row.text.indexOf(span.text);
        const end = start + span.text.length;
        spans++;
        if (findings.some((f) => f.kind === span.kind && f.start < end && f.end > start)) found++;
      }
    }
    expect(found / spans).toBeGreaterThanOrEqual(0.95);
    expect(alarms / ordinary).toBeLessThanOrEqual(0.02);
  });
});

describe("identifying details: speed", () => {
  // Inputs built to make a careless pattern backtrack: each must stay linear.
  const adversarial: Record<string, string> = {
    "one long word": "a".repeat(100_000),
    "capitalised words": "Aaaa ".repeat(20_000),
    "names and surnames": "Sarah Smith ".repeat(8_000),
    "possessive names": "Big Jim's ".repeat(10_000),
    "digits and spaces": "1 ".repeat(50_000),
    "phone numbers": "07700 900123 ".repeat(7_000),
    "spelled digits": "one two ".repeat(12_000),
    "prepositions and towns": "in Dayton ".repeat(10_000),
    "'at' words": "x at ".repeat(20_000),
  };
  // Speed is measured by npm run bench:safety; here, each finishes (the test's timeout catches a
  // hang) and every finding lies inside the text.
  it.each(Object.entries(adversarial))("%s, 100 KB, finishes with findings inside the text", (_, text) => {
    const found = findIdentifying(text, false);
    expect(found.every((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)).toBe(true);
  });
});
