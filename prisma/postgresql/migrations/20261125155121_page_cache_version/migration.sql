-- CreateTable
CREATE TABLE "SiteCounter" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SiteCounter_pkey" PRIMARY KEY ("key")
);

