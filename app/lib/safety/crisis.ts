// Care checks: `crisis` — current danger (intent, a plan or preparation, a goodbye, an
// overdose or self-harm happening now) — and `concern` — likely distress, not clearly
// current. Three layers, tuned for recall, because a missed crisis can cost a life and a
// false alarm costs a kindly worded box:
//
// 1. Phrase rules on the original text ("I want to die"): the finding is the phrase.
// 2. Sentence rules on normalised text (normalize.ts: case, contractions, chat spellings),
//    one per family, with the genre's ordinary language held back: history ("back in
//    2019"), other people's words, lyrics and titles, hyperbole ("lol", "rather die than"),
//    negation ("I'm not suicidal").
// 3. The classifier (classifier.ts), trained on the project's labelled sentences, for the
//    many ways people say it that no rule lists.
// A sentence raised by layers 2 or 3 is the finding, so the moderator sees which one it was.

import { type CareScores, careModel, scoreSentence } from "./classifier";
import { normalizeForCare, sentenceUnits } from "./normalize";
import type { Candidate, CareKind } from "./types";
import { ADVERBS, APOS, I_AM, eachMatch } from "./text";

// ---------------------------------------------------------------------------------------
// Layer 1: phrase rules on the original text
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


function findPhrases(text: string): Candidate[] {
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

// ---------------------------------------------------------------------------------------
// Layer 2: sentence rules on normalised text
// ---------------------------------------------------------------------------------------

/** A regex over normalised words: spaces stand for one space, \b keeps whole words. */
function words(source: string): RegExp {
  return new RegExp(`(?:^| )(?:${source})(?= |$)`);
}

const PEOPLE =
  "he|she|they|him|her|them|my (?:\\w+ )?(?:friend|mate|buddy|boyfriend|girlfriend|husband|wife|partner|brother|sister|son|daughter|roommate|cousin|dad|mom|uncle|man|girl|guy)|the (?:guy|girl|man|woman|lad)|someone|somebody";
const DIE =
  "die|kill myself|end (?:it(?! (?:with|off|between))|it all|my life|everything|things|myself|this|my pain forever)|take my (?:own )?life|not (?:be alive|exist|wake up|be here|be around)|off myself|end myself|be dead|stop living|stop breathing|disappear forever|leave this world|leave this earth|go to sleep forever|sleep forever|join (?:him|her|them|my \\w+) (?:up there|in heaven)|hang myself|shoot myself|jump|jump off (?:\\w+ ){0,3}|overdose (?:on purpose|tonight)";
const SOON =
  "tonight|today|tomorrow|now|right now|soon|this time|for good|once and for all|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when everyone is asleep|after (?:this|that|tonight)";
const MEANS_STRONG = "rope|noose|gun|pistol|handgun|rifle|shotgun|bullets?|razor blades?|razors?|blades?|charcoal|hose|tank of gas";
const PILLS =
  "pills|tablets|meds|medication|medicine|sleeping pills|bars|xans|xanax|oxys?|percs|perc 30s|blues|benzos|insulin|painkillers|paracetamol|tylenol|lithium|seroquel|fent|fentanyl|dope|heroin|morphine|methadone|subs|klonopin|valium|ambien";
const NUM = "\\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred";

interface Rule {
  tier: CareKind;
  re: RegExp;
}

const RULES: readonly Rule[] = [
  // Intent or a wish to die, however it is said.
  { tier: "crisis", re: words(`(?:want|wanna|need|going|ready|about|planning|plan|decided|try|trying|meant|supposed|wish) to (?:${DIE})`) },
  { tier: "crisis", re: words(`i (?:will|shall|am|would rather|should|could|might|must|gonna) (?:just |finally |really )?(?:${DIE}|finish (?:everything|myself|it all|the job|it tonight|my life)|not be (?:here|around|alive)(?: tomorrow| much longer| anymore| by| for)?|be gone(?: by| before| soon| tomorrow)|go to sleep and not wake up)`) },
  { tier: "crisis", re: words("(?:kill|killing|hang|hanging|shoot|shooting|drown|drowning|off|offing|ending|end) myself") },
  { tier: "crisis", re: words("(?:am|feel|feeling|getting|been|so|really|very|super|actively|kind of|kinda|pretty) suicidal|suicidal (?:again|tonight|today|right now|thoughts are|rn)|commit suicide|suicide (?:note|letter|plan)|(?:planning|thinking about|thinking of|considering|contemplating) (?:suicide|ending it|ending my life|killing myself|taking my life|dying)") },
  { tier: "crisis", re: words("(?:do not|no longer|not|never) (?:want|wish|wanna|like) to (?:live|be alive|exist|wake up|be here|go on|be on this earth|see tomorrow)(?! like)") },
  { tier: "crisis", re: words("am not wish|not wish to (?:live|be alive)|(?:what|wat) for (?:i am|am i|to|i) (?:living|live|alive)|no (?:reason|point|use) (?:to|in|of) (?:live|living|be alive|being alive|going on|go on|waking up|wake up|stay alive|staying alive|being here|existing)|(?:tired|sick|done) of (?:living|being alive|life itself|existing|breathing)") },
  { tier: "crisis", re: words("(?:wish|hope|pray|praying|hoping) (?:that )?(?:i|to) (?:was|were|could be|would be|be) (?:dead|gone|never born)|(?:wish|hope|pray|praying|hoping) (?:that )?i (?:do not|never|would not|will not|did not|dont) wake(?: up)?|(?:sleep|close my eyes|go to sleep|fall asleep|pass out) (?:and )?(?:never|not) (?:wake|waking|come back)|(?:hope|hoping|wish|pray) (?:it|this|the \\w+|this \\w+|something|god) (?:kills|would kill|will kill|takes) me|(?:want|wish) (?:god|someone|something) (?:would |to )?(?:take me|kill me|end it)") },
  { tier: "crisis", re: words("(?:better off|be better) (?:dead|without me|if i (?:was|were|am) (?:gone|dead|not here|not around))|(?:nobody|no one|noone) (?:would|will|is going to) (?:even )?(?:miss|notice|care)(?: me)?(?: if| when)|want (?:it all|everything|my life|this life|all of this|it) to (?:end|be over|stop)(?: for good| forever| tonight| now)?|(?:ready|time) (?:for me )?to (?:go|die|leave|check out|say goodbye)(?: now| tonight| for good| forever)?$") },
  { tier: "crisis", re: words("(?:finish|end) what i (?:started|began)|(?:finish|end) (?:it|things|everything|my life|this|the job|this life) (?:" + SOON + ")|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|my birthday|new years|christmas) (?:is|will be) the (?:night|day|end)") },
  // A plan, the means, preparation, timing.
  { tier: "crisis", re: words(`(?:bought|buying|got|getting|ordered|have|found|picked up|loaded|loading|cleaned|hid|hiding|keep|tied|tying) (?:a |the |my |some |his |her |dads |my dads |enough |an )?(?:new )?(?:${MEANS_STRONG})(?! (?:burn|at work|collection|safe|range|control|club|license|show))`) },
  { tier: "crisis", re: words(`(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed|counting|counted|lined up|lining up|lining|saving up|sorting) (?:up )?(?:all )?(?:of )?(?:my |the |these |those |enough |every |some |up )*(?:${NUM} )?(?:of (?:my |the )?)?(?:${PILLS})`) },
  { tier: "crisis", re: words(`(?:enough|all|every one|every last one|the whole (?:bottle|box|pack|stash)|the rest) (?:of )?(?:my |the |these |those )?(?:${PILLS})? ?(?:to (?:die|end|do it|not wake|kill|finish|sleep forever|make it stop|never wake)|for (?:it|tonight|the night|friday|saturday|later|when))`) },
  { tier: "crisis", re: words(`(?:the )?(?:${MEANS_STRONG}|bridge|tracks|train|ledge|roof|cliff|pills|car|garage) (?:is|are) (?:ready|waiting|loaded|set up|tied|up|in my (?:hand|lap|pocket|bag|car)|next to me|beside me|right here|on the (?:table|bed|sink|counter))`) },
  { tier: "crisis", re: words("(?:picked|chose|chosen|set|found|decided on|worked out|have) (?:a |the |my )?(?:date|day|spot|place|bridge|building|time|method|way|plan to do it)(?: to do it| for it| to go| to die)?$|i (?:know|have decided|decided|have worked out|worked out|figured out) (?:how|when|where) (?:i will|i am going to|to do it|i am doing it|to end)|i have a plan(?: to| for (?:tonight|how)|$)|(?:researching|looked up|googled|googling|searching|reading about) (?:how|ways|painless|lethal|how many|methods)|(?:lethal|fatal) (?:dose|amount)|how many (?:\\w+ ){0,2}(?:it takes|would it take|does it take|to (?:die|kill|not wake|overdose|stop))") },
  // Goodbyes and putting things in order.
  { tier: "crisis", re: words("(?:wrote|written|writing|left|leaving|finished|typed|typing) (?:a |the |my )?(?:note|notes|goodbye|goodbyes|last letter|last letters|letters? (?:to|for) (?:everyone|each|my (?:\\w+ )?(?:kids|family|mom|dad|children)) (?:explaining|saying goodbye|for after|to read after|for when))|(?:the|my) note (?:is|on|where|for)|(?:leave|left|put|putting) (?:the |a |my )?(?:note|letters?) (?:where|on|for)|(?:where|so) (?:they|she|he|someone|my \\w+) (?:will|would|can) find (?:it|me|them)") },
  { tier: "crisis", re: words("this is (?:my|the) (?:last|final) (?:post|message|time|goodbye|entry|text|words|night|day)(?! (?:for a while|for now|of the year|until|before|on here for|for the|for this|in this|i will write about))|(?:my|these are my) (?:last|final) (?:words|goodbye|message|post|entry|letter)|(?:goodbye|bye|farewell) (?:everyone|all|world|guys|you all|friends|forever|cruel world|for good|for real)|(?:thank you|thanks) (?:all |everyone )?for everything(?: i mean it| really| and goodbye| goodbye)|(?:i am|i was) sorry for everything(?: i am| goodbye| please forgive)|(?:please )?forgive me for what i (?:am about to|will|am going to)|(?:i love you|love you) all(?: goodbye| bye| forever| so much goodbye)") },
  { tier: "crisis", re: words("^(?:please )?tell (?:my|the) (?:\\w+ ){0,2}(?:i|that i) (?:love|loved|am sorry|was sorry|tried|did my best|never stopped)|(?:when|after|once|by the time) (?:i am (?:gone|dead|not here)|i go|you (?:read|find|see) this|anyone (?:reads|finds) this|they find (?:me|this))|if i (?:am not here|do not (?:make it|wake up|post|reply)|am gone|die)(?: tomorrow| tonight| by)|(?:will not|not going to|wont) be (?:here|around|alive) (?:for|to see|much longer|tomorrow|by|next|anymore|when|after)") },
  { tier: "crisis", re: words("(?:giving|given|give|gave) (?:away )?(?:all |most of )?(?:my|away my|away all my) (?:stuff|things|belongings|dog|cat|clothes|guitar|records|everything|possessions|jewellery|jewelry|car)(?! (?:from using|i used|to goodwill|from back then))|(?:will not|wont|do not|dont|not going to) need (?:it|them|this|these|my \\w+|any of (?:it|this)) (?:anymore|any more|where i am going|after (?:tonight|today|this week)|much longer)|(?:take|taking|look after|looking after) (?:care of )?(?:my|the) (?:dog|cat|kids|children|babies|plants|son|daughter) (?:for me )?(?:when i am gone|after i am gone|after i go|when i go|for me after)|(?:sorted|sorting|put in order|putting in order|got in order|getting in order) (?:out )?(?:all )?(?:my )?(?:affairs|will|papers|insurance|life insurance|finances|passwords)|(?:updated|wrote|made|changed) (?:my )?(?:will|life insurance|beneficiary)") },
  // Passive wishes and intent said without the usual words.
  { tier: "crisis", re: words("i want out(?: of (?:this life|my life|here|everything|this world|this body))?$|(?:want|wanna|need|going|like) to (?:stop existing|not be anymore|not be any more|not exist anymore|go to sleep for good|sleep for good|check out(?: early)?|self delete|take myself out|go through with it)|(?:would|i would|am|i am) (?:honestly |really |kind of |actually )?(?:be )?(?:grateful|relieved|glad|fine|okay|ok|happy) (?:if|with) (?:i (?:died|did not wake|never woke|was dead|was gone)|dying|a (?:truck|car|bus|train) (?:hit|hits|ran)|it (?:all )?ended|not waking|never waking)|(?:would|i would) like to die|(?:give|pay) anything to (?:not wake|die|not exist|be dead|not be here|never wake)|wish i (?:had )?never (?:been born|woke up|existed)|wish i (?:was|were) not (?:alive|here|born|around)|(?:hope|hopes|hoping|hoped|wish|pray|praying|wanting|want) (?:that )?(?:someone|somebody|a car|a truck|a bus|something|the plane|the cancer|the scan|my heart|it|this batch|this bag|the next (?:dose|one|hit|shot|bag)|the dope|the drugs|god) (?:would |will |just |is |comes |goes )?(?:swerve|hit|kill|crash|take|takes|come back bad|comes back bad|stop|stops|goes down|go down|finish|finishes|be the one|is the one|does not let me)|the one that (?:does not let me come back|takes me|kills me|finishes me|ends it)|(?:finish|take|takes|finishes) me (?:off|out)|press a button and (?:just )?(?:not be here|disappear|die|stop existing|be gone)|(?:lights|light) to go out and stay out|the forever (?:one|nap|sleep)|(?:last|final|long) (?:nod|nap|sleep)(?! (?:i had|was|in))|permanent solution|out of (?:everyone|your|their|your all) (?:hair|way) (?:soon|real soon|for good|forever|after)|(?:sewer ?slide|self delete|ctb|catch the bus|end it all|unalive)") },
  { tier: "crisis", re: words(`(?:will not|wont|not going to) (?:be (?:a problem|a burden|in your way|in anyone s way|around|there|here)|have to (?:do this|feel this|wake up|deal with)) (?:\\w+ ){0,3}(?:after|by|anymore|any more|much longer|soon|${SOON})|(?:then|after that) i (?:will not|wont) have to (?:anymore|any more|do this|feel)|that is it for me|(?:not|never) doing another (?:round|day|year|week|month) of (?:this|life|it)|i have made sure of it|(?:do|get) it right this time|not leaving it to (?:accident|chance)|finish the job|this time (?:i will|i am going to|i am gonna) (?:do it|make sure|get it right|succeed|finish)|(?:not|no) (?:interrupted|stopping me|stop me) this time|(?:made|have made|have) up my mind(?: to (?:die|do it|go|end|take|kill))?$|gave myself (?:until|till|til|to)|(?:once|when|after) (?:my|the) \\w+ (?:passes|dies|is gone|goes|leaves) (?:i am|im|i will be) (?:going|gone|going too|next)|(?:i am|im) going too`) },
  { tier: "crisis", re: words("(?:this is|it is|will be|this will be|it will be) (?:my|the) (?:last|final) (?:christmas|birthday|summer|time|day|week|night|post|year)|(?:last|final) (?:thing|things) (?:on (?:my|the) list|to do|i need to do)|^last things|(?:signing off|sign off)(?: for good| forever| now| for the last time)?$|(?:it was|been) a good run|(?:finally )?getting (?:some|my) (?:rest|peace) (?:now|at last|finally)?$|do not (?:be sad|cry|blame yourself|grieve) (?:for (?:me|long)|when|after|too long)|(?:none of this|this) (?:was|is) (?:not )?(?:your|anyone s) fault|(?:know|remember) (?:that )?after|before i go(?: because| for good| forever)|(?:for )?the last time(?! i (?:drank|used|saw|had))|(?:said|say|saying) (?:goodbye|bye) (?:like it was forever|for the last time|properly|for good|forever)|this is (?:goodbye|me saying goodbye)|(?:love you all|i love you all)$|(?:letters?|notes?) (?:to|for) (?:everyone|each of (?:you|them)|all of (?:you|them))|writing letters to everyone|tying up(?: (?:loose ends|everything))?$|loose ends|affairs in order|found (?:new )?homes for (?:my|both|the|all) (?:cats|dogs|pets|cat|dog)|(?:hers|his|theirs|yours) now for keeps|signed (?:my|the) \\w+ over to|(?:handing|giving) out (?:my|all my) (?:stuff|things|belongings)|so (?:nobody|no one) (?:has|will have|is) (?:to|stuck)|one more time before") },
  { tier: "crisis", re: words("(?:engine|car) (?:is )?running (?:in|inside) (?:the |a )?(?:closed |shut )?garage|(?:did|took|used|done|taking|doing|using) (?:it|them|everything|the lot|all of it) all at once|(?:took|taking|take|swallowed|swallowing|drank|downed|necked|did|done|ate|popped) (?:the|a|my) whole (?:packet|box|bottle|strip|sheet|blister|pack|script|prescription)(?! of (?:shampoo|water|wine|beer|vodka|juice|soda))|(?:use|take|do|using|taking) everything (?:i have|i got|left|at once)|(?:pills|tablets|stash|meds) (?:are |is )?(?:saved|counted|lined up|counted out|ready|in a sock|hidden)|counted out|stack of (?:pills|tablets)|(?:picked|chose|found|picked out) the (?:bridge|spot|place|day|tree|building|date)|(?:driving|going|heading|walking) (?:up |down |out )?to the (?:quarry|bridge|cliff|lake|river|tracks|sea|woods|roof) and (?:i am )?(?:not|never) (?:driving|coming|going|walking) (?:back|home)|(?:walk|walking) into the (?:sea|ocean|river|lake|water)|(?:holding|hold|held) (?:it|the gun|his gun|the pistol|the rope|the knife) (?:every night|again|right now|in my lap)|(?:script|prescription|pills) at once and (?:i am )?not (?:planning|going) to take") },
  { tier: "crisis", re: words("(?:hurt|cut|burned|burnt) myself (?:pretty |really |so )?(?:bad|badly|deep|deeply)|(?:banging|hitting|punching|smashing) my head|(?:scratching|picking|cutting) (?:till|until|til) (?:it bleeds|i bleed|it bled)|can not (?:make myself )?stop (?:hurting|cutting|scratching|banging|hitting|burning)|(?:still|is still) not (?:really )?breathing|(?:gave|given) (?:him|her|them) (?:one|a|two|another) dose") },
  { tier: "crisis", re: words("(?:planning|plan|planned) (?:on|to) (?:dying|die|ending|end it|going|leave|leaving for good)|finish it all|end things (?:there|tonight|after|soon|then|for good|today|tomorrow)|is the day i (?:use|do it|end|go|die|leave|finish)|(?:today|tonight) is the day(?: i| to)|not going to (?:see|be here for|be around for|make it to) (?:the end|his|her|their|next|christmas|my|another|the \\w+ (?:of|for))|i have made my (?:choice|decision|peace)(?! with (?:my|the|it being|being|sobriety|recovery|the past))|(?:take|takes|taking) me in my sleep|(?:god|lord|jesus),? (?:just |please )?(?:take|takes) me|(?:would not|not|wouldnt) (?:even )?(?:be upset|mind|be sorry|care|be sad) if (?:i|a|something|it|the)|(?:welcome|be relieved|be glad) if (?:something|i|it)|fade (?:out|away) (?:for good|forever|no pain|just gone)|just gone$|free to go|(?:now )?i can finally go|i am (?:going|leaving) (?:now|for good|and not coming back|tonight)|(?:and|i am) not coming back(?: to| from| ever)?|not planning to (?:drive|come|walk|go) back|go and not come back|six feet (?:deep|under)|rage quit(?:ting)? life|hang it up for real|game over for me|about to listen|(?:handing|giving) it back$|wasting everyone s time for good|no me left") },
  { tier: "crisis", re: words("(?:saving|saved|keeping|kept|hiding|hid|stashing|stashed|hoarding) (?:up )?(?:my|the|every one of the|all the|all my|all of my|every) (?:script|scripts|prescription|prescriptions|pills|meds|tablets|suboxone|methadone|take homes)|take the lot|(?:took|taken|swallowed|swallow|taking|take|downed) (?:all )?(?:of )?(?:the|a|my) (?:whole )?(?:sheet|packet|box|strip|bottle) of|(?:all|every one of) the pills of|(?:key|keys|code|combination) to the (?:gun )?safe|knife (?:under|in) my (?:pillow|bed)|(?:way )?too strong for me|not (?:planning|going) to take (?:it|them) the (?:way|normal way)|the normal way|not for a party|(?:sent|gave|left|emailed) (?:my |all my )?passwords|life insurance (?:was|is) (?:paid|sorted|up to date)|everything is in order|so (?:my|she|he|they) (?:wife|husband|mum|mom|kids|family)? ?(?:will not|wont|do not|does not) have to (?:figure|sort|deal|worry)|(?:understand|know) why (?:later|after|one day)|boxed (?:them|it|everything) up with names|(?:playlist|songs|music|hymns) for my funeral|before the end$|clean before the end|it is (?:all )?on the note|(?:found|picked) the perfect (?:place|spot) to do it") },
  { tier: "crisis", re: words("before i go(?! to| out| back| home| into| in| for a| and| shopping| on| off| up| down| there| away on)|(?:last|final) post(?! (?:for|of|until|before|on this topic|about))|this (?:is not|isnt) on you|you did everything right|(?:could not|couldnt|can not|cant) hold on (?:any ?more|any longer)?$|i am going now|if i do not post again|(?:went|go|going) peacefully|(?:will|would) be free (?:from|of) me|is better (?:if )?i am dead|(?:done it|do it) right the first time|complete what i (?:tried|started)|(?:did not|didnt) finish (?:it|the job) (?:last time|the first time)|(?:i am|im) the unfinished business|(?:walk|walked|walking) into the (?:loch|lake|river|sea|ocean|water|waves)(?: and keep going)?|(?:not|never) (?:making|make) that mistake again|(?:not|never) letting there be a (?:next|third|second) time") },
  { tier: "crisis", re: words(`(?:can not|cant|could not) find (?:the |my |his |her )?(?:naloxone|narcan)|(?:on the (?:ground|floor)) (?:fitting|seizing|not moving|blue|shaking|convulsing)|slumped (?:over|down)|eyes (?:are |have )?rolled back|(?:has not|hasnt|have not|not) moved (?:in|for) (?:\\w+ )?(?:minutes|mins|ages|an hour|a while)|(?:breathing|breaths) (?:is |are )?(?:really |very |so |super )?(?:slow|shallow|weird|funny|strange|wrong|rattly)|(?:${PEOPLE}) (?:just )?(?:stopped|collapsed|dropped|went down|passed out|fell)(?: and| in| on|$)`) },
  { tier: "crisis", re: words("(?:burned|burnt|burning|cut|cutting|hurt|hurting|scratched|scratching|hit|hitting) myself (?:again|tonight|just now|right now|three times|twice|with)|(?:about to|going to|gonna|want to) hurt myself|relapsed on (?:cutting|self harm|harming)|(?:scratched|cut|picked) (?:until|till|til) (?:i|it) (?:bled|bleed|bleeds)|starving myself|(?:cigarette|lighter|lit \\w+) to my (?:wrist|arm|skin|leg)|glass in my hand|use (?:one|it|them) on myself") },
  // An overdose, or self-harm, happening now.
  { tier: "crisis", re: words(`(?:lips|fingers|fingernails|nails|face|skin|toes|mouth) (?:are |is )?(?:turning|going|gone|went|look|looks|looking|getting|is|are|kinda|so|all) (?:\\w+ )?(?:blue|purple|grey|gray|pale blue)|(?:${PEOPLE}) (?:is|are|went|gone|going|looks|look|turned|turning) (?:\\w+ )?(?:blue|purple|grey|gray|cold|unresponsive|limp)`) },
  { tier: "crisis", re: words(`(?:can not|cannot|cant) (?:breathe|breath|catch my breath|feel my (?:legs|arms|face|body|hands|chest|heart|feet|lips)|stay awake|keep my eyes open|keep my head up|stop shaking|see straight|move my)|(?:can not|cant|could not) (?:wake|get) (?:${PEOPLE}) (?:up|to wake|to respond|to breathe)|(?:${PEOPLE}) (?:is|are|keeps) (?:not|no longer|barely|hardly) (?:breathing|responding|waking|moving|answering|conscious|opening)|(?:${PEOPLE}) (?:will not|wont|is not|won't) (?:wake|respond|breathe|answer|open)`) },
  { tier: "crisis", re: words(`(?:gurgling|snoring|choking|rattling|wheezing) (?:sound|noise|on (?:his|her|their|my) (?:vomit|own|puke|spit))|(?:${PEOPLE}) (?:is|are) (?:snoring|gurgling|foaming|seizing|convulsing|shaking|fitting) |(?:seizing|having a seizure|having a fit|convulsing|foaming at the mouth)|(?:think|worried|scared|afraid) (?:i am|i might be|i am gonna|he is|she is|they are|my \\w+ is|i may be) (?:overdosing|overdose|dying|going to die|having an overdose|gonna die|not going to make it)|(?:am|is|are) (?:overdosing|oding)(?! on (?:coffee|love|joy|gratitude|caffeine|sugar|netflix|tv|life))`) },
  { tier: "crisis", re: words(`(?:took|taken|did|snorted|shot|swallowed|smoked|popped|ate|dropped|railed|drank|had|done|necked|downed) (?:\\w+ ){0,6}(?:${NUM}|an|half an?) (?:minutes?|mins?|hours?|hrs?) ago|(?:just|already) (?:took|taken|swallowed|popped|downed|necked|did|snorted|shot) (?:\\w+ ){0,3}(?:all|everything|the whole|the rest|every|a whole|an entire|a handful|${NUM} of|way too many|too many|double|triple)|(?:took|did|taken|done|had) (?:way )?(?:too much|too many|way more than|more than i (?:should|meant|usually)|a lot more than|double|triple)(?: (?:of )?(?:it|the \\w+|my \\w+|that|them))?(?: and| now| i think| tonight| just now|$)`) },
  { tier: "crisis", re: words(`(?:should i|do i|need to|someone|please|i need to|gotta|going to|should we|do we) call (?:911|999|000|112|an ambulance|ems|poison control|for help)|(?:gave|give|giving|gave him|gave her) (?:him|her|them|my \\w+)? ?(?:narcan|naloxone)(?: and| but| it is| now| twice| again| already)|(?:narcan|naloxone) (?:is not|isnt|not|did not|didnt|does not) (?:working|work|helping)|(?:heart|chest) (?:is )?(?:racing|pounding|beating (?:so )?(?:fast|weird|hard|out)|hurts|feels like it is going to|feels tight|is tight|skipping) (?:\\w+ ){0,5}(?:after|from|since) (?:that|the|this|my|a) (?:line|bump|shot|hit|dose|pills?|bag|point|rail|key)`) },
  { tier: "crisis", re: words("(?:am|is|started|keep|been|been|just|again|now|currently) (?:cutting|burning|hurting|harming|scratching|stabbing) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))|(?:cutting|burning|hurting|harming) (?:myself|my (?:arms?|wrists?|legs?|thighs?)) (?:again|right now|now|tonight|rn|as i write)|(?:blade|razor|knife|lighter|scissors) (?:is )?(?:in my hand|next to me|beside me|right here|on the (?:sink|table|bed|counter))|(?:want|need|going) to (?:cut|hurt|burn|harm|punish) (?:myself|my (?:arms?|wrists?|legs?|skin))") },
  // Concern: likely distress, not clearly current danger.
  { tier: "concern", re: words("(?:what is|whats) the point|(?:no|do not see (?:the|any)|lost all) point (?:in|of|to|anymore|any more)|(?:see|seeing) no point|(?:can not|cant) (?:do this|take (?:it|this|much more|any more|anymore)|keep (?:going|doing this|fighting)|cope|handle (?:it|this|life)|go on(?! (?:a|an|the|with|holiday|vacation|dates?|trips?|about)))(?: anymore| any more| any longer| like this)?|do not (?:know )?how (?:much )?(?:longer|more) i can") },
  { tier: "concern", re: words("(?:so|really|just|completely|absolutely|sick and) (?:tired|exhausted|done) (?:of|with) (?:everything|it all|life|fighting|trying|this|being|people|myself|waking up)|(?:i am|i feel|feel|feeling|i have become|just) (?:like )?(?:a |such a )?(?:burden|worthless|useless|empty|numb|hopeless|trapped|broken|invisible|dead inside|nothing|a waste of space|a failure)(?= |$)|i hate (?:myself|my life|being alive)|(?:give|giving) up (?:on (?:everything|myself|life|recovery))|do not (?:care|know) (?:anymore|what happens|if i (?:live|wake|make it)|why i (?:bother|try|keep))|i (?:do not|dont) see (?:a|any) (?:way out|future)|(?:dark|bad|intrusive|scary) thoughts (?:are|again|back|keep|tonight)") },
  { tier: "concern", re: words("(?:craving|cravings) (?:so |are |is )?(?:bad|hard|badly|strong|intense|killing)|(?:about to|going to|gonna|want to|need to|so close to) (?:use|drink|relapse|score|call my dealer|pick up|get high|go get (?:some|a)|buy (?:some|a))(?: again| tonight| now| right now)?$|(?:sitting|parked|standing) (?:in|outside|at) (?:the|a) (?:liquor store|bottle shop|bar|pub|offie|dealers)|(?:relapsed|used|drank|picked up|got high|slipped) (?:again )?(?:last night|today|this morning|tonight|yesterday|an hour ago)|(?:am|been) (?:using|drinking) (?:again )?(?:right now|rn|all day|since (?:noon|morning|yesterday))") },
];

/**
 * The genre's ordinary language, which holds a sentence rule back (never the classifier,
 * which learned these from its hard negatives): history, other people's words, lyrics and
 * titles, hyperbole, negation, harm reduction and grief.
 */
const HELD_BACK = words(
  [
    // History and resolution.
    "used to|back then|for a (?:while|long time|few years|couple of years) (?:i|there)|for years i|(?:after|before) (?:trying|attempting|i tried)|there was a time|in my (?:using|drinking|active|old) (?:days|years|addiction)|old me|the old me|(?:went|was going|got) through a (?:period|phase|time|stretch)|my story starts|for a long time i (?:thought|felt|believed)|i (?:thought|believed|felt) (?:that )?my (?:family|kids|children)|(?:read|reading|shared|sharing|burned|burnt) (?:out )?(?:their|his|her|my) old|back in|at the time|in those days|years ago|months ago|a year ago|last year|when i was|i remember|remember when|that night|that day|those days|looking back|survived|in (?:19|20)\\d\\d|years later|\\d+ years (?:clean|sober|ago|later)|the night i (?:tried|almost|nearly|overdosed|od)|i (?:tried|attempted|almost|nearly) (?:to )?(?:kill|end|take)|(?:my|the) (?:attempt|overdose) (?:in|was|back)|i (?:wanted|used) to die|(?:no longer|not anymore|not any more|do not anymore)(?: feel| want)?|(?:was|were) (?:suicidal|going to)|got through (?:it|that)|glad i (?:did not|am still|stayed|survived)|(?:did not|never) go through with",
    // Other people's words, songs and titles.
    "(?:he|she|they|mom|dad|mum|someone|people|my \\w+|the \\w+) (?:said|says|told me|tells me|yelled|screamed|wrote|texted|posted|sang|sings|asked)|song|lyric|lyrics|album|the line|called|titled|book|film|movie|episode|podcast|poem|quote|quoted|the chorus|playlist",
    // Hyperbole, idiom and negation.
    "lol|lmao|lmfao|haha|hahaha|jk|just kidding|literally|^if (?:\\w+ ){1,12}(?:one more time|again)|if i (?:hear|have to|see|get) (?:\\w+ ){0,6}(?:one more|again|another)|(?:that is|its|it is) my (?:degree|course|ged|diploma|programme|program|masters|apprenticeship)|rather die than|(?:die|died|dying) of (?:embarrassment|boredom|shame|laughter|cringe)|dying to|to die for|could kill (?:him|her|them|you|for)|killing it|kill for|would kill for|(?:am|is|was|i am) not (?:suicidal|going to (?:do anything|hurt|kill|end)|in danger|at risk|planning)|(?:would|will) never (?:do|hurt|kill|end|try)|i (?:promise|swear) i (?:am|will) (?:safe|fine|not)|i am safe|not in a (?:dangerous|scary|suicidal) way",
    // Harm reduction, treatment, and someone else's death.
    "carry|carrying|if you see|if someone|signs of|how to|you should|recovery position|rub (?:your|their)|training|trained|test strips?|kit|kits|never use alone|hotline|prevention|awareness|(?:his|her|their|my \\w+s?) (?:funeral|overdose|death|grave|memorial)|(?:died|passed) (?:of|from|away)",
  ].join("|"),
);
/** …unless the sentence turns back to now or insists it is serious. */
const BACK_TO_NOW = words(
  "but (?:now|tonight|today|this time|again)|right now|rn|tonight|again tonight|(?:not|am not) (?:joking|kidding)|for real this time|this time for real|no joke|i mean it",
);

interface RuleVerdict {
  tier: CareKind | null;
  /** The rule that matched, and whether the genre's ordinary language held it back. */
  rule: number;
  heldBack: boolean;
}

/** "I do not want to die", "I would never take my life": a negation just before the match. */
const NEGATED_BEFORE = /(?:^| )(?:not|never|no longer|nor|no way i would)(?: \S+){0,2} ?$/;

function firstMatch(tier: CareKind, normalised: string): number {
  return RULES.findIndex((r) => {
    if (r.tier !== tier) return false;
    const m = r.re.exec(normalised);
    return m !== null && !NEGATED_BEFORE.test(normalised.slice(Math.max(0, m.index - 24), m.index + 1));
  });
}

function ruleVerdict(normalised: string): RuleVerdict {
  let rule = firstMatch("crisis", normalised);
  if (rule < 0) rule = firstMatch("concern", normalised);
  if (rule < 0) return { tier: null, rule, heldBack: false };
  const heldBack = HELD_BACK.test(normalised) && !BACK_TO_NOW.test(normalised);
  return { tier: heldBack ? null : (RULES[rule]?.tier ?? null), rule, heldBack };
}

// ---------------------------------------------------------------------------------------
// Putting the layers together
// ---------------------------------------------------------------------------------------

/** Texts longer than this are judged in pieces of this size by the classifier alone. */
const CLASSIFIER_MAX_UNIT = 600;

export interface CareExplanation extends RuleVerdict {
  normalised: string;
  scores: CareScores;
  tier: CareKind | null;
}

/** How one sentence was judged, layer by layer (for the benchmark and tests). */
/** Words inside quotation marks are someone else's (a title, a lyric, a friend's words). */
const QUOTED = /["“”„«»][^"“”„«»\n]{3,200}["“”„«»]/g;

/**
 * A next sentence that says it is over ("Today I care a lot.", "That's not who I am now.")
 * turns the one before it into history, for the rules and, unless it is very sure, the
 * classifier.
 */
const RESOLVED_AFTER = words(
  "^(?:today|now|these days|nowadays|but now|but today)(?: i| my| life| the point| things)? (?:am|have|care|want to (?:live|see|stay)|feel (?:better|good|safe|okay|ok|alive)|is|are|love|know)|^(?:that is|that was|that is not|this is not) (?:not )?(?:who i am|me anymore|then|years ago|a long time ago|the old me|in the past)|^(?:i am|im) (?:better|safe|okay|ok|still here|glad|grateful|alive) (?:now|today)|^(?:that|it) (?:was|is) (?:over|behind me)",
);
/** Sentences this short say too little on their own: the classifier reads them with the one before. */
const SHORT_SENTENCE_WORDS = 4;
/** How sure the classifier must be about a sentence that the next one calls history. */
const RESOLVED_THRESHOLD = 0.97;
/**
 * A title gives the classifier a few words and no sentence around them ("Walking to the
 * river" scored 0.94, from the sentences about walking into one), so for a title it must be
 * surer; the rules still carry a title like "I want to die". In a story's text, where most
 * sentences are, a short sentence is read with the one before it instead.
 */
const TITLE_THRESHOLD = 0.985;

/** The sentences either side, already normalised (normalizeForCare). */
export interface SentenceContext {
  before?: string;
  after?: string;
  /** The sentence is (part of) a story's title. */
  title?: boolean;
}

/** How one sentence was judged, layer by layer (for the benchmark and tests). */
export function explainSentence(
  sentence: string,
  context: SentenceContext = {},
  alreadyNormalised?: string,
): CareExplanation {
  const clipped = sentence.slice(0, CLASSIFIER_MAX_UNIT);
  const normalised = alreadyNormalised ?? normalizeForCare(clipped);
  QUOTED.lastIndex = 0;
  let verdict = ruleVerdict(QUOTED.test(clipped) ? normalizeForCare(clipped.replace(QUOTED, " ")) : normalised);
  const short = context.before && normalised.split(" ").length < SHORT_SENTENCE_WORDS;
  const scored = short ? `${context.before?.slice(-CLASSIFIER_MAX_UNIT)} ${normalised}` : normalised;
  const scores = scored ? scoreSentence(scored) : { crisis: 0, care: 0 };
  const model = careModel();
  const resolved = context.after !== undefined && RESOLVED_AFTER.test(context.after.slice(0, 200));
  if (resolved && verdict.tier) verdict = { ...verdict, tier: null, heldBack: true };
  const floor = resolved ? RESOLVED_THRESHOLD : context.title ? TITLE_THRESHOLD : 0;
  const crisisAt = Math.max(floor, model.crisis.threshold);
  const careAt = Math.max(floor, model.care.threshold);
  let tier: CareKind | null = null;
  if (verdict.tier === "crisis" || scores.crisis >= crisisAt) tier = "crisis";
  else if (verdict.tier === "concern" || scores.care >= careAt) tier = "concern";
  return { ...verdict, normalised, scores, tier };
}

export function findCare(text: string, field: "title" | "body" = "body"): Candidate[] {
  const phrases = findPhrases(text);
  const out: Candidate[] = [...phrases];
  const units = sentenceUnits(text);
  const normalised = units.map((u) => normalizeForCare(text.slice(u.start, Math.min(u.end, u.start + CLASSIFIER_MAX_UNIT))));
  units.forEach((unit, i) => {
    if (phrases.some((p) => p.start < unit.end && unit.start < p.end)) return;
    const context = { before: normalised[i - 1], after: normalised[i + 1], title: field === "title" };
    const { tier } = explainSentence(text.slice(unit.start, unit.end), context, normalised[i]);
    if (tier) out.push({ kind: tier, start: unit.start, end: unit.end, suggestion: "" });
  });
  return out;
}
