-- Crisis implies concern (the same backfill as the SQLite migration).
UPDATE "Story" SET "concern" = true WHERE "crisis" = true;
UPDATE "StoryRevision" SET "concern" = true
    WHERE "crisis" = true AND "status" IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED');
