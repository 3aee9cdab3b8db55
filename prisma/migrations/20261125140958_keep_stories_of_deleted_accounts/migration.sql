-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "authorId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "liveRevisionId" TEXT,
    "workingRevisionId" TEXT,
    "crisis" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    "submittedAt" DATETIME,
    CONSTRAINT "Story_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Story_liveRevisionId_fkey" FOREIGN KEY ("liveRevisionId") REFERENCES "StoryRevision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Story_workingRevisionId_fkey" FOREIGN KEY ("workingRevisionId") REFERENCES "StoryRevision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Story" ("authorId", "createdAt", "crisis", "id", "liveRevisionId", "publishedAt", "slug", "status", "submittedAt", "updatedAt", "workingRevisionId") SELECT "authorId", "createdAt", "crisis", "id", "liveRevisionId", "publishedAt", "slug", "status", "submittedAt", "updatedAt", "workingRevisionId" FROM "Story";
DROP TABLE "Story";
ALTER TABLE "new_Story" RENAME TO "Story";
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");
CREATE UNIQUE INDEX "Story_liveRevisionId_key" ON "Story"("liveRevisionId");
CREATE UNIQUE INDEX "Story_workingRevisionId_key" ON "Story"("workingRevisionId");
CREATE INDEX "Story_authorId_idx" ON "Story"("authorId");
CREATE INDEX "Story_status_publishedAt_idx" ON "Story"("status", "publishedAt");
CREATE INDEX "Story_status_submittedAt_idx" ON "Story"("status", "submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

