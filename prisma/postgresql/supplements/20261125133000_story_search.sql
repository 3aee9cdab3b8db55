-- Full-text search over published stories: the PostgreSQL twin of the FTS5 table
-- (docs/decisions/005-search.md, 008-postgresql.md). Kept in step by app/models/search-pg.server.ts.
--
-- The "kindred" configuration matches FTS5's `porter unicode61 remove_diacritics 2`: every
-- word kept (no stop words), accents removed, English stemming, case folded.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY kindred_english_stem (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION kindred (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION kindred
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, kindred_english_stem;

-- "document" is title (weight A), tag names (B) and body text (D), built by the app from
-- text reduced to letters and digits the way FTS5 tokenizes it.
CREATE TABLE "StorySearch" (
    "storyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    CONSTRAINT "StorySearch_pkey" PRIMARY KEY ("storyId"),
    CONSTRAINT "StorySearch_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE
);

CREATE INDEX "StorySearch_document_idx" ON "StorySearch" USING GIN ("document");
