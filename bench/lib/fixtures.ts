// What the benchmark needs from the data set: a signed-in session, a typical story, and
// drafts to autosave. Written straight into the SQLite file in the app's formats.

import crypto from "node:crypto";
import Database from "better-sqlite3";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { ProseGenerator } from "./prose";
import { Random } from "./random";
import { BENCH_READER, sqliteDate } from "./sqlite";

export interface DataSet {
  file: string;
  stories: number;
  users: number;
  sizeMb: number;
}

export function describeDataSet(file: string, sizeBytes: number): DataSet {
  const db = new Database(file, { readonly: true });
  try {
    const stories = (db.prepare(`SELECT COUNT(*) AS n FROM "Story" WHERE status = 'PUBLISHED'`).get() as { n: number }).n;
    const users = (db.prepare(`SELECT COUNT(*) AS n FROM "User"`).get() as { n: number }).n;
    return { file, stories, users, sizeMb: sizeBytes / 1024 / 1024 };
  } finally {
    db.close();
  }
}

const randomToken = (bytes: number) => encodeBase32LowerCaseNoPadding(crypto.randomBytes(bytes));

/**
 * A session for the seed's bench reader (or another account, by username key), as
 * app/auth/session.server.ts createSession writes it: the cookie carries `${id}.${secret}`,
 * the row holds SHA-256(secret) as bytes.
 * Returns the Cookie header value and the session id (to delete it afterwards).
 */
export function createBenchSession(file: string, usernameKey = BENCH_READER): { cookie: string; sessionId: string; userId: string } {
  const db = new Database(file);
  try {
    const user = db.prepare(`SELECT id FROM "User" WHERE usernameKey = ?`).get(usernameKey) as { id: string } | undefined;
    if (!user) throw new Error(`No ${usernameKey} in ${file}: seed it with npm run bench:seed`);
    const id = randomToken(15);
    const secret = randomToken(20);
    const secretHash = crypto.createHash("sha256").update(secret).digest();
    const now = sqliteDate(Date.now());
    db.prepare(`INSERT INTO "Session" (id, secretHash, userId, createdAt, lastVerifiedAt, label) VALUES (?, ?, ?, ?, ?, 'Benchmark')`).run(
      id,
      secretHash,
      user.id,
      now,
      now,
    );
    // The run makes its drafts through the app (createDrafts), past the per-account limit on new
    // stories: they are setup, removed by cleanUp, so the run starts with that count cleared.
    db.prepare(`DELETE FROM "RateLimit" WHERE "key" = ?`).run(`draft:account:${user.id}`);
    return { cookie: `kindred_session=${id}.${secret}`, sessionId: id, userId: user.id };
  } finally {
    db.close();
  }
}

/**
 * A typical story for the story page: published, no content warnings (a signed-out reader
 * would get the warning notice instead of the text), length near the data set's median.
 */
export function pickStory(file: string): { slug: string; words: number; storyId: string } {
  const db = new Database(file, { readonly: true });
  try {
    const median = (
      db
        .prepare(
          `SELECT r.wordCount AS w FROM "Story" s JOIN "StoryRevision" r ON r.id = s.liveRevisionId
           WHERE s.status = 'PUBLISHED' ORDER BY r.wordCount LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Story" WHERE status = 'PUBLISHED')`,
        )
        .get() as { w: number }
    ).w;
    const row = db
      .prepare(
        `SELECT s.id, s.slug, r.wordCount FROM "Story" s JOIN "StoryRevision" r ON r.id = s.liveRevisionId
         WHERE s.status = 'PUBLISHED' AND r.wordCount BETWEEN ? AND ?
           AND NOT EXISTS (SELECT 1 FROM "RevisionWarning" w WHERE w.revisionId = r.id)
         LIMIT 1`,
      )
      .get(median - 20, median + 20) as { id: string; slug: string; wordCount: number };
    return { slug: row.slug, words: row.wordCount, storyId: row.id };
  } finally {
    db.close();
  }
}

/** A draft as the editor sends it: about 900 words, tags, anonymous. */
export function autosaveForm(storyId: string | null, text = draftText(), intent: "autosave" | "save" = "autosave"): string {
  const form = new URLSearchParams();
  form.set("title", "A draft I keep coming back to");
  form.set("body", text);
  form.set("anonymity", "ANONYMOUS");
  for (const tag of ["opioids", "parenting", "medication-for-oud", "early-recovery"]) form.append("tags", tag);
  form.set("intent", intent);
  if (storyId) form.set("storyId", storyId);
  return form.toString();
}

let cachedDraft: string | null = null;
function draftText(): string {
  cachedDraft ??= new ProseGenerator(new Random(7)).body({
    targetWords: 900,
    substance: "opioids",
    situations: ["parenting"],
    pathway: "medication-for-oud",
    stage: "early-recovery",
    relapse: false,
  }).markdown;
  return cachedDraft;
}

export function draftIds(file: string, userId: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT id FROM "Story" WHERE authorId = ? AND status = 'DRAFT'`).all(userId) as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** Removes what a run added: its session and the drafts it autosaved (revisions cascade). */
export function cleanUp(file: string, sessionId: string, userId: string): void {
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(`DELETE FROM "Session" WHERE id = ?`).run(sessionId);
    db.prepare(`DELETE FROM "Story" WHERE authorId = ? AND status = 'DRAFT'`).run(userId);
  } finally {
    db.close();
  }
}
