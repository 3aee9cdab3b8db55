// Demo stories for the seed script (prisma/seed.ts).
//
// Every story here is fiction, written for demonstration only. None describes a real
// person. They follow the site's own moderation guidelines: no identifying details,
// no instructions for getting or using substances, no glorifying use, and no medical
// claims stated as fact. Tags are slugs from app/lib/vocabulary.ts; warnings are slugs
// from WARNINGS in app/lib/constants.ts.

export interface DemoStory {
  title: string;
  body: string;
  author: "river" | "sam" | "jordan";
  anonymity: "USERNAME" | "PEN_NAME" | "ANONYMOUS";
  penName?: string;
  tags: string[];
  warnings: string[];
  monthsAgo: number;
}

export const demoStories: DemoStory[] = [
  // ---------------------------------------------------------------------------
  // river (username): a mother in recovery from opioids, on methadone.
  // ---------------------------------------------------------------------------
  {
    title: "What the Methadone Line Taught Me",
    author: "river",
    anonymity: "USERNAME",
    tags: ["opioids", "parenting", "medication-for-oud", "one-to-five-years"],
    warnings: [],
    monthsAgo: 22,
    body: `For the first year of my recovery I stood in a line almost every morning before the sun was fully up. The clinic opened early so people could get to work, and by the time the doors unlocked there were usually a dozen of us outside: a man in a hi-vis vest, a grandmother with a rolling walker, two guys who always argued about football, and me, checking my phone to make sure my kids' school bus hadn't changed its time again.

I was ashamed of that line for a long time. I parked around the corner so nobody would see my car. I wore a hood. I had absorbed every joke and every comment about "trading one drug for another," and part of me believed it.

## What I expected

I expected to feel like a failure every single day. I expected the staff to treat me like a problem. I expected that my kids would somehow find out and look at me differently.

## What actually happened

The nurse at the window learned my name in the first week and asked about my daughter's science project by the second. The man in the hi-vis vest started saving me a spot under the awning when it rained. Nobody in that line asked what I had done before I got there. Everybody already knew.

For me, the medication took away the constant sick, frantic feeling that had run my whole life for years. It didn't fix anything else. It just gave me enough quiet in my head to do the fixing myself. I went to counseling on Wednesdays. I learned how to cook again. I started showing up to parent-teacher conferences and actually remembering what the teacher said.

> My counselor told me once: "Medication is the floor, not the house. You still have to build the house."

I think about that sentence all the time.

## What I'd tell someone standing at the back of the line

You are not cheating. You are not weak. You are a person who is doing a hard, unglamorous thing every day, in public, before breakfast. That takes more nerve than most people will ever know.

Some days you'll feel good and some days you'll feel like nothing is changing. Keep showing up anyway. Change in recovery is slow and then, one day, obvious. For me it was the morning my son asked me to help with his reading homework and I realized I had helped him every night that week, and hadn't missed one.

I don't stand in that line every morning anymore. I earned take-home doses after a long stretch of steady months, and now I only go in once a week. I still wave at the man in the hi-vis vest when I see him. I still park right out front.`,
  },
  {
    title: "The Year My Son Started Asking Questions",
    author: "river",
    anonymity: "USERNAME",
    tags: ["opioids", "parenting", "anxiety", "therapy", "one-to-five-years"],
    warnings: [],
    monthsAgo: 12,
    body: `My son was nine when he asked me, out of nowhere, in the car: "Mom, why do you go to the clinic when you're not sick?"

I nearly drove onto the shoulder. I said something about grown-up doctor stuff and turned the radio up. Then I spent the whole night awake, certain that he knew everything, that some kid at school had said something, that I had ruined his life and he was only now finding out.

That is how my anxiety works. One question becomes a whole courtroom.

I brought it to my therapist the next week, still shaking a little. She didn't tell me what to say. She asked me what I wanted him to know when he was twenty-five, and then worked backward from there. It turned out that what I wanted was pretty simple:

- That I was sick for a while, with something that is a real illness.
- That I got help, and I'm still getting help, and that's a good thing.
- That none of it was his fault, and none of it is his job to fix.
- That he can ask me anything, any time, and I won't get mad.

We practiced. I mean it, we actually role-played it in her office, with her pretending to be a nine-year-old, which was funnier than either of us expected.

When I finally talked to him, it was on the back steps, eating popsicles. I used the words we'd practiced. He listened, asked if it was like when Grandpa had to take pills for his heart, and I said it was a little like that. Then he asked if he could have another popsicle.

That was it. Not the end of the conversation — he's brought it up a few more times since, with new questions as he gets older — but the end of the terror.

What I've learned is that kids can handle the truth in pieces their own size. What they can't handle as well is the feeling that something big is happening and nobody will tell them what. My silence was protecting me, not him.

If you're a parent in recovery and dreading this conversation, I get it. Get some help with the words. Say less than you think you need to. And leave the door open, because they will come back through it.`,
  },
  {
    title: "A Slip in Year Three",
    author: "river",
    anonymity: "USERNAME",
    tags: ["opioids", "relapse", "parenting", "medication-for-oud", "one-to-five-years"],
    warnings: ["relapse"],
    monthsAgo: 5,
    body: `I want to write about this because when it happened to me, I searched for stories like it and mostly found two kinds: people who never slipped, and people who lost everything when they did. I needed something in between.

Last fall, in my third year, I used once.

I'm not going to describe it. It doesn't matter much how. What matters more is the few weeks before it, because that's where it really started. My dad was in and out of the hospital. I was driving two hours each way on weekends, sleeping badly, skipping my group because I "didn't have time," and telling everybody I was fine. I stopped calling the two women I usually call. I stopped doing the small boring things that keep me steady — eating real meals, going to bed before midnight, writing down three things each night.

I knew all of this, in the way you know your tires are bald. You know, and you keep driving.

## The morning after

I woke up and the first feeling wasn't guilt, it was fear. Fear that my kids would find out. Fear that the clinic would take me off my medication. Fear that three years had just evaporated.

I called my counselor before I could talk myself out of it. My voice was shaking so hard she had to ask me to repeat myself. She said, "Thank you for calling me. That was the right thing to do." Then she said, "Come in today."

Nobody at the clinic yelled at me. We adjusted some things. I went back to group, and I said it out loud in front of everyone, which was its own kind of awful and its own kind of relief. Three other people in that room said, "Me too."

## What I tell myself now

A slip is information. It told me exactly which supports I had quietly let go of, and in what order. I've picked them back up, one by one.

I didn't lose three years. I still have everything I learned in them — which is exactly why I knew to make that call the next morning, instead of hiding it for months like I would have before.

My kids still don't know about that day. Someday, when they're older, I might tell them, if it will help them. For now they know that I was stressed about Grandpa, and that I'm taking better care of myself. Both of those things are true.

If you've just slipped and you're reading this at three in the morning: call someone today. Not tomorrow. Today.`,
  },
  {
    title: "The Last Cigarette Was the Hardest One",
    author: "river",
    anonymity: "USERNAME",
    tags: ["nicotine", "parenting", "self-directed", "one-to-five-years"],
    warnings: [],
    monthsAgo: 1,
    body: `Here's something nobody warned me about: after I got through opioid withdrawal and the first rough years of recovery, quitting cigarettes felt almost insulting. Surely this was the easy one. Surely I'd earned it.

It was not the easy one.

Smoking was the last thing I'd kept. It was how I took a break. It was how I stood outside the clinic, outside meetings, outside my own house when the kids were too loud. Every person I knew in recovery seemed to smoke, and for years I told myself I'd deal with it "later, when things calm down." Things never calm down. That's parenting.

What finally did it was my daughter drawing a family picture for school where I had a little gray cloud next to my hand. She didn't mean anything by it. That was just what I looked like to her.

I didn't join a program this time. I'd done a lot of programs. I made my own plan and I wrote it on an index card I kept in my wallet:

1. Pick a quit day far enough away to prepare, close enough to be real.
2. Tell the kids, so I'd be embarrassed to break it.
3. Replace the break, not just the cigarette. Walk around the block instead.
4. Expect to be a grouch for a few weeks. Apologize when I am.
5. Talk to my doctor about options, and actually listen.

I was a grouch. I apologized a lot. My son made me a chart on the fridge and put a sticker on it for every day, which was both humiliating and completely effective.

It's been a bit over a year now. I still walk around the block when I need a break. Sometimes my daughter comes with me, and those are some of the best ten minutes of my day. No gray cloud.`,
  },

  // ---------------------------------------------------------------------------
  // sam (username): a gay man in recovery from alcohol, office worker.
  // ---------------------------------------------------------------------------
  {
    title: "The Year I Learned to Sit Still",
    author: "sam",
    anonymity: "USERNAME",
    tags: ["alcohol", "workplace", "anxiety", "twelve-step", "one-to-five-years"],
    warnings: [],
    monthsAgo: 26,
    body: `I was very good at my job, and I was very good at drinking, and for a long time I honestly believed those two things held each other up.

I managed projects for a mid-sized company. Deadlines, budgets, people who needed things from me every ten minutes. I was the person who answered email at eleven at night and remembered everyone's birthday. I was also the person who needed two drinks before a client dinner just to stop my hands from shaking, and three or four after it to stop my brain from replaying every sentence I'd said.

I didn't think of it as anxiety. I thought of it as being conscientious. Drinking was how I switched off, and the switch got harder to find every year.

## The chair

The first meeting I went to, the hardest part wasn't saying my name. It was sitting in the chair for a full hour without checking my phone, planning my next task, or leaving early. I had genuinely not sat still for an hour, sober, in years. My leg bounced the entire time. A man across the circle kept glancing at it and smiling, not unkindly.

Afterward he came over and said, "The leg calms down. Give it a few months." He became my sponsor a couple of weeks later.

## Learning to be bored

Early recovery for me was mostly about learning to tolerate the feeling of nothing happening. Waiting rooms. Slow lines. Sunday afternoons. Evenings with no plan. Every one of those used to be a reason to pour something.

My sponsor had me do odd little assignments. Sit on a park bench for fifteen minutes without my phone. Eat lunch away from my desk. Drive home without the radio. I felt ridiculous. I also started noticing things — the sound of the office ventilation, how tight my shoulders were at four in the afternoon, how often I was holding my breath.

> "You can't fix a feeling you won't sit next to," he told me.

## Where I am now

I still work hard. I still care about my job. But I leave at a reasonable hour most days, and when I feel the old panic climbing up my chest, I have things to do with it besides drink: a walk, a call, a meeting, a few slow breaths in a stairwell.

My leg still bounces sometimes. Much less than it used to. And when I see a new person in the circle whose knee is going like a sewing machine, I try to catch their eye after the meeting and tell them what was told to me. It calms down. Give it a few months.`,
  },
  {
    title: "Club Soda at the Sales Conference",
    author: "sam",
    anonymity: "USERNAME",
    tags: ["alcohol", "workplace", "twelve-step", "one-to-five-years"],
    warnings: [],
    monthsAgo: 17,
    body: `My first big work trip sober was a three-day sales conference in a hotel that seemed to have been designed around the open bar. Every session ended with a "networking reception." Every reception had drink tickets. I had been to this conference four times before and I honestly could not remember much of any of them.

I was about ten months sober and terrified. Here's what I did, in case it helps anyone staring down a similar calendar invite.

**Before I left**, I told my sponsor the dates and we scheduled a call for each evening. I looked up online meetings in my time zone so I'd have something to log into from the hotel room. I packed running shoes, which I did not use, and a book, which I did.

**At the receptions**, I went to the bar first, right away, and ordered a club soda with lime. Having a glass in my hand stopped about ninety percent of the "can I get you a drink?" questions. For the other ten percent, "I'm good, thanks" worked every time. Nobody cared nearly as much as I'd feared.

**I gave myself an exit time.** One hour, then I could leave, no explanation needed. Most nights I left after forty minutes. One night I stayed for two hours because I was having a genuinely good conversation, and I remembered all of it the next morning, which felt like a magic trick.

**I found the other ones.** On the second night a woman from another company saw my glass and said quietly, "Soda water club?" We ended up getting breakfast each morning. She'd been sober six years. I don't know her last name and it doesn't matter.

The thing that surprised me most was that I was better at my job. I remembered names. I followed up on conversations. My manager, who had never said a word about my drinking, said it was the best conference I'd ever had. I just said thanks.

I still go every year. Still club soda. Still lime.`,
  },
  {
    title: "My First Sober Pride",
    author: "sam",
    anonymity: "USERNAME",
    tags: ["alcohol", "lgbtq", "peer-support-group", "one-to-five-years"],
    warnings: [],
    monthsAgo: 9,
    body: `For most of my adult life, being gay and drinking were tangled together so tightly I couldn't see where one stopped and the other started.

The first places I ever felt safe being myself were bars. That's true for a lot of us, especially people my age and older, especially people who grew up in towns where there was nowhere else to go. The bar was church, community center, dating app and family dinner all at once. So when I got sober, I didn't just lose a drink. I lost the map of where my people were.

The first summer, I skipped Pride entirely. I told myself I was protecting my sobriety, which was partly true. Mostly I was grieving, and a little angry, and afraid that without a drink in my hand I would be the awkward guy standing at the edge of my own community.

## Finding the others

What changed things was a small peer support group for queer people in recovery that met in the back room of a community center. Not a bar. Folding chairs, bad coffee, a box of tissues that nobody was embarrassed to use. There were young people who had never really had a drinking life to lose, and older guys who'd been sober since before I came out. There were trans women and nonbinary folks and a retired lesbian couple who'd been together longer than I'd been alive.

We talked about everything, but we talked a lot about exactly this: how to belong when the old places don't work for you anymore.

## The parade

The next summer, a few of us from the group marched together. Somebody had made a hand-painted sign that just said SOBER AND HERE. We handed out water bottles. We danced, badly and completely sober, in the street, in the middle of the afternoon, and I have never felt less alone in my life.

At one point a young guy, maybe twenty-two, came up to our group and asked, a little embarrassed, if we were "an actual thing" and how he could find us. One of the older guys gave him the time and the room where we met. I saw him there two weeks later.

## What I know now

The bar was never really what I loved. What I loved was being seen. It took me a long time to learn I could have that without the drink — but I can, and I do, and if you're a queer person who's scared that sobriety means losing your community, I want you to know it can also mean finding it again, in a different room, with better lighting.`,
  },
  {
    title: "Telling My Boss the Truth",
    author: "sam",
    anonymity: "USERNAME",
    tags: ["alcohol", "workplace", "depression", "therapy", "one-to-five-years"],
    warnings: ["self-harm"],
    monthsAgo: 3,
    body: `This one is hard to write, so I'm going to keep it plain.

In the last year of my drinking, I was also deeply depressed, though I didn't have a word for it yet. I was still going to work. I was still hitting most deadlines. But in the evenings I sat in my apartment and drank and thought, often, that the people around me would be better off without me. I never made a plan. I also didn't tell a single person I was thinking it.

If you are thinking those thoughts right now, please stop reading this and reach out to a crisis line or someone you trust. The links to crisis resources are on every page of this site. I wish I had used them sooner.

## Why I told my boss

After a few weeks sober, my therapist and I agreed I needed to take some time off for more intensive treatment. I was petrified of losing my job. I had built my whole identity around being reliable. I thought the truth would end that.

My therapist helped me think through how much I wanted to share. I didn't owe my employer my whole story. I wrote down three sentences and practiced them:

> "I'm dealing with a health issue related to alcohol and depression. I'm getting treatment, and I need to take some leave. I'd like to talk about how to hand off my work."

## What happened

My boss was quiet for a moment. Then she closed her office door and said, "Thank you for trusting me with that." She told me about the leave options, asked who I wanted to cover my projects, and said nothing about it to anyone else.

Not everyone gets that response. I know that. Some workplaces are not safe places to share, and you get to decide what's right for you. Human resources, a doctor's note, or simply "a medical issue" are all fine ways to protect yourself.

## After

I went back to work after several weeks. The depression didn't disappear, but treatment — therapy, and for a while medication my doctor and I chose together — made it manageable. I don't have those evening thoughts anymore. When something dark starts creeping in, I know what it is now, and I know who to call.

My boss checks in once in a while. Just "How are you doing, really?" I tell her the truth now. It turns out that's a lot less exhausting than pretending.`,
  },
  {
    title: "What I Tell the New Guy at Work",
    author: "sam",
    anonymity: "USERNAME",
    tags: ["alcohol", "workplace", "twelve-step", "one-to-five-years"],
    warnings: [],
    monthsAgo: 0,
    body: `A few months ago a younger colleague stopped by my desk at the end of the day, shut the door halfway, and asked if he could ask me something personal. He'd noticed I never drank at team dinners. He'd noticed I left the holiday party early. He wanted to know if I was "one of those recovery people," and then, before I could answer, he said, "Because I think I might need to be."

I remember exactly what that sentence costs. I said yes, I was, and asked if he wanted to get a coffee.

I'm not his sponsor and I'm not his therapist. I'm just a guy two desks over who's a few years further down the road. But over a handful of coffees, I've found myself saying the same few things, and I'll put them here in case they help somebody else's new guy.

**You don't have to decide your whole life today.** He kept asking whether he'd "never drink again." I told him I didn't know the answer to that for him. I only know that I didn't drink today.

**Your job will probably survive this.** He was sure everyone could tell. Some people probably could. But far fewer people are watching you than you think, and the ones who are watching are mostly relieved when you start taking care of yourself.

**Go to a meeting before you decide meetings aren't for you.** Go to three, actually, different ones. The first one might be full of people you can't relate to. The third one might have someone who says your exact thought out loud.

**Tell one person the whole truth.** Doesn't have to be me. Doesn't have to be your manager. Just one person.

He's about four months in now. He still comes by sometimes at the end of the day, and we walk out to the parking lot together. Mostly we talk about work and bad television. Every so often he says, "Hey, thanks." I tell him what my sponsor told me: you're helping me as much as I'm helping you. I didn't believe it when I heard it. I believe it now.`,
  },

  // ---------------------------------------------------------------------------
  // jordan (username): a queer person from a farm town, in recovery from meth.
  // ---------------------------------------------------------------------------
  {
    title: "Forty Miles to the Nearest Meeting",
    author: "jordan",
    anonymity: "USERNAME",
    tags: ["methamphetamine", "rural", "twelve-step", "early-recovery"],
    warnings: [],
    monthsAgo: 28,
    body: `When people in cities talk about recovery, they talk about going to "a meeting" like it's going to the grocery store. Where I live, the closest in-person meeting when I got clean was forty miles away, in the county seat, twice a week. The closest one after that was farther.

I didn't have a license at the time. That's a longer story.

## How I got there anyway

The first few weeks, my aunt drove me. She'd sit in the truck in the church parking lot and listen to the radio for an hour, and then drive me back, and never once asked what was said inside. That was a gift I didn't understand until much later.

After that, a retired long-haul driver from the meeting started picking me up. He lived about halfway between me and town and said he was "going that way anyway," which was not true and we both knew it. We'd talk the whole drive — about his years on the road, about farm prices, about the weather, about anything except using. Sometimes that was exactly what I needed. On the bad days, he'd ask one question, usually around mile twenty: "How's your head today?" And I'd tell him.

## When the roads closed

That winter we got snowed in for the better part of two weeks. No meeting, no ride, no way out. I was a few months clean and I was scared.

I tried online meetings from my phone, standing on the back porch in my coat because that was the only place with a signal. It kept cutting out. I'd hear half a sentence, then nothing, then someone laughing at a joke I'd missed. It was frustrating and a little funny and it still helped. Hearing other people's voices, even in pieces, reminded me that I wasn't the only one fighting this.

## What rural recovery looks like for me

It looks like phone calls more than meetings. It looks like a lot of driving and a lot of quiet. It looks like knowing that in a small town, everybody already knows your business, so you might as well let them know the good part too.

It looks like people stepping up who you didn't expect. My aunt. A truck driver. The lady at the feed store who said, when I came back after being gone a while, "Good to see you looking well," and nothing else.

If you're out here too, miles from anything: the support might not look like the pamphlets. It still exists. Sometimes you have to drive forty miles for it. Sometimes it drives to you.`,
  },
  {
    title: "What Probation Got Right (and What It Didn't)",
    author: "jordan",
    anonymity: "USERNAME",
    tags: ["methamphetamine", "justice-involvement", "rural", "peer-support-group", "one-to-five-years"],
    warnings: [],
    monthsAgo: 19,
    body: `I was on probation for a little under two years. I've been off it for a while now, and I've been thinking about how to describe it honestly to someone who's just starting, because it was neither the nightmare I expected nor the help it claimed to be. It was both, depending on the week.

## What it got right

**Structure.** I hated it, and I needed it. Check-ins, testing, curfew — for someone whose life had been completely shapeless for years, having a calendar somebody else enforced was, in a strange way, restful. I didn't have to decide whether to go. I just went.

**A reason to say no.** "I can't, I'm on paper" ended more conversations with old friends than anything else I could have said. Nobody argued with it.

**One decent officer.** My second probation officer was tired and overworked and responsible for way too many people across three counties. But she treated me like a person. When I told her I was struggling, she pointed me to a peer support group instead of writing me up. That group is the reason this story has a good ending.

## What it got wrong

**Distance.** The office was an hour away. So were the classes I was required to take. With no car for a lot of that time, a missed ride could mean a violation. Rural probation assumes you can get places you often can't.

**Fees.** I owed money for supervision, for testing, for classes, while being turned down for jobs because of my record. It felt like trying to climb out of a hole while someone kept adding to the bottom.

**Fear of honesty.** In treatment, you're supposed to be honest about cravings and bad days. On probation, being honest could land you in a cell. I learned to talk about my real struggles in my peer group and keep my check-ins short.

## The group

The peer group met in the back of a community building. Most of the people there had been through the system in some way. Nobody was scared of my record, because they had records too. They helped me find an employer who would hire people with convictions. One of them drove me to court once when my ride fell through.

If you're on paper right now: do what they ask, keep your head down, and find your people somewhere else too. Probation can hold you still for a while. It can't hold you up. People do that.`,
  },
  {
    title: "Learning to Sleep Again",
    author: "jordan",
    anonymity: "USERNAME",
    tags: ["methamphetamine", "depression", "rural", "lgbtq", "therapy", "one-to-five-years"],
    warnings: [],
    monthsAgo: 8,
    body: `Nobody told me how long it would take to feel like a person again after I stopped using meth. Not physically — that part came back faster than I expected. I mean feeling anything at all.

For months, everything was gray. I wasn't sad, exactly. I just didn't care. Food tasted like cardboard. Music I used to love sounded like noise. I slept either twelve hours or two. I'd sit in my truck in the driveway for forty minutes because going inside felt like too much work.

I thought that was just what sober felt like, and I thought I'd made a terrible trade.

## Finding a therapist who got it

It took a while. The first counselor I saw, over video because there's nobody nearby, kept calling my partner "your girlfriend" after I'd corrected her twice. I stopped going. The second one was better but mostly wanted to talk about my childhood, and I wasn't ready for that.

The third one, I lucked into. She worked with a lot of queer people and a lot of people in recovery, and she said the first thing that actually helped: "What you're describing is really common. It has a name, it's treatable, and it usually gets better. We're going to work on it together."

That was the first time anyone called it depression out loud.

## Small things, done on purpose

We didn't start with my childhood. We started with sleep. Same bedtime every night, even when I wasn't tired. Up at the same time, even when I didn't want to be. Outside in daylight for at least twenty minutes, which out here mostly meant walking the fence line.

Then we added one thing a week that I used to enjoy, even if I didn't enjoy it now. Cooking. Fixing an old radio. Calling my cousin. She said to do them like taking medicine — not because it feels good, but because it's good for you.

It was slow. Months slow. But one evening I was cooking, and I caught myself humming, and I realized I'd been humming for a while.

I still have gray days. I know what they are now, and I know they pass. If you're in that flat, colorless stretch right now, I want you to hear what I needed to hear: it's common, it has a name, and it usually gets better. Keep the lights on. Keep your bedtime.`,
  },
  {
    title: "Sitting at the Harm Reduction Table",
    author: "jordan",
    anonymity: "USERNAME",
    tags: ["methamphetamine", "rural", "harm-reduction", "one-to-five-years"],
    warnings: ["overdose"],
    monthsAgo: 2,
    body: `Once a month I volunteer at a folding table in the parking lot of a community health office. We hand out naloxone, hygiene kits, warm socks in the winter, water in the summer, and information about treatment for anyone who asks. Most people don't ask. That's fine. That isn't the point.

Some people in my town think what we do encourages drug use. I understand why they'd think that. I'm going to tell you why I'm at that table anyway.

## Why I'm there

When I was still using, a friend of mine — someone I'd known since middle school — stopped breathing in the back seat of a car. What he took wasn't what he thought it was. That's becoming more and more common out here, and a lot of people don't know it.

Someone in the car had a naloxone kit they'd gotten from a table exactly like mine. They used it. They called for help. He's alive. He's in recovery now too, a year behind me. We have dinner sometimes.

If that kit hadn't been in that car, there is no recovery story for him. There's a funeral.

## What I've learned at the table

People come by who are not ready to stop. They're polite, or embarrassed, or suspicious. I don't lecture. I say hi, I ask if they need anything, and I remember their faces. Some of them come back the next month, and the month after. Trust builds slowly, the way it did for me.

And then, every so often, someone comes by and says, "Hey, you said something once about a program?" And I get to tell them what I know, from someone who's been there, without judgment.

> Nobody can recover if they don't survive long enough to try.

I heard that from the person who trained me, and it's the truest thing I know about this work.

## For anyone who's skeptical

I'm not asking you to agree with every part of harm reduction. I'm asking you to imagine the person you love most, on their very worst day, and ask yourself whether you'd rather they met someone who handed them a kit and a kind word, or someone who looked away.

I was that person once. Somebody didn't look away. So I sit at the table.`,
  },

  // ---------------------------------------------------------------------------
  // Pen-name stories (not linked to the account anywhere public).
  // ---------------------------------------------------------------------------
  {
    title: "The Promise I Made in the NICU",
    author: "river",
    anonymity: "PEN_NAME",
    penName: "Morning Light",
    tags: ["opioids", "pregnancy", "parenting", "medication-for-oud", "one-to-five-years"],
    warnings: [],
    monthsAgo: 24,
    body: `I found out I was pregnant while I was still using. I'm not going to pretend I handled it well. For the first few weeks I was too scared to tell anyone, too scared to see a doctor, convinced that if I walked into a clinic they would take the baby away the minute it was born.

What finally got me through a door was a nurse at a free clinic who, when I told her, didn't flinch. She said, "Okay. Let's make a plan for both of you."

## The plan

For me, the plan was medication for opioid use disorder, with a team who worked with pregnant patients. My doctor explained why she thought staying on a steady medication was the safer path for me and the baby than trying to stop all at once, and I chose to trust her. I'm not a doctor, and I won't tell anyone else what's right for their body. I can only say it was the right choice for us.

I went to every appointment. I went to a group for pregnant women in recovery, where I met a woman who had done this two years before me and who showed me pictures of her toddler on her phone like she was handing me proof of something.

## The NICU

My son was born a little early. He spent some time in the neonatal unit being watched, and I spent those days in a recliner next to him, holding him skin to skin for hours at a time because the nurses said it could help him settle. I don't know the science. I know that when I held him, he calmed down, and so did I.

There was a night nurse who worked most of those shifts. She never once made me feel like I didn't belong there. At three in the morning, when he wouldn't stop crying and I was sure it was my fault, she sat with me and said, "You are here. You are holding him. That is what a good mother does."

That's when I made the promise. Not out loud. Just to him, in that chair: *you will never have to wonder where I am.*

## Now

He's a loud, bossy, wonderful little boy. I'm still on my medication, still in counseling, still going to a parents' group once a month. Child services was involved for a while, which was frightening, but they closed the case after seeing the work I'd done.

I've kept my promise every day so far. I plan to keep it tomorrow too.`,
  },
  {
    title: "Harvest Season, Sober",
    author: "sam",
    anonymity: "PEN_NAME",
    penName: "J.T. from the Valley",
    tags: ["methamphetamine", "rural", "justice-involvement", "faith-based", "five-plus-years"],
    warnings: ["abuse-violence"],
    monthsAgo: 20,
    body: `I grew up on a farm where work started before light and ended after dark, and where my father's temper was the weather we all lived under. When he drank, he hit. Mostly my mother, sometimes us. I learned early to read a room by the sound of a truck door closing.

I started using meth at seventeen, during harvest, because an older guy on the crew said it would help me keep up. It did, for a while. Then it was how I got through every day, not just the long ones. Then it was the only thing I did.

I'm not going to tell the whole middle part. It's the same as a lot of stories here: lost jobs, burned bridges, a couple of arrests, and finally a sentence that put me in county jail for most of a year.

## What I found inside

There was a chaplain who ran a Bible study and a recovery group on the same night, back to back. I went for the coffee, honestly. I wasn't a believer and I didn't pretend to be.

He never pushed. He'd read something, and then he'd ask us what we thought, and then he'd actually listen. One night he read about a man who came home after wasting everything, and the father ran out to meet him. I said, out loud, that no father I knew would run anywhere except at you. The room got real quiet.

The chaplain said, "Then maybe that's the kind of father you get to learn to be."

I can't explain what that did to me. I still can't.

## Coming home

When I got out, I joined a faith-based recovery group at a small church near my sister's place. It wasn't for everybody. It was for me. I needed something bigger than myself to hold onto, because I had proved I couldn't hold on alone.

I got work back on a farm — not my father's. The owner knew my record and hired me anyway because his own brother had struggled. My first harvest clean, I worked the same long hours I used to use to get through. I was tired in a way that was honest. I slept at night.

## Now

It's been more than seven years. I have two kids. I have never once raised a hand to them, and I never will. My father has passed, and I've done a lot of work on forgiving him, which is not the same as saying what he did was okay.

Every harvest, I think about that seventeen-year-old who thought he needed something to keep up. I wish I could tell him: the work is hard, and you can do it, and you can do it as yourself.`,
  },
  {
    title: "Coming Home Twice",
    author: "jordan",
    anonymity: "PEN_NAME",
    penName: "Quiet Harbor",
    tags: ["alcohol", "veteran", "trauma-ptsd", "therapy", "five-plus-years"],
    warnings: ["self-harm"],
    monthsAgo: 15,
    body: `They tell you about coming home from deployment. Briefings, pamphlets, a few sessions with someone who checks boxes. What they don't really tell you is that you might come home twice — once when the plane lands, and once, years later, when you finally stop running.

The first time, I came home to a parade of relatives, a welcome-home cake and a garage fridge stocked with beer. Everybody wanted to buy me a drink. Everybody wanted to shake my hand. Nobody wanted to hear about it, and I didn't want to tell them, so it worked out.

## The drinking years

I drank to sleep. That's the simplest way to say it. Without it, I'd lie awake listening for things that weren't there, and when I did sleep, I'd wake up in a sweat and not know where I was. With enough in me, I'd just go out.

It worked for a few years, the way a splint works on a bone you won't let anyone set. Then it stopped working, and I kept drinking anyway. I lost a marriage. I lost a good job. I stopped answering calls from the guys I'd served with, because hearing their voices brought everything back.

## The night

There was a night, around my fifth year home, when I sat in my truck for a long time and seriously thought about not being here anymore. I won't describe it more than that. What stopped me was a text from one of those guys I'd been ignoring. It just said, "Thinking about you, brother. Call me when you can."

I called him. He stayed on the phone with me until the sun came up. The next day, he drove four hours to sit in my kitchen and make me call a crisis line with him sitting right there.

If you're where I was that night, please reach out. There are crisis lines for veterans and for everyone, and the links are on every page of this site. Someone will pick up.

## Coming home the second time

Getting sober and getting help for PTSD happened together for me. I don't think either would have worked alone. I started with a counselor through veterans' services who had served herself. She didn't flinch at anything I said. Over a long time, we did the kind of therapy where you go back through the worst memories carefully, with support, until they lose some of their grip. I'm not going to pretend it was easy. Some weeks I came out of her office and sat in the parking lot for half an hour before I could drive.

But slowly, the nights got quieter. I started sleeping without help. I stopped scanning every room for exits. I noticed, one spring, that I'd sat in a crowded restaurant with my back to the door and hadn't thought about it until the check came.

## Now

I've been sober more than six years. I'm remarried. I coach a youth soccer team, which is the most chaotic and joyful hour of my week. I still see a counselor now and then, and I still talk to that friend every couple of weeks.

When I meet younger veterans who are drinking the way I did, I don't preach. I just tell them: you came home once already. You can do it again. And you don't have to do it alone.`,
  },
  {
    title: "Raising My Grandson While His Mother Heals",
    author: "river",
    anonymity: "PEN_NAME",
    penName: "Nana B.",
    tags: ["opioids", "heroin", "loved-one", "parenting", "older-adult", "peer-support-group", "supporting-someone"],
    warnings: ["overdose"],
    monthsAgo: 11,
    body: `I was sixty-one and newly retired when my grandson came to live with me. He was three. I had plans for my retirement — a garden, some traveling, finally learning to paint. I had not planned to be buying a car seat and relearning how to cut grapes in half.

My daughter had been struggling with opioids for years, first pills after a surgery, and later heroin. I knew. Of course I knew. But I kept believing that if I just said the right thing, or loaned the right amount of money, or stayed quiet at the right moment, she would stop.

## The call

The call came early one morning from a hospital two hours away. She had overdosed, and a stranger had found her and called for help. She survived. When I got there, she was sitting up in bed, gray-faced and crying, asking if I would take the baby "just for a while."

That was almost three years ago.

## What nobody tells grandparents

You will be exhausted. I love that boy more than my own breath and I have never been so tired in my life, not even when my own kids were small. My knees are not what they were. My patience is not what it was.

You will be angry at your child. You will feel guilty for being angry. You will be angry at yourself for feeling guilty. Round and round.

You will feel alone. My friends were going on cruises. I was at the pediatrician.

## What helped

A nurse at that hospital gave me a flyer for a support group for family members of people with substance use problems. I didn't go for months. When I finally went, I found a room full of people like me — many of them grandparents, raising their grandchildren while their sons and daughters were using, in treatment, or gone.

They taught me things I desperately needed. That I didn't cause my daughter's illness and can't cure it. That I could love her and still say no. That taking care of myself was not selfish; it was how I'd last long enough for my grandson. One woman in the group showed me how to apply for help I didn't know existed.

## My daughter now

She has been in recovery for about two years. She's on medication and goes to counseling. She visits every weekend, and lately she's been staying over on Saturdays. We're talking, slowly and carefully, with a family counselor, about her taking him back full-time.

I'm scared of that, and I'm hopeful, both at once. The group taught me that's allowed too.

My grandson calls me Nana and calls her Mama, and he knows we both love him. Some days that's the whole plan, and it's enough.`,
  },
  {
    title: "Last Call in the Kitchen",
    author: "sam",
    anonymity: "PEN_NAME",
    penName: "Second Shift",
    tags: ["alcohol", "cocaine", "workplace", "relapse", "peer-support-group", "early-recovery"],
    warnings: ["relapse", "detailed-use"],
    monthsAgo: 7,
    body: `I've cooked in restaurant kitchens since I was sixteen. If you've never worked the line, here's what you need to know: it's hot, it's loud, it's fast, and after service, everybody drinks. It's not a secret. It's practically part of the job description.

## How it went

My drinking started as a shift beer. Then two. Then a bottle in the walk-in cooler, a swig every time I went back for product, so that by the end of a double I'd be properly drunk and nobody could tell because everybody else was too. On busy weekends someone always had cocaine, and it felt like the only way to keep up with the tickets after a fourteen-hour day. I'd do a line in the staff bathroom, go back to my station with my heart pounding and my hands moving faster than my head, and tell myself I was a machine.

I wasn't a machine. I was a guy who couldn't sleep without drinking and couldn't work without the other thing, and whose hands shook every morning until the first drink.

I'm writing that much detail because for years I didn't think what I did was a problem. It was just kitchen life. If that sounds familiar, it might be worth a second look.

## Getting out, and falling back

I got sober the first time after I burned my forearm badly on a flat-top because I was too drunk to notice I was leaning on it. I went to a peer support group for people who work in restaurants and bars — a real thing, and it changed my life. I made it about seven months.

Then I took a sous chef job at a new place. Bigger kitchen, more pressure, same after-shift culture. I told myself I could just be around it. For a few weeks I could. Then one Saturday we got slammed, the chef screamed at me in front of the whole line, and afterwards someone handed me a beer and I didn't even think. I just drank it.

That relapse lasted about three weeks. It was worse than before, faster, like my body remembered exactly where we'd left off.

## Coming back

What brought me back was the group. One of the guys texted me when I stopped showing up. Just "Hey, chef. Missing you." I showed up the next week and said it out loud. Nobody was surprised. Half of them had done the same thing.

I changed jobs again — to a breakfast and lunch place. No late nights, no after-shift drinks, and a kitchen manager who's been sober longer than I've been alive. I make less money. I also sleep, and my hands don't shake.

I'm four months back now. If you work in a kitchen and you're tired of living like this, know that there are cooks out here who are sober and still love the work. We're quieter than the others, so you have to look for us. But we're here.`,
  },
  {
    title: "Sixty-Eight and Finally Honest",
    author: "jordan",
    anonymity: "PEN_NAME",
    penName: "Dee from the Lake",
    tags: ["alcohol", "older-adult", "grief", "twelve-step", "early-recovery"],
    warnings: ["death-grief"],
    monthsAgo: 14,
    body: `My husband and I were married forty-one years. When he died, after a long illness, I thought the hardest part was behind me. I'd been his caregiver for three years. I thought, now I can rest.

What I actually did was start drinking wine in the afternoon.

It had always been a glass with dinner. Respectable. Then it was a glass at four, because the house was so quiet at four, which had been when he used to wake up from his nap and ask for tea. Then it was a bottle by evening, and some nights more. I hid the empties in the recycling bin at the back of the garage. A woman in her sixties, sneaking bottles past her own neighbors.

## Nobody suspected a thing

That was part of the problem. Nobody looks at a grieving widow with a glass of wine and thinks, she has a drinking problem. They think, poor thing, she deserves it. My friends would bring bottles when they visited. My doctor asked how much I drank, and I said "a glass or two," and he nodded and moved on.

It was my granddaughter who noticed. She was staying with me one summer and found the bottles in the garage. She didn't say anything for a few days. Then one night she sat down across from me and said, "Grandma, I'm worried about you." She was nineteen. I was so ashamed I couldn't speak.

## The church hall

I went to my first meeting the following week. I expected to be the oldest person there by decades, and I was close. There were people young enough to be my grandchildren. I sat in the back with my purse on my lap and felt ridiculous.

Then an older man, about my age, got up and talked about losing his wife, and about how he started drinking at the exact hour she used to come home from work. I cried through the rest of the meeting. Nobody stared. A young woman handed me a tissue without a word.

## Grieving sober

What I hadn't understood is that the wine wasn't helping me grieve. It was helping me not grieve. When I stopped, all of it came: the loss, the exhaustion of those caregiving years, even some anger at him for leaving me. My sponsor, who lost her own husband years ago, told me, "The grief was waiting for you. Now you can actually meet it."

Ten months on, I'm meeting it. Some days I still cry at four o'clock. Now I make tea, the way he liked it, and I sit with his photo, and I talk to him. It's better than the wine. It's real.`,
  },
  {
    title: "The Numbers I Couldn't Stop Watching",
    author: "river",
    anonymity: "PEN_NAME",
    penName: "Ash and Oak",
    tags: ["gambling", "depression", "workplace", "twelve-step", "early-recovery"],
    warnings: ["self-harm"],
    monthsAgo: 6,
    body: `People don't always believe gambling is an addiction the way drinking or drugs are. I didn't either. There's no substance. Nothing goes into your body. But I can tell you that my heart raced, my hands sweat, and I lied to everyone I loved, exactly the way any other addiction would make me.

## How it started

Sports betting became legal where I live, and suddenly it was everywhere — ads during every game, promotions on my phone, coworkers comparing their bets in the break room. I put twenty dollars on a game for fun. I won. I put fifty on the next one.

Within a year, I was checking odds on my phone under my desk at work. I'd go to the bathroom to watch live games. I took on extra shifts to cover losses, then bet the extra money too. I opened credit cards my partner didn't know about. I told myself that one good week would put everything right.

There is no one good week. That's the trick of it.

## The bottom

The numbers in my head got so big I couldn't see a way out. I was sure that when my partner found out, she would leave, and she would be right to. I started thinking that everyone would be better off if I wasn't around — that maybe some insurance money would fix what I had broken. I'm saying this plainly because I know other people who gamble have had the same thought. If you're having it now, please reach out to a crisis line or someone you trust. The resources are on every page of this site.

I didn't act on it. Instead, at two in the morning, I searched for help and found a gambling helpline. The woman who answered didn't sound shocked. She sounded like she'd heard it a thousand times, which was strangely comforting.

## What recovery looks like

I told my partner the next day. She didn't leave. She was furious and hurt, and she stayed, on the condition that we get help together and she take over our finances for a while. I agreed to everything.

I go to Gamblers Anonymous twice a week. I deleted every betting app and asked my bank to block gambling transactions. I see a therapist for the depression that I now realize was there long before the betting. I have a repayment plan for my debts that will take years.

I'm about eight months free of betting. The ads still come on during games, and I change the channel. It's a small thing. It's a thing I can do today.`,
  },
  {
    title: "Packing Lunches Before Sunrise",
    author: "sam",
    anonymity: "PEN_NAME",
    penName: "Little Bear's Dad",
    tags: ["fentanyl", "opioids", "parenting", "justice-involvement", "medication-for-oud", "early-recovery"],
    warnings: [],
    monthsAgo: 4,
    body: `I get up at five every morning now, even on days I don't have to. I make my daughter's lunch first — sandwich cut into triangles, never squares, a note on the napkin. Then coffee. Then I take my medication, and sit at the kitchen table for five quiet minutes before she wakes up.

A year ago I didn't have custody. I didn't have a kitchen table. I'd been arrested twice, and the second time, the judge offered me drug court instead of a sentence. I took it because it was the only door open, not because I believed in it.

## Drug court

It was hard. Weekly hearings, testing, check-ins, treatment. The judge knew every one of us by name and remembered what we'd said the week before. When somebody did well, people in the courtroom actually clapped. The first time they clapped for me — for thirty days — I didn't know where to look.

Part of treatment was starting buprenorphine. I'd been against it for years. I thought real recovery meant doing it with nothing. My counselor didn't argue. She just asked me how "doing it with nothing" had been working out for me. It hadn't. I'd tried that four times.

For me, the medication made the cravings quiet enough that I could actually show up to the rest of my life. It's been the difference.

## Getting her back

My daughter was living with her grandmother while I was in the program. At first, I got supervised visits for an hour in a room with toys and a social worker. My daughter would climb into my lap and ask when she could come home with me. I never had an answer.

I did every single thing they asked. Parenting classes. Steady work at a warehouse. A small apartment with a real bedroom for her. Months of clean tests.

After about nine months, the visits became unsupervised. Then overnights. Then, finally, she came home.

## Mornings

She's six. She doesn't remember much about the bad time, and I'm grateful for that. What she knows is that Daddy makes lunch with triangle sandwiches and writes jokes on the napkins, and that some of the jokes are very bad.

I still have court reviews for a while longer. I still take my medication and go to group. I'm not done. But every morning, I make that lunch, and I get to be the one who does.`,
  },
  {
    title: "Tapering Off the Calm",
    author: "jordan",
    anonymity: "PEN_NAME",
    penName: "Wren",
    tags: ["benzodiazepines", "anxiety", "student", "therapy", "in-treatment"],
    warnings: [],
    monthsAgo: 3,
    body: `I'm writing this in the middle of it, which feels strange. Most stories here are written from the other side. I'm not on the other side yet. I'm about halfway down a slow taper, in the second year of a graduate program, and some days I'm not sure I'll make it to the end of either.

## How I got here

I was prescribed a benzodiazepine in my first year of college for panic attacks. It worked. I mean it really worked — for the first time since I was a kid, my chest wasn't tight all the time. I took it exactly as prescribed for a while.

Then exams came, and I took an extra one. Then presentations. Then I started taking one before any social event, then before class, then just in the morning "to get going." Refills came sooner than they should have. I switched doctors once without mentioning my history. I'm not proud of that.

By the time I started grad school, I couldn't remember what it felt like to be anxious without it, and I was starting to be scared of what would happen if I ran out.

## Asking for help

I finally told a doctor at the student health center everything, including the parts I'd been hiding. I expected a lecture. Instead she said, "Thank you for telling me. Let's not stop anything suddenly — we're going to make a plan together." She explained that for someone in my situation, she wanted to reduce it gradually and keep a close eye on me, and she referred me to a therapist who specializes in anxiety.

That was about five months ago.

## What the middle feels like

Honestly? Some weeks are hard. After a dose reduction, my anxiety comes back louder for a while, and I have to remind myself that the feeling isn't a sign I'm failing. My therapist and I are working on tools I never learned because I never had to: breathing exercises that I thought were silly until they weren't, facing small fears on purpose, writing down the catastrophic thought and then writing down what actually happened.

I've told my advisor I'm dealing with "a health issue" and might need some flexibility. She didn't ask questions. I've told two friends the whole truth. They check in.

## Why I'm posting now

Because when I was searching for stories about this, I only found the end of the road. I wanted to hear from someone in the middle. So, hi. I'm in the middle. It's uncomfortable and it's working. I'll write again when I get to the end.`,
  },
  {
    title: "The Part I Never Said Out Loud",
    author: "river",
    anonymity: "PEN_NAME",
    penName: "Kestrel",
    tags: ["alcohol", "trauma-ptsd", "therapy", "five-plus-years"],
    warnings: ["sexual-violence"],
    monthsAgo: 18,
    body: `For my first few years of sobriety, I told my story in meetings the way I thought it was supposed to go. I started drinking in high school, it got worse in college, I lost some things, I got sober. True, as far as it went.

What I left out was the reason.

When I was fifteen, someone I trusted assaulted me. I won't say more than that, and I don't need to. I told no one. I started drinking that same year, and for the next fifteen years, drinking was the only thing that put a wall between me and that memory.

## Sober, with nothing in between

When I got sober, the wall came down. I'd been warned that early sobriety is emotional. Nobody told me I would start having nightmares I hadn't had since I was a teenager, or that certain smells would make me freeze in a grocery store aisle. I thought I was losing my mind. I thought sobriety was making me worse.

I white-knuckled it for two years. I was sober, but I wasn't well.

## Saying it

It was my sponsor who finally gently pushed me toward a trauma therapist. She said, "You keep telling me about the drinking. I think there's something underneath it you're not telling anyone." I cried in her car for a long time.

The therapist I found worked specifically with survivors. For the first few months, we didn't even talk about what happened. We worked on feeling safe in my own body — noticing when I was panicking, learning ways to come back to the present. Only when I was ready did we approach the memory itself, slowly, at my pace, with me in control the whole time.

The first time I said it out loud in that room, in a full sentence, I felt like I'd set down something I'd been carrying since I was fifteen.

## What I want other survivors to know

If drinking or using was how you survived something, you weren't weak. You were a kid, or a young person, doing the best you could with what you had.

Getting sober might bring it all back up. That doesn't mean recovery is failing. It might mean you're finally safe enough to heal. You deserve help that addresses both.

I'm more than eight years sober now. I still don't share the details in meetings, and I don't have to. But I tell the real reason now. And almost every time, someone finds me afterward and says, quietly, "Me too."`,
  },
  {
    title: "When the Pain Stayed and the Pills Went",
    author: "sam",
    anonymity: "PEN_NAME",
    penName: "Cedar",
    tags: ["prescription-painkillers", "chronic-pain", "older-adult", "medication-for-oud", "one-to-five-years"],
    warnings: [],
    monthsAgo: 13,
    body: `I was a finish carpenter for thirty-five years. Bad knees, bad back, shoulders that sound like popcorn when I reach for the top shelf. When I had my second back surgery at fifty-nine, I was given pain pills afterward, and I took them exactly like the bottle said.

The trouble is, the pain never left. The surgery helped some, but my back never went back to how it was. So the prescriptions kept coming. Then the doses went up. Then one doctor retired and the new one started asking questions, and I realized with a jolt that I was afraid — not of the pain, but of not having the pills.

## The part that's hard to admit

I never thought of myself as someone with an addiction. I'd never bought anything on a street corner. I was a grandfather who went to church and paid his taxes. But I was counting pills. I was calling the pharmacy to ask when a refill would be ready. I was taking more on bad days and then running short and feeling sick and scared. When I tried to cut back on my own, I felt so terrible that I gave up within a day.

My wife was the one who said it. "I think you're hooked, and I think you know it."

## A doctor who didn't make me feel like trash

The new doctor turned out to be a blessing. He didn't cut me off. He didn't lecture. He sat down, looked me in the eye and said, "Your pain is real. And the pills have become their own problem. We can work on both."

For me, that meant starting buprenorphine under his care, along with seeing a physical therapist, a pain psychologist and, eventually, a group for people with chronic pain. I was skeptical of all of it. The psychologist especially — I told him my pain wasn't in my head. He said, "I know. But your head is where you feel it, so let's work there too."

## Where I am now

My back still hurts. It will probably always hurt. But I walk most mornings with my wife. I do the boring stretches the physical therapist gave me. I've learned some ways to ride out a bad pain day that don't involve counting pills. And I'm no longer afraid all the time, which I hadn't realized was the worst part.

I'm sixty-three. I thought I was too old to change. It turns out you can teach an old carpenter new tricks. It just takes patience, and some people in your corner.`,
  },
  {
    title: "What My Brother Left on the Porch",
    author: "jordan",
    anonymity: "PEN_NAME",
    penName: "M.R. in the Mountains",
    tags: ["methamphetamine", "loved-one", "rural", "peer-support-group", "supporting-someone"],
    warnings: [],
    monthsAgo: 10,
    body: `One morning I opened my front door and found my brother's truck keys on the porch railing, tied to a piece of paper with baling twine. The paper said, in his terrible handwriting: "Hold these for me. Going in. Don't let me talk you out of it."

He'd been using meth on and off for about ten years. We grew up together on a ridge road where the nearest neighbor was a mile away and the nearest treatment center was three hours. I had lost count of how many times I'd driven down that road to find him, or bail him out, or just check that he was breathing.

## What I learned too late

I'd spent years thinking that loving him meant rescuing him. Paying his phone bill. Lying to our mother about where he was. Giving him "one last" loan. Sleeping with my phone on loud.

A friend finally dragged me to a support group for families. It met in a library basement in the next town over, once a month. The first time, I didn't say a word. The second time, I said one sentence and then cried for about twenty minutes. They let me.

What they taught me, slowly, was that I couldn't make him stop, and that the way I was helping was sometimes making it easier for him not to. They didn't tell me to cut him off. They helped me figure out where my lines were — what I would do, and what I wouldn't, and how to say it kindly and mean it.

## The keys

A few weeks before the keys showed up, I'd finally said it to him. I told him I would always love him, that I would drive him to treatment any day he asked, day or night, and that I wouldn't give him any more money. He yelled. He left. I cried in the driveway and called someone from the group.

Then the keys.

He did a month in residential treatment, and since then he's been going to meetings and working with a counselor over video. He's not perfect. Neither am I. But he's been clean for most of a year, and he's been showing up for family dinners with his own truck, which I gave back to him after six months.

I still have the piece of paper. It's on my fridge. The group reminds me that his recovery belongs to him, not me. The paper reminds me that sometimes, when you stop carrying someone, they start walking.`,
  },
  {
    title: "The Weekend Habit That Ate My Weekdays",
    author: "jordan",
    anonymity: "PEN_NAME",
    penName: "Night Owl, Reformed",
    tags: ["cocaine", "anxiety", "smart-recovery", "one-to-five-years"],
    warnings: [],
    monthsAgo: 6,
    body: `I never thought of myself as someone with a problem because I only used on weekends. That was my rule, and for a long time I kept it. Friday night, with friends, at parties. Monday morning I'd go back to work.

What I didn't notice was how much of the week was about the weekend. Monday and Tuesday I felt wrecked — flat, irritable, anxious in a jittery, doom-filled way I blamed on work. Wednesday I started feeling human again. Thursday I started planning. Friday I was back at it. My life was a loop, and the only days I actually lived were Wednesdays.

## Why I tried SMART

I didn't want to go to meetings where I had to call myself anything. That's a personal thing, not a judgment. A friend mentioned SMART Recovery, which uses tools from therapy rather than steps, and I went to an online meeting mostly out of curiosity.

Some of the tools that have helped me:

- **The cost-benefit analysis.** I wrote down, honestly, what I got out of using and what it cost me. The "benefits" column was real — I felt confident, social, fun. The "costs" column was longer than I was comfortable with: money, sleep, anxiety, two friendships, and most of every Monday.
- **Urge surfing.** Noticing the craving, naming it, and riding it out like a wave instead of fighting it. Friday evenings, I still feel the wave. It passes faster than it used to.
- **Changing the environment.** I stopped going to the parties where I knew it would be around. I lost some friends. I kept the ones who were worth keeping.

## The anxiety underneath

Once I stopped, my Mondays got better within a few weeks, but the anxiety didn't fully go away. It turned out I'd always had it, and cocaine was both feeding it and giving me a short break from it. I started seeing a counselor about that, too.

## Now

It's been about two years. My weekends are quieter. I go hiking, which I did not expect to become "a hiking person." I have energy on Mondays. I actually have seven days in a week again, not one and a half.

If you've got a rule like mine — only weekends, only with friends, only on special occasions — it might be worth asking how the rest of your week feels. Mine told me the truth long before I was ready to listen.`,
  },

  // ---------------------------------------------------------------------------
  // Anonymous stories (shown as "Anonymous"; not linked to anything).
  // ---------------------------------------------------------------------------
  {
    title: "Letters to My Son",
    author: "river",
    anonymity: "ANONYMOUS",
    tags: ["fentanyl", "loved-one", "grief", "peer-support-group", "supporting-someone"],
    warnings: ["death-grief", "overdose"],
    monthsAgo: 16,
    body: `My grief counselor suggested I write letters to my son. He died of a fentanyl overdose two years ago, at twenty-four. He had been in recovery for eight months. I'm sharing one of the letters here, with a few things changed, because other parents in my group said it helped them.

---

To my boy,

It's autumn again. You always loved this time of year, the way the leaves went orange all at once on the hill behind the house. I raked them this morning and thought about how you used to jump in the piles before I was finished, and how I pretended to be angry.

I want you to know that I'm not angry at you. I was, for a while. I was angry at you and at myself and at the whole world. I was angry that you were doing so well, that you had a job and a little apartment and a cat, and that one bad night took everything. The people in my group say anger is part of it. They say it's love with nowhere to go.

I've learned a lot since you've been gone. At the naloxone training, they told us that what people take is often not what they think it is, and that after a stretch of not using, a person may not be able to handle what they used to. I wish I'd heard those things sooner. I wish you had. I don't know if it would have changed anything, and I've stopped asking myself that every night. Mostly.

I go to a group now for parents who've lost children to overdose. There are more of us than you'd think. We meet in a room with a little table where people bring photos. Yours is the one at the lake, sunburned and laughing. Everyone says you have a kind face.

I carry naloxone in my purse now. I went to a training. Last spring I gave a talk to a class of high school students about you. I told them you were funny and stubborn and good with animals and that you had an illness you were fighting hard. I told them that if they ever see someone who isn't breathing, they should call for help and not be afraid. Three of them came up afterward and hugged me.

I don't think I'll ever stop missing you. The group says I don't have to. They say the goal isn't to stop missing you, it's to carry it in a way that lets me keep living. Some days I manage that. Today I raked the leaves and then jumped in the pile myself, like a fool, and I laughed, and then I cried, and it was all right.

I love you. I always will.

Mom

---

If you've lost someone, please know you don't have to carry it alone. There are groups for exactly this. Find one.`,
  },
  {
    title: "The Van That Came Twice a Week",
    author: "sam",
    anonymity: "ANONYMOUS",
    tags: ["heroin", "homelessness", "harm-reduction", "one-to-five-years"],
    warnings: ["overdose", "detailed-use"],
    monthsAgo: 21,
    body: `For about two years, I lived outside. Under an overpass at first, then in a tent by the river, then wherever I could. I used heroin every day. I'm going to be honest about what that was like, because if I sanitize it, I'm lying to someone who's there right now.

## What it was like

Every day had one purpose: get enough to not be sick. I'd wake up shaking and sweating, and everything — finding money, finding a dealer, finding somewhere to use where nobody would bother me — was about making that feeling stop. Once I'd used, I'd have a few hours of feeling nothing at all, which was the point. Then it started again. I used in gas station bathrooms, behind dumpsters, under the bridge with my back against cold concrete. I used alone more than I should have, because I didn't trust anyone.

There was no fun in it by then. Anyone who tells you there is, at that stage, is not telling you the truth.

## The van

Twice a week, an outreach van parked near the bridge. The people in it handed out food, water, clean supplies, wound care, socks and naloxone. They didn't preach. They didn't ask me to stop. They asked me my name — just my first name — and they remembered it.

For months I took the food and walked away. Then one of the workers, a guy with a gray beard who'd been homeless himself years before, started sitting down on the curb with me for a few minutes. We talked about baseball. About his dog. About anything.

## The morning I didn't wake up

One morning I used alone in my tent, and I don't remember anything after. The guy from the tent next to mine found me. He had naloxone from the van. He used it and then yelled for help until someone called an ambulance.

When I came to in the hospital, the first thing I felt was furious — I was sick, and I was alive, and I didn't want either. The second thing I felt, later that day, was a kind of crack of light. Somebody had cared enough to keep a kit in his tent. Somebody had cared enough to give it to him.

## Getting off the street

When I got out of the hospital, I went to the van. I told the gray-bearded guy I was ready to try. He didn't make a big deal of it. He just said, "Okay. Let's go," and drove me to a clinic that afternoon.

It wasn't a straight line. There was a shelter, then a program, then a housing waitlist that felt endless. I started medication at that clinic and I'm still on it. Eventually I got a small room of my own. I have a key. I cannot describe to you what it feels like to have a key.

## Now

It's been almost three years. I work part-time for the same outreach program that ran the van. Twice a week, I sit on curbs and talk about baseball with people who don't want to talk about anything else yet.

I don't ask them to stop. I ask them their name. I remember it.`,
  },
  {
    title: "Nineteen and Done Pretending",
    author: "jordan",
    anonymity: "ANONYMOUS",
    tags: ["cannabis", "student", "anxiety", "smart-recovery", "early-recovery"],
    warnings: [],
    monthsAgo: 2,
    body: `Everybody I know smokes weed. My friends, my roommate, half my lab partners. It's legal where I go to school. It's not supposed to be a big deal, and for a lot of people it isn't. That's what made it so hard to admit it had become a big deal for me.

I started smoking in high school to calm down. I've had anxiety my whole life, the kind where your stomach hurts before every class. Weed made it quiet. By my first year of college I was smoking every single day — when I woke up, between classes, before bed. I couldn't sleep without it. I couldn't eat without it. And, weirdly, my anxiety was getting worse, not better. I'd get paranoid and panicky in a way I never used to.

I failed two classes my second semester. Not because they were hard. Because I stopped going.

## The conversation I didn't want to have

My roommate sat me down and said, "Dude, I think you should try not smoking for a while." I got defensive. Then I tried, on my own, and lasted about a day and a half. I was irritable, couldn't sleep, couldn't eat, and felt like my skin was wrong. That's what scared me — that I couldn't take even a short break.

## What I'm doing

The counseling center on campus runs a SMART Recovery group for students. I went expecting it to be awkward, and it was, a little. But the people there were my age, and some of them were dealing with the exact same thing. Nobody treated it like it was "just weed."

We work on practical stuff. Figuring out my triggers (mostly: being alone in my room at night, and stress before exams). Making a plan for those times. Learning other ways to handle the anxiety, which I'm also seeing a counselor for now.

It's been about four months. My sleep is finally getting better. I'm retaking one of the classes I failed, and I haven't missed a session. I've lost touch with a couple of friends who only really knew me high. That's sad, but I've made new ones.

I'm writing this because I'm nineteen, and I think a lot of people my age don't think this can happen to them. It can. And you can get out of it. You don't have to wait until things are really bad.`,
  },
  {
    title: "Two Pink Lines",
    author: "river",
    anonymity: "ANONYMOUS",
    tags: ["alcohol", "cannabis", "pregnancy", "therapy", "early-recovery"],
    warnings: [],
    monthsAgo: 8,
    body: `I took the test in a gas station bathroom because I didn't want my roommate to find the box. Two pink lines. I sat on the closed toilet lid for a long time, and the first thing I thought — before happy, before scared — was: *I was drunk last weekend.*

I'd been drinking most nights for a couple of years, and smoking weed to fall asleep. Nothing dramatic. I went to work. I paid rent. But I couldn't remember the last time I'd gone three days without either.

I stopped both that day. It was the easiest and hardest thing I've ever done. Easiest, because for the first time I had a reason that felt bigger than me. Hardest, because the reason didn't make the cravings go away, and it didn't touch the anxiety and the shame that came flooding in once I was sober.

## Telling my doctor

I was terrified to tell my prenatal doctor how much I'd been using before I knew. I thought she'd judge me, or report me. She did neither. She said a lot of people drink before they know they're pregnant, that she was glad I'd told her, and that the most useful thing I could do now was take care of myself going forward. She connected me with a therapist who works with pregnant and new parents.

## Therapy

My therapist helped me see that the drinking and smoking had been covering a lot — loneliness, a rough relationship I'd left the year before, a feeling I'd had since I was a teenager that I wasn't good enough. We're working on those things now. Slowly.

She also helped me with the guilt about the weeks before I knew. She didn't tell me it didn't matter. She told me that guilt only helps if it moves you toward doing something, and I had already done the something.

I'm six months pregnant now. I feel kicks at night. I haven't had a drink or smoked since that bathroom. I don't know exactly what kind of mother I'll be, but I know she'll be present, and that she'll remember every part of it.`,
  },
  {
    title: "Day One, Again",
    author: "sam",
    anonymity: "ANONYMOUS",
    tags: ["alcohol", "relapse", "depression", "twelve-step", "early-recovery"],
    warnings: ["relapse"],
    monthsAgo: 1,
    body: `Today is day one. Again.

I had fourteen months. I drank after a funeral — not a close friend, but close enough to knock something loose. I told myself one drink at the reception, to be polite. You can guess how that went. It went for about five weeks.

I'm not going to write a big inspiring piece. I don't have one in me right now. I'm writing this because when I was drinking again, I kept thinking I couldn't go back to the meetings. That everyone would be disappointed. That my fourteen months were a lie and I was a fraud.

Here is what actually happened when I walked back in last night.

Someone I barely knew saw me in the doorway and said, "Welcome back." Not "what happened." Just welcome back.

When it was my turn, I said I had one day. My voice cracked. The room said, "Hi," the way they always do, and then — this is the part that got me — three different people told me afterward that they'd come back too, at some point. One of them has eleven years now.

My sponsor didn't yell. He said, "Fourteen months is still fourteen months. You didn't unlearn anything. Now let's use it."

So that's what I'm doing. Calling him every morning. Meetings every day for a while. Seeing my doctor this week about the depression that's come roaring back. Eating actual food. Sleeping.

If you're out there drinking again and scared to go back: go back. The door is still open. It was open for me last night, and I'm nobody special.

Day one. Again. That's allowed.`,
  },
  {
    title: "Twenty-Eight Days and the Ones After",
    author: "jordan",
    anonymity: "ANONYMOUS",
    tags: ["fentanyl", "depression", "residential-treatment", "in-treatment"],
    warnings: ["overdose"],
    monthsAgo: 0,
    body: `I kept a notebook during residential treatment because my counselor asked us to. These are pieces of it, lightly cleaned up. I'm still in outpatient now, so this story doesn't have an ending yet.

## Week one

I'm here because I overdosed in my car in a parking lot and a stranger called for help. I don't remember it. I remember waking up in an ambulance, and I remember the look on my mother's face in the hospital, and I don't want to remember that but I can't stop.

Everything hurts. The food is bland. The guy in the next bed snores like a chainsaw. I almost left on the third day. A staff member sat outside with me on the bench at two in the morning and didn't try to talk me out of it. She just said, "Let's wait until sunrise and then decide." By sunrise I was too tired to leave.

## Week two

Group therapy every day. I hate it. I sit with my arms crossed. Today someone my age talked about how she used because it was the only time she didn't feel like a disappointment. I uncrossed my arms.

The doctor here talked to me about medication options for afterward, and about the depression that she thinks I've had for years underneath everything. I've started an antidepressant. She said it could take weeks to know if it's helping.

## Week three

I laughed today. Genuinely laughed, at something dumb during the card game after dinner. I'd forgotten what that sounded like coming from me.

Family session with my mom. She cried. I cried. The counselor didn't let us fix anything, just made us listen to each other. It was the worst and best hour of the month.

## Week four

Discharge planning. Outpatient three days a week. A sober living house with a curfew and chores. My medication. A phone list of people from here. A plan for what to do if I feel like using — written down, in my own handwriting, in this notebook.

I'm scared. The counselor says scared is good. Scared means I know it matters.

## After

It's been about two months since I left. I'm in the sober living house. I go to outpatient. I call people on the list, even when I don't want to. The depression is still there some mornings, but it's lighter.

I'm not going to tell you residential treatment fixed me. It didn't. What it did was give me twenty-eight days where the only job I had was to stay alive and start learning how. Now I'm doing that job on my own, with help. One day, then the next one.`,
  },
  {
    title: "What Al-Anon Taught Me About Counting",
    author: "river",
    anonymity: "ANONYMOUS",
    tags: ["alcohol", "loved-one", "twelve-step", "supporting-someone"],
    warnings: [],
    monthsAgo: 23,
    body: `For years, I counted. I counted the bottles in the recycling. I counted the minutes between my wife saying she'd be home and her actually getting home. I counted how many glasses she had at dinner parties, and I'd catch her eye across the table after the third one, and she'd look away.

I thought counting was a way of helping. If I just kept track, I'd know when to step in. I'd be able to prove it to her. I'd be ready.

What counting actually did was make me into a person I didn't like. Suspicious. Tired. Angry in a low, constant way. I stopped inviting friends over. I stopped doing anything for myself because I was afraid of what I'd come home to.

## The first meeting

A coworker who knew something was wrong mentioned Al-Anon. I had never heard of it. I assumed it was for people whose partners were much worse off than mine. Mine still went to work. Mine was a good mother. I almost didn't go.

The first meeting, a woman talked about how she used to mark the level on the liquor bottles with a pencil. I nearly laughed out loud, because I'd done exactly that. Then I nearly cried, because I realized I wasn't the only one living like this.

## What I've learned

I can't control her drinking. I didn't cause it, and I can't cure it. I had heard those words before and thought they were a slogan. In those rooms, they became something I actually felt, slowly, week by week.

I learned that I could stop counting. Not stop caring — stop counting. I could go to the gym. I could see my friends. I could say, "I'm not going to the party if you're going to drink," and then, if she drank, actually not go, without a fight.

I learned that detaching isn't the same as leaving. It just means not letting her drinking run my whole life.

## Where we are

About a year after I started going, my wife decided to get help. I'd like to say it was because of my wisdom. It wasn't. It was her own decision, and it happened on her own timeline. She's been sober for about a year now, and she has her own meetings, her own sponsor, her own work.

I still go to mine. Her recovery is hers. Mine is mine. And I have stopped counting anything, except sometimes the days until our next trip to the ocean.`,
  },
  {
    title: "The Back Brace and the Prescription Bottle",
    author: "sam",
    anonymity: "ANONYMOUS",
    tags: ["prescription-painkillers", "opioids", "veteran", "chronic-pain", "peer-support-group", "five-plus-years"],
    warnings: [],
    monthsAgo: 27,
    body: `I hurt my back during a training exercise in my second enlistment. Not in combat, nothing heroic — I landed wrong off a vehicle. The injury was real, though, and it ended my career.

I got out with a back brace and a prescription bottle. For a few years, the bottle felt like the only thing standing between me and a life spent lying on the floor. I took what I was prescribed, and then more, and then I found other doctors. By the end, I was spending more time managing my supply than managing my life.

## The pride problem

What kept me stuck wasn't only the pills. It was pride. In the military, you push through. You don't complain. You don't ask for help. I'd taken that with me, and it meant I couldn't admit that something designed to help me had become a problem. Admitting that felt like admitting weakness, and weakness was the one thing I'd been trained to hide.

## Who got through to me

It was another veteran. We met at a fishing event for disabled vets that my wife basically forced me to attend. Between casts, he told me, without me asking, that he'd been "on the same merry-go-round" with pain pills for years and that he'd finally gotten off.

I didn't say anything that day. But I went to the peer group he mentioned — a support group for veterans dealing with pain and substance use, run by veterans. It was the first time I'd been in a room where people talked about needing help in the same plain, practical way we used to talk about gear checks. No shame. Just: here's what's broken, here's what we're doing about it.

## Getting off

With my doctor, I worked out a plan to get off the pills slowly. It was hard, and for a while the pain felt worse. The group got me through. Some of the guys had found things that helped them — physical therapy, swimming, a pain management program, mindfulness, which I rolled my eyes at and now do every morning. We all had different combinations. Nobody pretended there was one answer.

## Now

It's been more than six years. My back still hurts, every day. Some days it's a two; some days it's a seven. But I'm present for my life. I swim three mornings a week. I take my daughter fishing off the same pier, with a folding chair for the days my back says so.

I run the peer group now, actually. When a new guy comes in with that look — jaw tight, arms crossed, pride stacked up like sandbags — I tell him about the day I landed wrong off a truck, and about the man on the fishing pier. Then I tell him: asking for help is not weakness. It's just the next mission.`,
  },
  {
    title: "Leaving Him, Then Leaving the Bottle",
    author: "jordan",
    anonymity: "ANONYMOUS",
    tags: ["alcohol", "trauma-ptsd", "homelessness", "residential-treatment", "five-plus-years"],
    warnings: ["abuse-violence"],
    monthsAgo: 25,
    body: `I was with a man for nine years who hurt me. I'm not going to go into details. If you've been there, you know. If you haven't, the details won't help you understand it any better.

I drank the whole time. At first it was to take the edge off his moods, to be the fun girlfriend who didn't mind. Later it was the only way I could stand to be in the house. He used my drinking against me — told me no one would believe a drunk, told me no one else would have me. For a long time, I believed him.

## Leaving

I left on a night when he was out. I took a garbage bag of clothes and my dog and drove to a domestic violence shelter a friend had told me about years before. I'd kept the information folded in my wallet the whole time.

The shelter saved my life. It also had a rule against alcohol, and within a day I was sick — shaking, sweating, scared in a way that had nothing to do with him. One of the staff members saw what was happening and got me to a hospital. I'll always be grateful to her for not judging me and not kicking me out.

## Two things at once

For a while after that, I had nowhere to live. I couch-surfed. I slept in my car with my dog more than once. I kept drinking, because I was terrified and alone and it was the only thing I knew how to do.

What finally changed things was a residential treatment program that worked specifically with women who had survived abuse. They understood that for many of us, drinking and trauma were tangled together and you couldn't pull on one without the other moving. I stayed for a couple of months. We had therapy for the trauma and for the drinking, in the same place, with the same people. Nobody told me to get sober first and deal with my feelings later.

They also helped me find transitional housing when I left. My dog was allowed. I cried when they told me that.

## Now

It's been more than six years. I have my own apartment. I have a job I like. I have a restraining order that I hope I never need again. I'm sober, and I still see a therapist every other week.

What I want other women to know is this: he was wrong. Someone would believe you. Someone will have you. You can leave, and you can stop drinking, and you don't have to do either one perfectly or alone. There are people whose whole job is to help you do both.`,
  },
  {
    title: "Kratom Wasn't the Middle Ground I Hoped For",
    author: "river",
    anonymity: "ANONYMOUS",
    tags: ["other-substance", "chronic-pain", "self-directed", "early-recovery"],
    warnings: [],
    monthsAgo: 4,
    body: `I want to write about kratom because when I was using it, I couldn't find many honest stories from people like me. Just marketing on one side and panic on the other.

I started taking it for chronic pain from an old injury. I'd tried a lot of things, and I was nervous about prescription painkillers because of my family history. Someone I trusted told me kratom was "natural" and sold in stores, and I think those two facts together made me feel like it couldn't be a real problem.

For a while it helped with the pain, or at least I felt like it did. But over a couple of years, I noticed I was taking more and more often. I'd feel restless, achy and irritable if I went too long without it. I started planning my day around it. I got anxious if I was low on it before a trip. I was spending a lot more money than I wanted to admit.

None of that is medical advice. It's just what I noticed in myself, and eventually I couldn't pretend not to notice.

## Doing it my own way

I didn't go to a program. Part of that was stubbornness, and part of it was that I couldn't find a group that really fit. What I did instead:

- I talked honestly with my doctor about how much I'd been using and asked for her help making a plan. She was more understanding than I'd feared.
- I kept a simple log: how much, when, and how I felt. Seeing it written down was sobering.
- I told my partner, so someone else knew what I was doing.
- I found other ways to work on the pain — a stretching routine, a heating pad, a physical therapist, and learning to pace myself on bad days.

It was uncomfortable for a while. I was more irritable than usual and slept badly for some weeks. My partner put up with a lot of grumbling.

## Now

I've been off it for about seven months. My pain is still there, but I manage it with a mix of things that don't have a hold on me. My wallet is healthier. So is my head.

I'm not here to tell anyone what to do. I'm just here to say: something being legal, or "natural," or sold in a gas station, doesn't mean it can't take over your life. If it's taking over yours, you're allowed to take it seriously, even if other people don't.`,
  },
  {
    title: "A Meeting Behind the Fence",
    author: "sam",
    anonymity: "ANONYMOUS",
    tags: ["heroin", "justice-involvement", "twelve-step", "one-to-five-years"],
    warnings: [],
    monthsAgo: 29,
    body: `I got sober in prison. That's not a sentence I ever thought I'd write, and it's not one I'd recommend. But it's the truth.

I was sentenced to a little over three years for charges connected to my heroin use. The first weeks inside, I was sick and angry and sure my life was over. I'd lost my apartment, my job, and most of my family's trust long before I lost my freedom.

## The meeting

There was a twelve-step meeting every week in a classroom with cinder-block walls and plastic chairs bolted to the floor. Volunteers came in from outside to run it — mostly older men who'd been sober for decades. I went the first time because it got me out of my cell for an hour.

One of the volunteers had done time himself, years before. He told his story plainly, without making it pretty or dramatic. When he was done, he looked around the room and said, "Every one of you has a chance that I almost didn't get. Don't waste it." I don't know why, but that landed.

## Doing the work inside

I read everything they gave us. I wrote out my steps in pencil on lined paper because that's what we had. One of the volunteers agreed to be my sponsor and wrote to me every couple of weeks. His letters were short. "How's your program? What are you grateful for? Write back."

There's a lot of time in prison, and a lot of it is spent thinking. For the first time, I used that time to look honestly at my life — what I'd done, who I'd hurt, and what had been driving me. It wasn't comfortable. It was necessary.

## Coming out

When I was released, my sponsor met me at the bus station. He took me to a meeting that same night. He'd helped me line up a bed in a recovery house and a job interview with a company that hires people coming out of prison.

The outside was harder than inside in some ways. More choices, more temptations, the weight of my record on every application. But I had a program, a sponsor and a home group waiting for me, and that made all the difference.

## Now

I've been out for over two years and sober for more than four. I work in construction. I've started making amends to my family, slowly. My mother and I have lunch once a month now.

I go back inside as a volunteer now, once a month, to that same classroom with the bolted-down chairs. I tell my story plainly. And at the end, I say what was said to me: every one of you has a chance. Don't waste it.`,
  },
  {
    title: "Log Off, Look Up",
    author: "jordan",
    anonymity: "ANONYMOUS",
    tags: ["other-substance", "student", "depression", "smart-recovery", "one-to-five-years"],
    warnings: [],
    monthsAgo: 12,
    body: `This site says "substance or behaviour," so I'm hoping my story belongs here. Mine was video games.

I know how that sounds. Lots of people play games, and for most of them it's fine. It was fine for me too, for years. Then I went away to college, didn't know anyone, and started playing a lot more. I'd play through dinner. Then through the night. Then through classes. By the end of my first year, I was playing twelve to fourteen hours a day, barely leaving my room, and I'd been put on academic probation.

What I didn't see at the time was that I was also deeply depressed. Gaming was the only place I felt competent, connected, or anything at all. Every time I logged off, the weight of everything I was avoiding came crashing in, so I'd just log back on.

## Getting help

My parents found out about the probation letter and came to get me. I moved home and felt like a total failure. My mom found a counselor who took my gaming seriously without treating it like a joke or a moral failing. She also helped me see the depression underneath it.

She suggested a SMART Recovery meeting. Most of the people there were dealing with drinking or drugs, and I was worried they'd laugh at me. Nobody did. One guy said, "Compulsion's compulsion. Welcome."

The tools were the same for me as for them. Looking at the costs and benefits honestly. Noticing triggers — for me, boredom, loneliness, and the feeling of failing at something. Planning what to do instead when the urge hits.

## What changed

I didn't quit games forever. That's not everybody's path, but for me, cutting back to a specific window with a timer, with other things to do before and after, has worked. I also got treatment for the depression, which made a huge difference. And I went back to school, part-time this time, closer to home.

It's been more than a year. I play on weekends with a couple of friends I actually know in person. I passed all my classes this semester. I went on a hike last month and didn't think about my character's level the entire time.

If you're stuck in a loop like mine, it's real, and it's okay to ask for help with it.`,
  },
  {
    title: "What I Found in a Church Basement",
    author: "river",
    anonymity: "ANONYMOUS",
    tags: ["cocaine", "alcohol", "faith-based", "five-plus-years"],
    warnings: [],
    monthsAgo: 30,
    body: `I grew up in church and left it as soon as I could. By my mid-twenties, I'd decided religion was for people who needed someone to tell them what to do. I had cocaine and whiskey for that.

I'm going to skip the middle of my story, because it looks like a lot of others: the fun years, then the less fun years, then the years where I couldn't remember when it had been fun at all. I lost a marriage and a business. I was ashamed, broke, and sleeping on my cousin's couch.

## The basement

My cousin's church had a faith-based recovery group that met in the basement. She asked me to go with her, once, as a favor. I said yes mostly so she'd stop asking.

I expected to be preached at. Instead, I found a room of people who were as broken as I was, sitting in a circle on metal folding chairs, drinking weak coffee. The man who led it had been sober for twenty years. He opened with a prayer and then said, "You don't have to believe anything tonight. You just have to be honest."

I didn't believe anything that night. But I was honest, for the first time in a long time.

## Finding something bigger

Over the next months, I kept going back. What drew me in wasn't doctrine. It was the way those people treated each other — with patience, forgiveness, and a kind of fierce loyalty. When someone was struggling, they didn't shun them. They showed up at their door.

Slowly, I started to feel that there was something bigger than me at work in that room. I can't prove it to anyone and I don't try to. But I had spent years being my own higher power, and I had made a disaster of the job.

I want to be careful here: I know faith-based recovery isn't right for everyone, and I know some people have been hurt by religious communities. I was one of them, once. What helped me was finding a group that welcomed me without conditions.

## Now

It's been more than nine years. I own a small business again, a smaller and better one. I'm remarried. I'm still at that church, and I still go down to the basement every week, now to make the weak coffee.

When someone new comes down the stairs looking like I did, I tell them what I was told: you don't have to believe anything tonight. Just be honest.`,
  },
  {
    title: "Married to the Odds",
    author: "sam",
    anonymity: "ANONYMOUS",
    tags: ["gambling", "loved-one", "older-adult", "peer-support-group", "supporting-someone"],
    warnings: [],
    monthsAgo: 9,
    body: `My husband and I had been married thirty-six years when I found out he'd gambled away most of our retirement savings.

He'd always liked to play cards, and we'd take a bus trip to a casino a couple of times a year. I thought it was a harmless hobby. I didn't know that after he retired, he'd started going alone, several days a week, and playing online at night after I went to bed. I didn't know he'd taken out a second mortgage. I found out when a letter came that I wasn't supposed to see.

## The betrayal

I'm not going to pretend I handled it gracefully. I screamed. I cried. I slept in the guest room for a month. I felt like a fool — how had I not noticed? I was angry about the money, but I was angrier about the lies. Thirty-six years, and I didn't know the man I was living with.

He was devastated. He told me he'd been trying to win it back, that every time he lost, he was sure the next time he'd fix it. I didn't understand that then. I understand it a little better now.

## Finding a group

My doctor, of all people, told me about a support group for family members of people with gambling problems. I went expecting a room full of young wives. Instead, there were several people my age. One woman had been through almost exactly what I had, ten years earlier, and she and her husband were still together.

The group helped me see his gambling as something closer to an illness than a simple character flaw, while also making clear that I wasn't responsible for fixing it. They helped me think about protecting myself financially. I opened my own bank account. I took over our finances. I talked to a financial counselor about what could be saved.

## Where we are now

My husband has been going to Gamblers Anonymous for about a year and a half. He's been honest with me, even when it's hard. We're rebuilding our savings slowly, and we've made peace with a more modest retirement than we planned.

I'm still going to my group. Trust comes back more slowly than money, and in some ways, that's been the harder thing to rebuild.

To anyone my age who just found out: it's not your fault, it's not too late, and you don't have to decide everything tonight. Find others who've been where you are. They exist, and they'll help you breathe.`,
  },
];
