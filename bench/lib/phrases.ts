// The phrase bank behind the benchmark's made-up stories: first-person recovery prose in
// the spirit of the demo stories (no names, no instructions, no glorifying use). Sentences
// carry {slots} that bench/lib/prose.ts fills from the lists at the bottom and from the
// story's substance ("voice"). All plain text: nothing Markdown would treat as markup, so
// each paragraph renders to a plain <p> (checked against renderStoryMarkdown by the seed).

export interface Voice {
  /** "alcohol" */
  noun: string;
  /** "drinking" */
  using: string;
  /** "drank" */
  used: string;
  /** "drink" */
  use: string;
  /** Things the story can mention: "a bottle of wine". */
  things: string[];
}

const ALCOHOL: Voice = {
  noun: "alcohol",
  using: "drinking",
  used: "drank",
  use: "drink",
  things: ["a bottle of wine", "a six-pack", "the vodka in the freezer", "one more beer", "a glass after work", "the liquor store"],
};

const OPIOIDS: Voice = {
  noun: "opioids",
  using: "using",
  used: "used",
  use: "use",
  things: ["the pills", "the next dose", "the bottle in the cabinet", "the withdrawal", "being sick", "the dope sickness"],
};

export const VOICES: Record<string, Voice> = {
  alcohol: ALCOHOL,
  opioids: OPIOIDS,
  fentanyl: { ...OPIOIDS, noun: "fentanyl", things: ["fentanyl", "the next hit", "the withdrawal", "being sick", "the fear of overdose", "a test strip"] },
  heroin: { ...OPIOIDS, noun: "heroin", things: ["heroin", "the next bag", "the withdrawal", "being sick", "the people I used with", "the money"] },
  "prescription-painkillers": {
    ...OPIOIDS,
    noun: "painkillers",
    things: ["the prescription", "the refills", "the pharmacy", "the pill bottle", "my back pain", "the doctor's appointments"],
  },
  methamphetamine: {
    noun: "meth",
    using: "using",
    used: "used",
    use: "use",
    things: ["meth", "the nights without sleep", "the paranoia", "the crash", "the people I used with", "the lost weekends"],
  },
  cocaine: {
    noun: "cocaine",
    using: "using",
    used: "used",
    use: "use",
    things: ["cocaine", "the weekends", "the bar bathroom", "the money", "the comedown", "the next round"],
  },
  cannabis: {
    noun: "weed",
    using: "smoking",
    used: "smoked",
    use: "smoke",
    things: ["weed", "the first joint of the day", "the vape pen", "the haze", "the couch", "getting high before work"],
  },
  benzodiazepines: {
    noun: "benzos",
    using: "taking benzos",
    used: "took benzos",
    use: "take benzos",
    things: ["the benzos", "the prescription", "the blackouts", "the taper", "the anxiety underneath", "the refills"],
  },
  nicotine: {
    noun: "nicotine",
    using: "smoking",
    used: "smoked",
    use: "smoke",
    things: ["cigarettes", "the vape", "the pack in my jacket", "the cravings", "the smoke breaks", "the lighter"],
  },
  gambling: {
    noun: "gambling",
    using: "gambling",
    used: "gambled",
    use: "gamble",
    things: ["the betting app", "the casino", "the slot machines", "the debt", "the next bet", "the credit cards"],
  },
  "other-substance": {
    noun: "it",
    using: "using",
    used: "used",
    use: "use",
    things: ["the habit", "the next time", "the secrecy", "the cravings", "the crash", "the money"],
  },
};

/** Sentence templates by part of the story. */
export const SECTIONS = {
  opening: [
    "I have started this story a dozen times and deleted it every time.",
    "I never thought I would write any of this down, let alone let strangers read it.",
    "For a long time I believed {using} was the only thing holding my life together.",
    "If you had met me {ago}, you would not have guessed anything was wrong.",
    "I am writing this at the {place} table early in the morning, with a cup of coffee going cold beside me.",
    "Nobody in my family talked about {noun}, so I didn't either.",
    "I want to tell this the honest way, without making it neater than it was.",
    "This is the story I needed to read when I was at my lowest.",
    "Some of this is hard to say out loud, so I am going to write it instead.",
    "I am {feeling} to be sharing this, and I am sharing it anyway.",
    "My life looked ordinary from the outside: a job, a car, a {place}, people who loved me.",
    "The first thing you should know is that I am still here, and that still surprises me some mornings.",
    "I kept a journal in early recovery, and a lot of what follows comes from those pages.",
    "When my {person} asked me to write about what happened, I said no for almost a year.",
  ],
  beginnings: [
    "I {used} for the first time when I was {age}, and I remember how quiet my head went.",
    "At first {using} was just something I did on weekends with my {person}.",
    "It started with {thing} and a feeling that I could finally breathe.",
    "Nobody warned me that the thing that made me feel normal would become the thing I could not stop.",
    "I grew up in a house where {using} was just what adults did at the end of the day.",
    "By the time I was {age}, I was planning my days around {thing}.",
    "I told myself I was in control because I still went to work every morning.",
    "The first time I tried to cut back, I lasted four days and felt like a failure.",
    "I was good at hiding it, and I was proud of being good at hiding it.",
    "Looking back, I can see the signs, but at the time it felt like I was just coping.",
    "For years I lived for {thing}; it was my reward, my comfort and my excuse.",
    "I started {using} more after {event}, and I never really stopped.",
    "Every morning I promised myself today would be different.",
    "I learned to keep {thing} where nobody would look.",
  ],
  worse: [
    "By the end I was {using} just to feel like a person, not to feel good.",
    "I missed {missed}, and I told myself it didn't matter.",
    "My {person} stopped asking me questions because the answers were always lies.",
    "I woke up most mornings sick and ashamed and already thinking about {thing}.",
    "The money went first, then the trust, then most of my friends.",
    "I remember sitting in my car outside the {place} for an hour, unable to go in.",
    "There were nights I was sure I would not wake up, and mornings I wished I hadn't.",
    "I lost my job at the {job} and blamed everyone but myself.",
    "I stopped answering the phone when my {person} called.",
    "My world got smaller and smaller until it was just me and {thing}.",
    "I was exhausted all the time, from {using} and from hiding it.",
    "The person I saw in the mirror that winter frightened me.",
    "I said terrible things to people who were only trying to help.",
    "Every plan I made to stop fell apart by evening.",
  ],
  turning: [
    "The turning point was not dramatic; it was my {person} sitting across from me and crying.",
    "One morning I looked at {thing} and realised I did not want to die like this.",
    "I finally said the words out loud: I need help.",
    "After {event}, something in me gave up fighting the truth.",
    "I called a helpline at three in the morning, and the woman who answered did not hang up on me.",
    "My {person} drove me to the {place} and waited outside until I came back out.",
    "I did not hit a bottom so much as run out of ways to pretend.",
    "It took a hospital bed and a nurse who was kind to me for no reason at all.",
    "I remember the date because it was the first day in years I did not {use}.",
    "Somebody told me that asking for help is a skill, and that I could learn it.",
    "I was tired of waking up every morning and starting the same fight.",
    "The first honest conversation I had about {noun} lasted four hours.",
  ],
  help: [
    "The first weeks were the hardest thing I have ever done.",
    "I did not believe it would work, and I went anyway.",
    "Slowly, the mornings got a little easier.",
    "I learned that cravings pass, even when it feels like they will not.",
    "I started writing down three things every night that went okay that day.",
    "Some days the only thing I did right was not {using}, and that was enough.",
    "I had to learn how to sleep, eat and sit still all over again.",
    "People I barely knew showed up for me when I could not show up for myself.",
    "I kept a list on my phone of reasons to stay, and I read it every morning.",
    "I found out that I was not the only one, not even close.",
    "My counselor asked me what I wanted my life to look like, and I had no answer yet.",
    "I learned to call someone before I picked up, not after.",
  ],
  relapse: [
    "I relapsed after {span} and was sure I had thrown everything away.",
    "The relapse taught me more than the first year of recovery did.",
    "Going back after a relapse was harder than going the first time, because I knew what I was walking back into.",
    "Nobody in my group treated me like a failure when I came back, and that is why I stayed.",
    "I used to think relapse meant starting from zero, but the things I had learned were still there.",
    "I hid the relapse for two weeks before I told my {person}.",
    "My second try looked different from my first: slower, more honest, less proud.",
  ],
  now: [
    "Today my life is quieter, and I have learned to love the quiet.",
    "I have {span} now, one day at a time, and every one of them counts.",
    "These days my mornings start with coffee and a walk, not with {thing}.",
    "I still have hard days, but I do not have to face them alone.",
    "I am not the person I was, and I am not finished becoming who I am.",
    "I cook dinner most nights, and I actually remember the conversations we have.",
    "My {person} and I are rebuilding trust slowly, one kept promise at a time.",
    "I went back to the {job} last spring, and I show up on time.",
    "Recovery did not fix my life, but it gave me a life to fix.",
    "I sponsor people now, and their first days remind me of mine.",
    "I sleep through the night most of the time, which still feels like a small miracle.",
    "I have started {activity}, something I never had time for when I was {using}.",
    "Some mornings I still wake up expecting to feel sick, and then I remember.",
  ],
  closing: [
    "If you are reading this at your lowest, please know there is a way through.",
    "You do not have to do all of it today; you only have to do the next right thing.",
    "Ask for help before you think you are ready.",
    "Be gentle with yourself on the bad days, and notice the good ones.",
    "I am still learning, and that is okay.",
    "Thank you for reading this far.",
    "If I can do this, so can you, and I mean that.",
    "Reach out to someone today, even if it is only a text.",
    "There is no wrong way to start.",
    "Whatever brought you here, I am glad you are still here too.",
  ],
};

/** Sentences tied to a situation tag; one or two paragraphs of them join the story. */
export const SITUATIONS: Record<string, string[]> = {
  parenting: [
    "My kids were the reason I started and the reason I kept going.",
    "I used to sit through school plays without remembering them afterwards.",
    "My daughter asked me once why I was always tired, and I had no answer I could say.",
    "Now I do bedtime every night, and my son makes me read the same book twice.",
    "Being a parent in recovery means making amends in small ways, every single day.",
    "I missed birthdays I can never get back, and I make the ones now count.",
  ],
  pregnancy: [
    "Finding out I was pregnant was the most frightening and hopeful morning of my life.",
    "I was terrified of being judged at every appointment.",
    "My midwife never once made me feel like a bad mother.",
    "I held my baby for the first time with clear eyes, and I will never forget it.",
  ],
  "loved-one": [
    "Loving someone who is using is its own kind of exhaustion.",
    "I kept thinking that if I found the right words, they would stop.",
    "I learned the difference between helping and rescuing the hard way.",
    "I had to start looking after myself before I could be any use to anyone else.",
    "I still jump when the phone rings late at night.",
  ],
  veteran: [
    "When I came home from deployment, nothing felt quiet enough.",
    "The other veterans in my group understood things I could never explain to my family.",
    "I thought asking for help was weakness, the way I had been trained to think.",
    "The nights were the hardest part after I got out.",
  ],
  lgbtq: [
    "For years I did not feel safe being myself anywhere except at the bar.",
    "Finding a queer recovery meeting changed everything for me.",
    "Coming out and getting clean happened in the same year, and both took courage.",
    "My chosen family showed up for me when my family of origin could not.",
  ],
  "justice-involvement": [
    "I got sober in a county jail, which is not how I imagined it happening.",
    "Having a record follows you into every job interview.",
    "My probation officer was the first person who told me I could do this.",
    "Drug court was strict, and it was also the first structure I had had in years.",
  ],
  homelessness: [
    "I slept in my car for most of that winter.",
    "A shelter volunteer remembered my name, and that small thing kept me coming back.",
    "Having a door that locks is something I will never take for granted again.",
    "Getting an address was the first step to getting everything else.",
  ],
  workplace: [
    "I was good at my job, which made it easier to pretend nothing was wrong.",
    "I hid in the bathroom at work more times than I can count.",
    "Telling my manager was terrifying, and she was kinder than I expected.",
    "Going back to work in recovery meant learning to say no to after-work drinks.",
  ],
  student: [
    "I failed two semesters before I admitted what was going on.",
    "Campus life made it easy to hide, because everyone around me was partying too.",
    "The counseling center at school was where I first told the truth.",
    "I went back and finished my degree, one class at a time.",
  ],
  "older-adult": [
    "I got sober in my sixties, and I want people to know it is never too late.",
    "My grandchildren know a different version of me than my children did.",
    "Retirement left me with too many empty hours and too little purpose.",
    "People assume older folks do not struggle with this, and they are wrong.",
  ],
  rural: [
    "The nearest meeting was forty minutes away, and I drove it anyway.",
    "In a small town, everyone knows your truck and where it is parked.",
    "Online meetings were a lifeline when the roads were closed all winter.",
    "There was one counselor for the whole county, and she had a waiting list.",
  ],
  depression: [
    "The depression was there before the {using}, and it was still there after.",
    "Some mornings getting out of bed was the whole victory.",
    "Treating my depression and my addiction together was what finally worked.",
    "I learned that feeling numb and feeling calm are not the same thing.",
  ],
  anxiety: [
    "My anxiety told me that {using} was the only thing that made it stop.",
    "Learning to breathe through a panic attack felt silly until it worked.",
    "I still get anxious, but now I have tools that do not cost me everything.",
    "Social situations were terrifying without something to take the edge off.",
  ],
  "trauma-ptsd": [
    "I did not understand for years that I was medicating old wounds.",
    "Trauma therapy was the hardest and most important work I have done.",
    "Some memories still knock the wind out of me, but they do not run my life.",
    "I had to learn that what happened to me was not my fault.",
  ],
  "chronic-pain": [
    "The pain was real, and that made everything more complicated.",
    "Finding ways to manage pain without losing myself took years.",
    "My physical therapist became an unexpected part of my recovery team.",
    "Some days the pain is loud, and I have learned to listen without obeying.",
  ],
  grief: [
    "After my {loss} died, I stopped caring whether I woke up.",
    "Grief and {using} got tangled together until I could not tell them apart.",
    "I visit the grave on the anniversary now, sober, and I let myself cry.",
    "Grieving with a clear head hurts more, and it also heals.",
  ],
  relapse: [
    "I have relapsed more than once, and each time I learned something new.",
    "Relapse is not the end of the story unless you let it be.",
    "The shame after a relapse is the most dangerous part.",
    "I keep a note on my fridge that says: come back, no matter what.",
  ],
};

export const PATHWAYS: Record<string, string[]> = {
  "twelve-step": [
    "I walked into my first meeting in a church basement and sat by the door.",
    "My sponsor told me to just keep coming back, so I did.",
    "Working the steps made me look at things I had avoided for years.",
    "The coffee at meetings is terrible, and I would not trade it for anything.",
    "Hearing other people tell my story in their own words made me feel less alone.",
  ],
  "smart-recovery": [
    "SMART Recovery gave me practical tools, which was what my brain needed.",
    "Writing out the costs and benefits of {using} was eye-opening.",
    "I liked that nobody told me what to believe, only how to cope.",
    "The meetings felt like a workshop where everyone was fixing the same engine.",
  ],
  "medication-for-oud": [
    "Medication took away the constant sick feeling so I could focus on everything else.",
    "I was ashamed of being on medication until I understood it was treatment.",
    "Standing in line at the clinic every morning taught me humility.",
    "My doctor explained that medication is the floor, not the whole house.",
    "People still say I traded one thing for another, and I have stopped arguing with them.",
  ],
  "harm-reduction": [
    "Harm reduction kept me alive long enough to want something more.",
    "The outreach worker never judged me, and I trusted her because of that.",
    "Carrying naloxone became a habit, for me and for everyone around me.",
    "Nobody demanded I be perfect; they just wanted me to be safe.",
  ],
  therapy: [
    "My therapist helped me see the patterns I could not see alone.",
    "Therapy was where I learned to name feelings instead of drowning them.",
    "Every Tuesday afternoon for two years I sat on the same couch and told the truth.",
    "Learning why I used did not make me stop, but it made stopping make sense.",
  ],
  "faith-based": [
    "My faith gave me a reason to believe I was worth saving.",
    "The people at church did not ask questions; they just brought food.",
    "Prayer became a way to slow down when cravings hit.",
    "I found a recovery group at my church, and it became my second family.",
  ],
  "peer-support-group": [
    "My peer group meets on Thursday nights, and I have not missed one in months.",
    "Being around people who had been where I was made me feel understood.",
    "A peer supporter gave me her number and told me to use it, and I did.",
    "We laugh a lot in group, which surprised me the first time.",
  ],
  "residential-treatment": [
    "Twenty-eight days in residential treatment felt like forever and no time at all.",
    "Rehab gave me distance from my life long enough to see it clearly.",
    "The morning routine at treatment was strict, and I needed that.",
    "Leaving treatment was scarier than going in.",
  ],
  "self-directed": [
    "I did a lot of this on my own, with books, podcasts and long walks.",
    "I built my own routine, one habit at a time.",
    "Not everyone needs the same path, and mine was a quieter one.",
    "I read everything I could find about recovery and took what worked for me.",
  ],
};

export const STAGES: Record<string, string[]> = {
  "in-treatment": [
    "I am writing this from treatment, in the middle of it all.",
    "I do not know how this ends yet, and that is strangely okay.",
    "Every day here is a little less foggy than the one before.",
  ],
  "early-recovery": [
    "I am only a few months in, and everything still feels new and raw.",
    "Early recovery is a rollercoaster, and I am learning to hold on.",
    "Each week I notice something I had forgotten about being alive.",
  ],
  "one-to-five-years": [
    "I have a few years now, and the chaos has turned into ordinary life.",
    "The anniversaries still surprise me when they come around.",
    "I never thought I would be bored in a good way, but here I am.",
  ],
  "five-plus-years": [
    "It has been more than five years, and I still do not take it for granted.",
    "Long-term recovery is less about not using and more about living well.",
    "I have been sober long enough to forget some of the details, and I try not to.",
  ],
  "supporting-someone": [
    "I am not the one in recovery, but recovery has become part of my life too.",
    "Supporting someone has taught me as much about myself as about them.",
    "I go to a family group now, and it helps me stay steady.",
  ],
};

export const QUOTES = [
  "One day at a time is not a slogan; it is the only way it works.",
  "You only have to get through the next hour.",
  "Progress, not perfection.",
  "Your worst day in recovery is better than your best day using.",
  "Feelings are not facts, and they pass.",
  "We do recover.",
  "Come back, no matter what.",
  "Medication is the floor, not the house. You still have to build the house.",
];

export const HEADINGS: Record<string, string[]> = {
  opening: ["Where I was", "Before", "How it looked from the outside"],
  beginnings: ["How it started", "The early days", "Where it began"],
  worse: ["When it got worse", "The hardest years", "Losing things"],
  turning: ["The turning point", "Asking for help", "The morning everything changed"],
  help: ["What helped", "Getting help", "The first weeks"],
  situation: ["What made it harder", "The part nobody talks about", "Living with it"],
  relapse: ["About relapse", "Falling and getting up", "Starting again"],
  now: ["Where I am now", "Today", "Life now"],
  closing: ["What I'd tell you", "If you're where I was", "For whoever needs this"],
};

export const TITLE_TEMPLATES = [
  "What {noun} took from me and what I got back",
  "The morning I stopped pretending",
  "Learning to live without {noun}",
  "{span} and counting",
  "A letter to the person I used to be",
  "What nobody told me about recovery",
  "Finding my way back",
  "How I stopped {using}",
  "The day I asked for help",
  "Still here",
  "Quiet mornings",
  "From the back of the room",
  "My first year without {noun}",
  "Coming home to myself",
  "The long way back",
  "What the meetings gave me",
  "I didn't think I was the type",
  "Small victories",
  "After the last {use}",
  "Starting over at {age}",
  "Notes from the other side",
  "The year everything changed",
  "What I wish I had known",
  "Rebuilding, one day at a time",
];

export const FILLERS = {
  person: ["sister", "brother", "mom", "dad", "partner", "best friend", "wife", "husband", "oldest son", "daughter", "grandmother", "roommate", "coworker", "neighbor", "aunt", "uncle"],
  place: ["kitchen", "clinic", "hospital", "church", "library", "apartment", "garage", "office", "motel", "park", "diner", "pharmacy", "community center", "parking lot"],
  job: ["warehouse", "restaurant", "school", "hospital", "bank", "construction site", "call center", "hotel", "factory", "law firm", "shop", "newspaper"],
  ago: ["ten years ago", "five years ago", "back then", "in my twenties", "in my thirties", "when I was younger", "at work"],
  age: ["fourteen", "fifteen", "sixteen", "seventeen", "nineteen", "twenty-two", "twenty-five", "thirty", "forty", "fifty-three"],
  feeling: ["nervous", "scared", "relieved", "embarrassed", "proud", "unsure", "ready"],
  missed: ["my cousin's wedding", "work for a week", "my son's first game", "rent", "my own birthday", "a court date", "my best friend's funeral", "every dentist appointment for three years"],
  event: ["my divorce", "the accident", "my father died", "I lost my job", "the surgery", "my deployment", "the move", "my miscarriage", "the breakup"],
  span: ["eight months", "two years", "ninety days", "four years", "eleven months", "three years", "six years", "a year and a half", "five hundred days"],
  activity: ["running in the mornings", "painting", "gardening", "playing guitar again", "volunteering at the shelter", "swimming", "baking bread", "hiking on weekends", "learning to knit"],
  loss: ["mother", "father", "brother", "best friend", "husband", "wife", "son", "grandmother"],
};
