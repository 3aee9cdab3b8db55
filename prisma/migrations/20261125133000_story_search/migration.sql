-- Hand-written: full-text search over published stories (title, body text, tag names) with
-- SQLite FTS5. Kept in step by app/models/search.server.ts whenever a story is published,
-- edited, withdrawn, removed or deleted. Prisma doesn't model virtual tables; the
-- new-migration script leaves StorySearch* alone (docs/decisions/005-search.md).
CREATE VIRTUAL TABLE "StorySearch" USING fts5(
    storyId UNINDEXED,
    title,
    body,
    tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
