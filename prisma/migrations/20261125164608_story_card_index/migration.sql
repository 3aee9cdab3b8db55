-- CreateIndex
CREATE INDEX "StoryRevision_card_idx" ON "StoryRevision"("id", "title", "anonymity", "penName", "wordCount");

