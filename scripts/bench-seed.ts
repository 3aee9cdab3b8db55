// npm run bench:seed -- --stories 100000 [--users 20000] [--seed 1] [--db bench/data/bench-100000.db]
//
// Writes a realistic Kindred data set into its own SQLite file for the benchmarks
// (bench/README.md): N published stories of about 300–3,000 words with skewed tags and
// warnings, all three anonymity modes, a few percent of drafts, stories in review and
// withdrawn stories, 20,000 users, reactions, saved stories, reader profiles, the audit and
// notification rows publishing leaves behind, the StorySearch full-text index and "stories
// like this". It replaces the file if it exists.
//
// Why not the app's own functions: Prisma (and rendering every body through marked and
// sanitize-html) costs milliseconds per story; 100,000 stories must load in under two
// minutes. So the file is migrated with the app's migrateSqlite and then filled with raw
// better-sqlite3 prepared statements in big transactions, in exactly the formats the app
// writes (ids like newId, dates like the Prisma adapter, HTML like renderStoryMarkdown),
// and at the end a sample is checked against the app's own renderer, search text and
// recommendation code.

import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { migrateSqlite } from "../app/lib/migrate.server";
import { slugWords } from "../app/lib/slug";
import { FACETS, WARNING_SLUGS } from "../app/lib/constants";
import { VOCABULARY } from "../app/lib/vocabulary";
import { ProseGenerator, type GeneratedBody } from "../bench/lib/prose";
import { Random, Weighted } from "../bench/lib/random";
import { computeRelated } from "../bench/lib/related";
import { BENCH_READER, benchDbPath, intArg, parseArgs, sqliteDate } from "../bench/lib/sqlite";

// ---------------------------------------------------------------------------------------
// Settings

const args = parseArgs(process.argv.slice(2));
const STORIES = intArg(args, "stories", 10_000);
const USERS = intArg(args, "users", 20_000);
const SEED = intArg(args, "seed", 1);
const FILE = path.resolve(args.get("db") ?? benchDbPath(STORIES));
/** Skip the (slower) comparison with the app's own code at the end. */
const VERIFY = args.get("verify") !== "false";

const BENCH_PASSWORD = "kindred-bench-password";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
/** Stories were published over the last three years, more of them recently (the site grew). */
const HISTORY_DAYS = 3 * 365;
/** Stories per transaction: big enough to be fast, small enough to show progress. */
const BATCH = 5_000;

const random = new Random(SEED);

// ---------------------------------------------------------------------------------------
// Distributions. Weights are guesses at a plausible skew (alcohol and opioids common),
// not measurements of any real site.

const OPIOID_FAMILY = new Set(["opioids", "fentanyl", "heroin", "prescription-painkillers"]);

const SUBSTANCES = new Weighted([
  ["alcohol", 34],
  ["opioids", 20],
  ["fentanyl", 8],
  ["heroin", 6],
  ["prescription-painkillers", 7],
  ["methamphetamine", 8],
  ["cocaine", 7],
  ["cannabis", 7],
  ["benzodiazepines", 4],
  ["nicotine", 4],
  ["gambling", 3],
  ["other-substance", 2],
] as const);

/** A second substance is usually a neighbour of the first. */
const SECOND_OPIOID = new Weighted([
  ["opioids", 10],
  ["fentanyl", 6],
  ["heroin", 5],
  ["prescription-painkillers", 4],
  ["benzodiazepines", 4],
  ["alcohol", 3],
  ["methamphetamine", 2],
] as const);

const SITUATIONS = new Weighted([
  ["parenting", 12],
  ["depression", 10],
  ["anxiety", 10],
  ["relapse", 9],
  ["trauma-ptsd", 8],
  ["workplace", 7],
  ["grief", 6],
  ["loved-one", 6],
  ["chronic-pain", 4],
  ["justice-involvement", 4],
  ["homelessness", 3],
  ["veteran", 3],
  ["lgbtq", 3],
  ["student", 3],
  ["older-adult", 3],
  ["rural", 3],
  ["pregnancy", 2],
] as const);

const PATHWAYS = new Weighted([
  ["twelve-step", 30],
  ["therapy", 15],
  ["residential-treatment", 12],
  ["peer-support-group", 10],
  ["smart-recovery", 8],
  ["self-directed", 8],
  ["harm-reduction", 7],
  ["faith-based", 7],
  ["medication-for-oud", 3],
] as const);

const STAGES = new Weighted([
  ["one-to-five-years", 35],
  ["early-recovery", 25],
  ["five-plus-years", 22],
  ["supporting-someone", 8],
  ["in-treatment", 10],
] as const);

const ANONYMITY = new Weighted([
  ["ANONYMOUS", 45],
  ["USERNAME", 30],
  ["PEN_NAME", 25],
] as const);

/** Stories that aren't (or are no longer) published, as a share of N. */
const UNPUBLISHED = new Weighted([
  ["DRAFT", 40],
  ["IN_REVIEW", 25],
  ["CHANGES_REQUESTED", 10],
  ["WITHDRAWN", 15],
] as const);
const UNPUBLISHED_SHARE = 0.05;

const REACTION_KINDS = new Weighted([
  ["HELPED", 50],
  ["ME_TOO", 30],
  ["STRENGTH", 20],
] as const);

const NAME_WORDS = {
  first: ["quiet", "morning", "river", "still", "steady", "north", "gentle", "brave", "open", "slow", "clear", "bright", "new", "early", "kind"],
  second: ["harbor", "walker", "sparrow", "oak", "lantern", "tide", "path", "meadow", "stone", "heron", "ember", "field", "road", "maple", "light"],
};

// ---------------------------------------------------------------------------------------
// The plan: who wrote what, with which tags. Bodies are generated while inserting.

interface TagRow {
  id: string;
  facet: string;
  slug: string;
  name: string;
  index: number;
}

interface PlannedStory {
  id: string;
  revisionId: string;
  authorId: string;
  status: "PUBLISHED" | "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "WITHDRAWN";
  /** Tag indexes into the vocabulary. */
  tags: number[];
  warnings: string[];
  anonymity: string;
  penName: string | null;
  /** When it was (first) published; for drafts, when it was last edited. */
  at: number;
  /** Published with an earlier version that was replaced by an approved edit. */
  edited: boolean;
  /** Published, with an edit in progress (a working revision). */
  pendingEdit: boolean;
}

function chooseTags(bySlug: Map<string, TagRow>): { slugs: string[]; relapse: boolean; substance: string; situations: string[]; pathway: string; stage: string } {
  const substance = SUBSTANCES.pick(random);
  const substances = [substance];
  if (random.chance(0.3)) {
    const second = OPIOID_FAMILY.has(substance) ? SECOND_OPIOID.pick(random) : SUBSTANCES.pick(random);
    if (second !== substance) substances.push(second);
  }
  const opioid = substances.some((s) => OPIOID_FAMILY.has(s));
  const situationCount = random.chance(0.45) ? 1 : random.chance(0.64) ? 2 : 3;
  const situations = SITUATIONS.pickDistinct(random, situationCount);
  if (opioid && situations.length < 3 && random.chance(0.15) && !situations.includes("chronic-pain")) situations.push("chronic-pain");
  const pathway = opioid && random.chance(0.4) ? "medication-for-oud" : PATHWAYS.pick(random);
  const stage = situations.includes("loved-one") && random.chance(0.6) ? "supporting-someone" : STAGES.pick(random);
  const slugs = [...substances, ...situations, pathway, stage];
  for (const slug of slugs) if (!bySlug.has(slug)) throw new Error(`Unknown tag ${slug}`);
  return { slugs, relapse: situations.includes("relapse"), substance, situations, pathway, stage };
}

function chooseWarnings(tags: { relapse: boolean; substance: string; situations: string[] }): string[] {
  const warnings: string[] = [];
  if (tags.relapse && random.chance(0.7)) warnings.push("relapse");
  if (random.chance(0.12)) warnings.push("detailed-use");
  if (random.chance(OPIOID_FAMILY.has(tags.substance) ? 0.2 : 0.03)) warnings.push("overdose");
  if (random.chance(0.05)) warnings.push("self-harm");
  if (random.chance(tags.situations.includes("trauma-ptsd") ? 0.4 : 0.05)) warnings.push("abuse-violence");
  if (random.chance(0.03)) warnings.push("sexual-violence");
  if (random.chance(tags.situations.includes("grief") ? 0.6 : 0.05)) warnings.push("death-grief");
  return warnings.filter((w) => (WARNING_SLUGS as string[]).includes(w));
}

/** Authors are a minority of users, and a few of them write much more than the rest. */
function chooseAuthor(authors: string[]): string {
  return authors[Math.floor(authors.length * Math.pow(random.next(), 1.5))];
}

/** Days ago, weighted towards the present. */
function publishedDaysAgo(): number {
  return HISTORY_DAYS * Math.pow(random.next(), 1.6);
}

const slugsTaken = new Set<string>();

/** A slug not used yet (Story.slug is unique; six random characters rarely collide, but can). */
function uniqueSlug(title: string): string {
  let slug = storySlug(title);
  while (slugsTaken.has(slug)) slug = storySlug(title);
  slugsTaken.add(slug);
  return slug;
}

function storySlug(title: string): string {
  // As the app's storySlug, with the seed's deterministic random characters.
  return `${slugWords(title)}-${random.base32(6)}`;
}

function penName(): string {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${cap(random.pick(NAME_WORDS.first))} ${cap(random.pick(NAME_WORDS.second))}`;
}

function planStories(bySlug: Map<string, TagRow>, authors: string[]): { stories: PlannedStory[]; bodies: Map<string, Parameters<ProseGenerator["body"]>[0]> } {
  const total = STORIES + Math.round(STORIES * UNPUBLISHED_SHARE);
  const stories: PlannedStory[] = [];
  const bodies = new Map<string, Parameters<ProseGenerator["body"]>[0]>();
  for (let i = 0; i < total; i++) {
    const status = i < STORIES ? "PUBLISHED" : UNPUBLISHED.pick(random);
    const tags = chooseTags(bySlug);
    const anonymity = ANONYMITY.pick(random);
    const id = random.id();
    stories.push({
      id,
      revisionId: random.id(),
      authorId: chooseAuthor(authors),
      status,
      tags: tags.slugs.map((slug) => (bySlug.get(slug) as TagRow).index),
      warnings: chooseWarnings(tags),
      anonymity,
      penName: anonymity === "PEN_NAME" ? penName() : null,
      // Whole milliseconds: the tie-break below compares these as the stored strings would.
      at: Math.round(NOW - publishedDaysAgo() * DAY),
      edited: status === "PUBLISHED" && random.chance(0.04),
      pendingEdit: status === "PUBLISHED" && random.chance(0.02),
    });
    bodies.set(id, {
      targetWords: Math.round(Math.min(3000, Math.max(300, random.logNormal(800, 0.6)))),
      substance: tags.substance,
      situations: tags.situations,
      pathway: tags.pathway,
      stage: tags.stage,
      relapse: tags.relapse,
    });
  }
  return { stories, bodies };
}

// ---------------------------------------------------------------------------------------
// Writing

type Db = Database.Database;

/**
 * Drops the migrations' secondary indexes for the load and returns their SQL. Building an
 * index once from sorted data is much faster than updating it row by row (the tables are
 * filled in random id order); recreateIndexes runs the very same statements afterwards, so
 * the schema ends up exactly as migrated.
 */
function dropIndexes(db: Db): string[] {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return indexes.map((index) => index.sql);
}

function recreateIndexes(db: Db, statements: string[]) {
  for (const sql of statements) db.exec(sql);
}

function createDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  migrateSqlite(`file:${file}`);
  const db = new Database(file);
  // Bulk load: no rollback journal and no fsync (a crash just means seeding again), a big
  // page cache, and foreign keys checked once at the end instead of per row.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1000000");
  db.pragma("temp_store = MEMORY");
  db.pragma("foreign_keys = OFF");
  return db;
}

function insertVocabulary(db: Db): TagRow[] {
  // What ensureVocabulary (app/models/tag.server.ts) inserts into an empty tag table.
  const insert = db.prepare(`INSERT INTO "Tag" (id, facet, slug, name, description, sortOrder) VALUES (?, ?, ?, ?, ?, ?)`);
  const rows: TagRow[] = [];
  db.transaction(() => {
    for (const facet of FACETS) {
      VOCABULARY[facet].forEach((tag, sortOrder) => {
        const row = { id: random.id(), facet, slug: tag.slug, name: tag.name, index: rows.length };
        insert.run(row.id, facet, tag.slug, tag.name, tag.description ?? "", sortOrder);
        rows.push(row);
      });
    }
  })();
  return rows;
}

interface Users {
  all: string[];
  authors: string[];
  readers: string[];
  moderators: string[];
  benchReader: string;
}

async function insertUsers(db: Db): Promise<Users> {
  // One real argon2id hash (of BENCH_PASSWORD) for everyone: hashing 20,000 passwords would
  // take minutes and no benchmark logs in with a password.
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const insert = db.prepare(
    `INSERT INTO "User" (id, username, usernameKey, email, passwordHash, role, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const users: Users = { all: [], authors: [], readers: [], moderators: [], benchReader: "" };
  const taken = new Set<string>();
  const add = (username: string, role: string) => {
    const id = random.id();
    const created = NOW - (HISTORY_DAYS + 30) * DAY * random.next();
    insert.run(id, username, username.normalize("NFKC").trim().toLowerCase(), random.chance(0.2) ? `${username}@example.org` : null, passwordHash, role, sqliteDate(created));
    users.all.push(id);
    return id;
  };
  db.transaction(() => {
    for (let i = 0; i < 8; i++) users.moderators.push(add(`bench_mod_${i + 1}`, i === 0 ? "admin" : "moderator"));
    users.benchReader = add(BENCH_READER, "member");
    while (users.all.length < USERS) {
      let name = `${random.pick(NAME_WORDS.first)}_${random.pick(NAME_WORDS.second)}${random.int(1, 9999)}`;
      while (taken.has(name)) name += random.int(0, 9);
      taken.add(name);
      const id = add(name, "member");
      // About four in ten members have written something.
      (random.chance(0.4) ? users.authors : users.readers).push(id);
    }
  })();
  return users;
}

interface Statements {
  story: Database.Statement;
  revision: Database.Statement;
  revisionTag: Database.Statement;
  revisionWarning: Database.Statement;
  action: Database.Statement;
  notification: Database.Statement;
  search: Database.Statement;
}

function prepareStoryStatements(db: Db): Statements {
  return {
    story: db.prepare(
      `INSERT INTO "Story" (id, slug, authorId, status, liveRevisionId, workingRevisionId, crisis, createdAt, updatedAt, publishedAt, submittedAt)
       VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    ),
    revision: db.prepare(
      `INSERT INTO "StoryRevision" (id, storyId, number, status, title, bodyMarkdown, bodyHtml, wordCount, anonymity, penName, safetyFindings, crisis, createdAt, updatedAt, submittedAt, decidedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, ?, ?, ?, ?)`,
    ),
    revisionTag: db.prepare(`INSERT INTO "RevisionTag" (revisionId, tagId) VALUES (?, ?)`),
    revisionWarning: db.prepare(`INSERT INTO "RevisionWarning" (revisionId, warning) VALUES (?, ?)`),
    action: db.prepare(
      `INSERT INTO "ModerationAction" (id, createdAt, actorId, action, storyId, revisionId, details) VALUES (?, ?, ?, 'APPROVE', ?, ?, '{}')`,
    ),
    notification: db.prepare(
      `INSERT INTO "Notification" (id, userId, kind, storyId, message, createdAt, readAt) VALUES (?, ?, 'APPROVED', ?, ?, ?, ?)`,
    ),
    search: db.prepare(`INSERT INTO "StorySearch" (storyId, title, body, tags) VALUES (?, ?, ?, ?)`),
  };
}

interface RevisionFields {
  id: string;
  number: number;
  status: string;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
  decidedAt: number | null;
}

function insertRevision(st: Statements, story: PlannedStory, title: string, body: GeneratedBody, tagIds: string[], r: RevisionFields) {
  st.revision.run(
    r.id,
    story.id,
    r.number,
    r.status,
    title,
    body.markdown,
    body.html,
    body.wordCount,
    story.anonymity,
    story.penName,
    sqliteDate(r.createdAt),
    sqliteDate(r.updatedAt),
    r.submittedAt === null ? null : sqliteDate(r.submittedAt),
    r.decidedAt === null ? null : sqliteDate(r.decidedAt),
  );
  for (const tagId of tagIds) st.revisionTag.run(r.id, tagId);
  for (const warning of story.warnings) st.revisionWarning.run(r.id, warning);
}

/** One story with its revisions, audit entry, notification and search row, as the app's lifecycle leaves them. */
function insertStory(st: Statements, story: PlannedStory, title: string, body: GeneratedBody, tags: TagRow[], moderators: string[]) {
  const storyTags = story.tags.map((i) => tags[i]);
  // RevisionTag's primary key is (revisionId, tagId): the app reads a revision's tags in tagId order.
  const tagIds = storyTags.map((t) => t.id).sort();
  const tagNames = [...storyTags].sort((a, b) => (a.id < b.id ? -1 : 1)).map((t) => t.name);
  const published = story.status === "PUBLISHED" || story.status === "WITHDRAWN";
  const createdAt = story.at - random.int(1, 20) * DAY;
  const submittedAt = story.at - random.int(1, 3) * DAY;
  const updatedAt = story.pendingEdit ? Math.min(NOW, story.at + random.int(1, 60) * DAY) : story.at;

  let number = 1;
  if (story.edited) {
    // The first version, replaced by an approved edit with the same text (apart from the edit).
    insertRevision(st, story, title, body, tagIds, {
      id: random.id(), number: number++, status: "SUPERSEDED", createdAt, updatedAt: story.at, submittedAt, decidedAt: story.at,
    });
  }
  const liveStatus = published ? "APPROVED" : story.status === "DRAFT" ? "DRAFT" : story.status;
  insertRevision(st, story, title, body, tagIds, {
    id: story.revisionId,
    number: number++,
    status: liveStatus,
    createdAt,
    updatedAt: story.at,
    submittedAt: story.status === "DRAFT" ? null : submittedAt,
    decidedAt: published || story.status === "CHANGES_REQUESTED" ? story.at : null,
  });
  let workingId: string | null = published ? null : story.revisionId;
  if (story.pendingEdit) {
    workingId = random.id();
    insertRevision(st, story, title, body, tagIds, {
      id: workingId, number: number++, status: "DRAFT", createdAt: updatedAt, updatedAt, submittedAt: null, decidedAt: null,
    });
  }

  st.story.run(
    story.id,
    published ? uniqueSlug(title) : `draft-${story.id}`,
    story.authorId,
    story.status,
    published ? story.revisionId : null,
    workingId,
    sqliteDate(createdAt),
    sqliteDate(updatedAt),
    published ? sqliteDate(story.at) : null,
    story.status === "IN_REVIEW" ? sqliteDate(submittedAt) : null,
  );
  if (published) {
    const moderator = random.pick(moderators);
    st.action.run(random.id(), sqliteDate(story.at), moderator, story.id, story.revisionId);
    const readAt = random.chance(0.9) ? sqliteDate(story.at + random.int(1, 72) * 3_600_000) : null;
    st.notification.run(random.id(), story.authorId, story.id, `“${title}” was approved and is now published. Thank you for sharing it.`, sqliteDate(story.at), readAt);
  }
  if (story.status === "PUBLISHED") st.search.run(story.id, title, body.text, tagNames.join(" · "));
}

function insertStories(db: Db, stories: PlannedStory[], bodies: Map<string, Parameters<ProseGenerator["body"]>[0]>, tags: TagRow[], users: Users) {
  const st = prepareStoryStatements(db);
  const prose = new ProseGenerator(random);
  let words = 0;
  for (let start = 0; start < stories.length; start += BATCH) {
    db.transaction(() => {
      for (const story of stories.slice(start, start + BATCH)) {
        const spec = bodies.get(story.id);
        if (!spec) throw new Error("no body plan");
        const body = prose.body(spec);
        words += body.wordCount;
        insertStory(st, story, prose.title(spec.substance), body, tags, users.moderators);
      }
    })();
    progress(`stories ${Math.min(start + BATCH, stories.length)}/${stories.length}`);
  }
  return words;
}

// ---------------------------------------------------------------------------------------
// Readers: reactions, saved stories, profiles, warning preferences

interface ReaderData {
  /** HELPED reactions per published story id (the recommendation tie-break). */
  helped: Map<string, number>;
  reactions: number;
  saved: number;
}

function insertReactions(db: Db, published: PlannedStory[], users: Users): ReaderData {
  const reaction = db.prepare(`INSERT OR IGNORE INTO "Reaction" (userId, storyId, kind, createdAt) VALUES (?, ?, ?, ?)`);
  const save = db.prepare(`INSERT OR IGNORE INTO "SavedStory" (userId, storyId, createdAt) VALUES (?, ?, ?)`);
  const data: ReaderData = { helped: new Map(), reactions: 0, saved: 0 };
  const when = (story: PlannedStory) => sqliteDate(story.at + (NOW - story.at) * random.next());
  for (let start = 0; start < published.length; start += BATCH * 4) {
    db.transaction(() => {
      for (const story of published.slice(start, start + BATCH * 4)) {
        // Long-tailed: most stories get a handful of private reactions, a few get hundreds.
        const count = Math.min(400, Math.floor(random.logNormal(2.5, 1.1)));
        const given = new Set<string>();
        for (let i = 0; i < count; i++) {
          const userId = random.pick(users.all);
          const kind = REACTION_KINDS.pick(random);
          if (userId === story.authorId || given.has(userId + kind)) continue;
          given.add(userId + kind);
          reaction.run(userId, story.id, kind, when(story));
          data.reactions++;
          if (kind === "HELPED") data.helped.set(story.id, (data.helped.get(story.id) ?? 0) + 1);
        }
        const saves = Math.floor(random.logNormal(0.6, 1.2));
        for (let i = 0; i < saves; i++) {
          const userId = random.pick(users.all);
          if (userId !== story.authorId && save.run(userId, story.id, when(story)).changes) data.saved++;
        }
      }
    })();
  }
  return data;
}

function insertReaderProfiles(db: Db, users: Users, tags: TagRow[]) {
  const profile = db.prepare(`INSERT INTO "ReaderProfile" (userId, earlyRecovery) VALUES (?, ?)`);
  const profileTag = db.prepare(`INSERT OR IGNORE INTO "ReaderProfileTag" (userId, tagId) VALUES (?, ?)`);
  const preference = db.prepare(`INSERT INTO "WarningPreference" (userId, warning, mode) VALUES (?, ?, ?)`);
  const modes = new Weighted([
    ["BLUR", 70],
    ["SHOW", 20],
    ["HIDE", 10],
  ] as const);
  db.transaction(() => {
    for (const userId of users.all) {
      if (userId === users.benchReader) continue;
      if (random.chance(0.3)) {
        profile.run(userId, random.chance(0.1) ? 1 : 0);
        const n = random.int(2, 6);
        for (let i = 0; i < n; i++) profileTag.run(userId, random.pick(tags).id);
      }
      if (random.chance(0.1)) for (const warning of WARNING_SLUGS) preference.run(userId, warning, modes.pick(random));
    }
  })();
}

/**
 * The benchmark's signed-in reader: a profile (opioids, parenting, medication, early
 * recovery), default warning preferences, and 30 opioid stories marked "This helped me", so
 * For you does all of its work.
 */
function setUpBenchReader(db: Db, users: Users, tags: TagRow[], published: PlannedStory[], data: ReaderData) {
  const bySlug = new Map(tags.map((t) => [t.slug, t]));
  const profileSlugs = ["opioids", "parenting", "medication-for-oud", "early-recovery"];
  const opioids = (bySlug.get("opioids") as TagRow).index;
  const helpedStories = published.filter((s) => s.tags.includes(opioids)).slice(0, 30);
  const savedStories = published.slice(-10);
  db.transaction(() => {
    db.prepare(`INSERT INTO "ReaderProfile" (userId, earlyRecovery) VALUES (?, 0)`).run(users.benchReader);
    const profileTag = db.prepare(`INSERT INTO "ReaderProfileTag" (userId, tagId) VALUES (?, ?)`);
    for (const slug of profileSlugs) profileTag.run(users.benchReader, (bySlug.get(slug) as TagRow).id);
    const reaction = db.prepare(`INSERT OR IGNORE INTO "Reaction" (userId, storyId, kind, createdAt) VALUES (?, ?, 'HELPED', ?)`);
    for (const story of helpedStories) {
      if (reaction.run(users.benchReader, story.id, sqliteDate(NOW - random.int(1, 90) * DAY)).changes) {
        data.helped.set(story.id, (data.helped.get(story.id) ?? 0) + 1);
        data.reactions++;
      }
    }
    const save = db.prepare(`INSERT OR IGNORE INTO "SavedStory" (userId, storyId, createdAt) VALUES (?, ?, ?)`);
    for (const story of savedStories) save.run(users.benchReader, story.id, sqliteDate(NOW - random.int(1, 90) * DAY));
  })();
}

// ---------------------------------------------------------------------------------------
// Stories like this

/** The app's tie-break order: more "This helped me" first, then newer, then id. */
function tieBreakOrder(published: PlannedStory[], helped: Map<string, number>): PlannedStory[] {
  // `at` is whole milliseconds, so comparing it orders exactly like the stored ISO strings.
  return [...published].sort((a, b) => {
    const h = (helped.get(b.id) ?? 0) - (helped.get(a.id) ?? 0);
    if (h) return h;
    if (a.at !== b.at) return b.at - a.at;
    return a.id < b.id ? -1 : 1;
  });
}

function insertRelated(db: Db, published: PlannedStory[], tags: TagRow[], helped: Map<string, number>): number {
  const ordered = tieBreakOrder(published, helped);
  const insert = db.prepare(`INSERT INTO "RelatedStory" (storyId, relatedStoryId, rank, score, reason) VALUES (?, ?, ?, ?, ?)`);
  let rows = 0;
  // Emitting in id order appends to RelatedStory's indexes (both start with storyId) instead
  // of inserting all over them: several times faster for two million rows.
  const emitOrder = Int32Array.from(ordered.keys()).sort((a, b) => (ordered[a].id < ordered[b].id ? -1 : 1));
  db.transaction(() => {
    computeRelated({ tags, storyTags: ordered.map((s) => Uint8Array.from(s.tags)), emitOrder }, (row) => {
      insert.run(ordered[row.story].id, ordered[row.related].id, row.rank, row.score, row.reason);
      rows++;
    });
  })();
  return rows;
}

// ---------------------------------------------------------------------------------------
// Checks against the app's own code

async function verifySample(file: string, sampleSize: number) {
  process.env.DATABASE_URL = `file:${file}`;
  const { renderStoryMarkdown } = await import("../app/lib/markdown.server");
  const { htmlToText } = await import("../app/models/search.server");
  const db = new Database(file, { readonly: true });
  const sample = db
    .prepare(
      `SELECT s.id, r.bodyMarkdown, r.bodyHtml, r.wordCount, ss.body AS searchBody
       FROM "Story" s JOIN "StoryRevision" r ON r.id = s.liveRevisionId
       JOIN "StorySearch" ss ON ss.storyId = s.id
       WHERE s.status = 'PUBLISHED' ORDER BY random() LIMIT ?`,
    )
    .all(sampleSize) as { id: string; bodyMarkdown: string; bodyHtml: string; wordCount: number; searchBody: string }[];
  db.close();
  let mismatches = 0;
  for (const row of sample) {
    const rendered = renderStoryMarkdown(row.bodyMarkdown);
    if (rendered.html !== row.bodyHtml || rendered.wordCount !== row.wordCount || htmlToText(row.bodyHtml) !== row.searchBody) {
      mismatches++;
      console.error(`  story ${row.id}: stored HTML, word count or search text differs from the app's`);
    }
  }
  console.log(`  renderStoryMarkdown, word count and search text: ${sample.length - mismatches}/${sample.length} stories identical`);
  await verifyRelated(file, Math.min(5, sampleSize));
  return mismatches;
}

/**
 * refreshRelatedFor recomputes a story's picks with the app's SQL and writes only what
 * changed: if the bulk picks are right, the story's list is unchanged afterwards.
 */
async function verifyRelated(file: string, count: number) {
  let refreshRelatedFor: ((id: string) => Promise<void>) | undefined;
  try {
    ({ refreshRelatedFor } = await import("../app/models/recommendation.server"));
  } catch (error) {
    console.log(`  stories like this: not checked (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const { db: prisma } = await import("../app/lib/db.server");
  const db = new Database(file);
  const ids = (db.prepare(`SELECT id FROM "Story" WHERE status = 'PUBLISHED' ORDER BY random() LIMIT ?`).all(count) as { id: string }[]).map((r) => r.id);
  const list = db.prepare(`SELECT relatedStoryId, rank, score, reason FROM "RelatedStory" WHERE storyId = ? ORDER BY rank`);
  let same = 0;
  for (const id of ids) {
    const before = JSON.stringify(list.all(id));
    await refreshRelatedFor(id);
    const after = JSON.stringify(list.all(id));
    if (before === after) same++;
    else console.error(`  story ${id}: refreshRelatedFor changed the bulk picks`);
  }
  db.close();
  await prisma.$disconnect();
  console.log(`  stories like this: ${same}/${ids.length} stories' picks unchanged by the app's refreshRelatedFor`);
}

// ---------------------------------------------------------------------------------------

const started = performance.now();
let stepStarted = started;
function progress(message: string) {
  // Only on a terminal: in a log, one line per step is enough.
  if (process.stdout.isTTY) process.stdout.write(`\r  ${message}`.padEnd(60));
}
function step(name: string) {
  const now = performance.now();
  process.stdout.write(`\r${name.padEnd(60)} ${((now - stepStarted) / 1000).toFixed(1)} s\n`);
  stepStarted = now;
}

async function main() {
  console.log(`Seeding ${STORIES.toLocaleString("en-US")} published stories and ${USERS.toLocaleString("en-US")} users into ${path.relative(process.cwd(), FILE)} (seed ${SEED})`);
  const db = createDatabase(FILE);
  const indexes = dropIndexes(db);
  step("migrated");
  const tags = insertVocabulary(db);
  const users = await insertUsers(db);
  step(`vocabulary (${tags.length} tags) and ${users.all.length.toLocaleString("en-US")} users`);

  const bySlug = new Map(tags.map((t) => [t.slug, t]));
  const { stories, bodies } = planStories(bySlug, users.authors);
  const words = insertStories(db, stories, bodies, tags, users);
  bodies.clear();
  const published = stories.filter((s) => s.status === "PUBLISHED");
  step(`${stories.length.toLocaleString("en-US")} stories (${published.length.toLocaleString("en-US")} published, ${Math.round(words / stories.length)} words on average), search index`);

  const readers = insertReactions(db, published, users);
  insertReaderProfiles(db, users, tags);
  setUpBenchReader(db, users, tags, published, readers);
  step(`${readers.reactions.toLocaleString("en-US")} reactions, ${readers.saved.toLocaleString("en-US")} saved, reader profiles`);

  const related = insertRelated(db, published, tags, readers.helped);
  step(`stories like this: ${related.toLocaleString("en-US")} picks`);

  recreateIndexes(db, indexes);
  step(`${indexes.length} indexes built`);

  const violations = db.prepare("PRAGMA foreign_key_check").all().length;
  if (violations) throw new Error(`${violations} foreign key violations`);
  // Back to what the app expects of the file: WAL (set by migrateSqlite) and foreign keys.
  db.pragma("journal_mode = WAL");
  db.close();
  step("foreign keys checked, back to WAL");

  const elapsed = (performance.now() - started) / 1000;
  const size = fs.statSync(FILE).size / 1024 / 1024;
  console.log(`Done in ${elapsed.toFixed(1)} s: ${path.relative(process.cwd(), FILE)}, ${size.toFixed(0)} MB.`);

  if (VERIFY) {
    const checkStarted = performance.now();
    console.log("Checking a sample against the app's own code (not part of the time above):");
    const mismatches = await verifySample(FILE, 25);
    console.log(`  checked in ${((performance.now() - checkStarted) / 1000).toFixed(1)} s`);
    if (mismatches) process.exitCode = 1;
  }
}

await main();
