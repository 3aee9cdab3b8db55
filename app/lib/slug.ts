// Story addresses (docs/product.md, "Addresses"): words from the title, never from the author.

/** The title part of a story's address: ASCII words joined by hyphens, at most 60 characters. */
export function slugWords(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return words || "story";
}
