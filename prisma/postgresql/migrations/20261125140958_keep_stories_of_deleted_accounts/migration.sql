-- AlterTable
ALTER TABLE "Story" ALTER COLUMN "authorId" DROP NOT NULL;

