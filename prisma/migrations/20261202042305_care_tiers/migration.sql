-- Two care tiers from the safety check: `crisis` (current danger) and now `concern` (likely
-- distress; set with crisis too, as in the safety report). The diff wanted to redefine Story
-- and StoryRevision to add the columns; ALTER TABLE ADD COLUMN gives the same schema without
-- copying every story body (seconds per GB), so it is written by hand.

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "concern" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StoryRevision" ADD COLUMN "concern" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "StoryRevision_status_id_idx" ON "StoryRevision"("status", "id");

-- Crisis implies concern. Only stories waiting or being written carry the flags that matter
-- (a decision clears them), so published history is left as it was: no scan of every body.
UPDATE "Story" SET "concern" = true WHERE "crisis" = true;
UPDATE "StoryRevision" SET "concern" = true
    WHERE "crisis" = true AND "status" IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED');
