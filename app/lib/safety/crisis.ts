// Crisis language: current suicidal intent, a plan or preparation, a goodbye, an overdose
// happening now.

import type { Candidate } from "./types";
import { ADVERBS, APOS, I_AM, eachMatch } from "./text";

// ---------------------------------------------------------------------------------------
// Crisis language
// ---------------------------------------------------------------------------------------

/** End of a clause: punctuation or the end of the text. */
const CLAUSE_END = "(?=\\s*(?:[.!?,;:…]|$))";
/**
 * "die to my old self", "die of embarrassment" and "I want to die sober, an old woman" are
 * figures of speech or hopes, not intent.
 */
const WAYS_TO_DIE =
  "(?:die(?!\\s+(?:to|for|of|laughing|sober|clean|a|an|old|happy|free|someday|one day)\\b)|kill myself|end (?:it all|my life)|be dead|not (?:be alive|exist|wake up)|stop living|disappear forever)";

/**
 * First person, present or future: current suicidal intent or an overdose happening now.
 * Past tense never matches ("I wanted to die", "I overdosed", "when I was suicidal"),
 * because every pattern needs a present-tense verb form next to "I".
 */
const CRISIS_PATTERNS: readonly RegExp[] = [
  // "I want to die", "I just wanna die", "I need to end it all"
  new RegExp(`\\bi\\s+${ADVERBS}(?:want|wanna|need)\\s+(?:to\\s+)?${WAYS_TO_DIE}\\b`, "gi"),
  // "I want it all to end"
  new RegExp(`\\bi\\s+${ADVERBS}want\\s+(?:it all|everything)\\s+to\\s+(?:end|be over)\\b`, "gi"),
  // "I'm going to kill myself", "I'll end it tonight" (but not "end it with him")
  new RegExp(
    `\\b(?:${I_AM}\\s+${ADVERBS}(?:going to|gonna|about to|ready to|planning to|planning on)|i\\s+${ADVERBS}will|i${APOS}ll)\\s+${ADVERBS}(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|end(?:ing)? it(?:${CLAUSE_END}|(?=\\s+(?:tonight|today|now|soon|this time|for good)\\b))|take my (?:own )?life|take all (?:of )?my pills)`,
    "gi",
  ),
  new RegExp(`\\b${I_AM}\\s+${ADVERBS}ready\\s+to\\s+die\\b`, "gi"),
  // "I don't want to be alive anymore" (but not "I don't want to live like this")
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:do not|don${APOS}?t|dont)\\s+${ADVERBS}want\\s+to\\s+(?:be alive|live|be here|exist|wake up)(?:\\s+(?:anymore|any more|any longer|tomorrow))?${CLAUSE_END}`,
    "gi",
  ),
  // "I can't go on" (but not "I can't go on a date")
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:can${APOS}?t|cannot|can not)\\s+go\\s+on(?:\\s+(?:anymore|any more|any longer|living))?${CLAUSE_END}`,
    "gi",
  ),
  // "Nobody would miss me if I were gone"
  new RegExp(
    `\\b(?:nobody|no one|no-one)\\s+(?:would|will)\\s+(?:even\\s+)?(?:miss me|notice|care)(?:\\s+(?:about me|at all))?\\s+if\\s+i\\s+(?:(?:were|was)\\s+(?:gone|dead)|died|disappeared|killed myself|(?:were|was)n${APOS}?t\\s+(?:here|around))`,
    "gi",
  ),
  // "Everyone would be better off without me"
  new RegExp(
    `\\b(?:everyone|everybody|my (?:family|kids|children|wife|husband|parents)|they|the world)(?:\\s+(?:would|will)|${APOS}d)\\s+be\\s+better\\s+off\\s+(?:without me|if i (?:were|was) (?:gone|dead))`,
    "gi",
  ),
  // "I'd be better off dead", "I wish I were dead", "I hope I don't wake up"
  new RegExp(`\\bi(?:${APOS}d|\\s+would)\\s+be\\s+better\\s+off\\s+dead\\b`, "gi"),
  new RegExp(
    `\\bi\\s+${ADVERBS}wish\\s+i\\s+(?:(?:were|was)\\s+dead|(?:could\\s+)?(?:just\\s+)?die|(?:would not|wouldn${APOS}?t|didn${APOS}?t|did not)\\s+wake\\s+up)\\b`,
    "gi",
  ),
  new RegExp(`\\bi\\s+${ADVERBS}hope\\s+i\\s+(?:don${APOS}?t|do not|never)\\s+wake\\s+up\\b`, "gi"),
  // "I'm suicidal", "I'm feeling suicidal", "I've been feeling suicidal"
  new RegExp(
    `\\b(?:${I_AM}(?:\\s+${ADVERBS}feeling)?|i\\s+${ADVERBS}feel|i(?:${APOS}ve|\\s+have)\\s+been\\s+${ADVERBS}feeling)\\s+${ADVERBS}suicidal\\b`,
    "gi",
  ),
  // "I'm thinking about killing myself", "I keep thinking about suicide"
  new RegExp(
    `\\b(?:${I_AM}\\s+${ADVERBS}thinking|i\\s+${ADVERBS}(?:keep|can${APOS}?t stop|cannot stop)\\s+thinking|i\\s+${ADVERBS}think)\\s+(?:about|of)\\s+(?:killing myself|suicide|ending (?:it all|my life|it))\\b`,
    "gi",
  ),
  // An overdose happening now: "I think I'm overdosing", "I just took all my pills"
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:think|feel like)\\s+${I_AM}\\s+(?:overdosing|od${APOS}?ing|having an overdose|dying)\\b`,
    "gi",
  ),
  // …but "I'm overdosing on gratitude" is a joke.
  new RegExp(
    `\\b${I_AM}\\s+${ADVERBS}(?:overdosing|od${APOS}?ing|having an overdose)\\b(?!\\s+on\\s+(?:gratitude|love|joy|hope|happiness|kindness|coffee|caffeine|sugar|chocolate|life|sobriety|meetings|tv|netflix)\\b)`,
    "gi",
  ),
  new RegExp(
    `\\bi(?:${APOS}ve|\\s+have)?\\s+just\\s+(?:took|taken|swallowed|done|shot up|snorted)\\s+(?:all|every one|everything|a whole bottle|an entire bottle|the whole bottle|way too (?:much|many))(?:\\s+of)?(?:\\s+(?:my|the)\\s+(?:pills|meds|medication|prescription|bottle))?`,
    "gi",
  ),
  // "I took too many and I can't breathe": past verb, but the danger is present.
  new RegExp(
    `\\bi\\s+(?:just\\s+)?took\\s+(?:way\\s+)?too\\s+(?:many|much)(?:\\s+[\\w'’]+){0,3}\\s+and\\s+(?:now\\s+)?i\\s+(?:can${APOS}?t|cannot)\\s+(?:breathe|stay awake|wake up|feel my \\w+)`,
    "gi",
  ),
  new RegExp(
    `\\bi\\s+took\\s+all\\s+(?:of\\s+)?my\\s+(?:pills|meds|medication)\\s+(?:tonight|just now|right now|an hour ago|a few minutes ago)`,
    "gi",
  ),
];

/**
 * Past or reported framing earlier in the same clause turns a present-tense phrase into a
 * memory: "I used to say I want to die", "I told myself I can't go on", "if you think…".
 */
const PAST_FRAME_BEFORE = new RegExp(
  `\\b(?:used to|back then|at the time|in those days|years ago|when i was|i remember|remember(?:ed)? (?:thinking|saying|feeling|writing)|i (?:thought|believed|wrote|said|told (?:myself|him|her|them|people|everyone|my \\w+)|kept (?:thinking|saying|telling myself)|would (?:think|say|tell myself|write|scream|cry))|i${APOS}d (?:think|say|tell myself|write)|(?:he|she|they) (?:said|told me|wrote|texted|screamed)|if you)\\b`,
  "i",
);
/** "When I'm suicidal, I call my sponsor" describes a habit and a plan, not a crisis now. */
const HABIT_FRAME_BEFORE = /\b(?:when|whenever|if|even if)\s*$/i;
const PAST_FRAME_AFTER = new RegExp(
  `\\b(?:back then|at the time|in those days|years ago|i (?:thought|wrote|said|told myself|used to)|i would (?:think|say|tell myself)|i${APOS}d (?:think|say|tell myself))\\b`,
  "i",
);
/** A clause that turns back to now ("…, but tonight I want to die") resets the framing. */
const CLAUSE_TURN = /\b(?:but|yet|now|today|tonight|these days|lately|right now)\b|[;:]/gi;

/** How far around a crisis phrase to look for its sentence (keeps long drafts fast). */
const SENTENCE_WINDOW = 300;

function isPastOrReported(text: string, start: number, end: number): boolean {
  const windowStart = Math.max(0, start - SENTENCE_WINDOW);
  const lead = text.slice(windowStart, start);
  const sentenceStart = Math.max(...[".", "!", "?", "\n"].map((p) => lead.lastIndexOf(p))) + 1;
  let before = lead.slice(sentenceStart);
  let lastTurn = -1;
  eachMatch(CLAUSE_TURN, before, (m) => {
    lastTurn = m.index + m[0].length;
  });
  if (lastTurn >= 0) before = before.slice(lastTurn);
  if (PAST_FRAME_BEFORE.test(before) || HABIT_FRAME_BEFORE.test(before)) return true;

  const tail = text.slice(end, end + SENTENCE_WINDOW);
  const sentenceEnd = tail.search(/[.!?\n]/);
  const after = sentenceEnd < 0 ? tail : tail.slice(0, sentenceEnd);
  return PAST_FRAME_AFTER.test(after);
}

export function findCare(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of CRISIS_PATTERNS) {
    eachMatch(re, text, (m) => {
      const end = m.index + m[0].length;
      if (isPastOrReported(text, m.index, end)) return;
      out.push({ kind: "crisis", start: m.index, end, suggestion: "" });
    });
  }
  return out;
}

