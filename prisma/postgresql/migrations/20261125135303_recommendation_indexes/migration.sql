-- DropIndex
DROP INDEX "RevisionTag_tagId_idx";

-- CreateIndex
CREATE INDEX "RevisionTag_tagId_revisionId_idx" ON "RevisionTag"("tagId", "revisionId");

-- CreateIndex
CREATE INDEX "RelatedStory_relatedStoryId_idx" ON "RelatedStory"("relatedStoryId");

