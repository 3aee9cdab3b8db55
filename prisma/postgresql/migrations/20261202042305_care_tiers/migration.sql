-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "concern" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StoryRevision" ADD COLUMN     "concern" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "StoryRevision_status_id_idx" ON "StoryRevision"("status", "id");


-- From prisma/postgresql/supplements/20261202042305_care_tiers.sql
-- Crisis implies concern (the same backfill as the SQLite migration).
UPDATE "Story" SET "concern" = true WHERE "crisis" = true;
UPDATE "StoryRevision" SET "concern" = true
    WHERE "crisis" = true AND "status" IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED');
