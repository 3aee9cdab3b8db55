// Generates a story's Markdown together with the three things the app derives from it:
// the sanitized HTML (what app/lib/markdown.server.ts renderStoryMarkdown would store),
// the plain text the search index holds (search.server.ts htmlToText of that HTML) and the
// word count. Rendering 100,000 bodies through marked + sanitize-html would take minutes,
// so every sentence is rendered once, when the pools are built, and stories are assembled
// from pre-rendered pieces. The seed checks a sample against the real renderer.

import type { Random } from "./random";
import { FILLERS, HEADINGS, PATHWAYS, QUOTES, SECTIONS, SITUATIONS, STAGES, TITLE_TEMPLATES, VOICES, type Voice } from "./phrases";

/** A sentence (or heading, or quote) in its three forms. */
interface Piece {
  markdown: string;
  html: string;
  words: number;
}

export interface GeneratedBody {
  markdown: string;
  html: string;
  /** htmlToText(html): what StorySearch.body holds. */
  text: string;
  wordCount: number;
}

// The same word pattern as app/lib/markdown.server.ts countWords (a reader's words).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+|[.,:]\p{N}+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// sanitize-html escapes only these three in text (quotes and apostrophes come out as typed).
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function piece(markdown: string): Piece {
  return { markdown, html: escapeText(markdown), words: countWords(markdown) };
}

/** Fills {slots} from the voice and the filler lists. */
function fill(template: string, voice: Voice, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
    switch (slot) {
      case "noun":
      case "using":
      case "used":
      case "use":
        return voice[slot];
      case "thing":
        return random.pick(voice.things);
      default: {
        const options = (FILLERS as Record<string, string[]>)[slot];
        if (!options) throw new Error(`Unknown slot {${slot}} in "${template}"`);
        return random.pick(options);
      }
    }
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SECTION_ORDER = ["opening", "beginnings", "worse", "turning", "help", "situation", "relapse", "now", "closing"] as const;
type SectionName = (typeof SECTION_ORDER)[number];

/** Share of a story's paragraphs each part gets (the situation and relapse parts only when tagged). */
const SECTION_SHARE: Record<SectionName, number> = {
  opening: 1,
  beginnings: 2,
  worse: 2,
  turning: 1.2,
  help: 2,
  situation: 1.5,
  relapse: 1,
  now: 1.5,
  closing: 0.8,
};

/** Filled sentences per (part, substance), built once: filling slots per story would cost more than inserting it. */
const POOL_SIZE = 120;

export class ProseGenerator {
  private readonly pools = new Map<string, Piece[]>();
  private readonly headings = new Map<string, Piece[]>();
  private readonly quotes: Piece[];

  constructor(private readonly random: Random) {
    for (const [slug, voice] of Object.entries(VOICES)) {
      for (const [section, templates] of Object.entries(SECTIONS)) {
        this.pools.set(`${section}:${slug}`, this.fillPool(templates, voice));
      }
      for (const [tag, templates] of Object.entries({ ...SITUATIONS, ...PATHWAYS, ...STAGES })) {
        // Tag sentences mostly carry no slots; a smaller pool is enough.
        this.pools.set(`tag:${tag}:${slug}`, this.fillPool(templates, voice, 24));
      }
    }
    for (const [section, names] of Object.entries(HEADINGS)) this.headings.set(section, names.map(piece));
    this.quotes = QUOTES.map(piece);
  }

  private fillPool(templates: string[], voice: Voice, size = POOL_SIZE): Piece[] {
    return Array.from({ length: size }, (_, i) => piece(capitalise(fill(templates[i % templates.length], voice, this.random))));
  }

  title(substance: string): string {
    const voice = VOICES[substance] ?? VOICES["other-substance"];
    return capitalise(fill(this.random.pick(TITLE_TEMPLATES), voice, this.random));
  }

  /**
   * A body of about `targetWords` words for a story with these tags. Paragraphs of 3–7
   * sentences from the parts of a recovery story in order; some stories use headings and
   * a quote, like the demo stories do.
   */
  body({
    targetWords,
    substance,
    situations,
    pathway,
    stage,
    relapse,
  }: {
    targetWords: number;
    substance: string;
    situations: string[];
    pathway: string;
    stage: string;
    relapse: boolean;
  }): GeneratedBody {
    const random = this.random;
    const voiceKey = VOICES[substance] ? substance : "other-substance";
    const useHeadings = random.chance(0.35);
    const quoteAt = random.chance(0.25) ? random.pick(["help", "now", "turning"] as SectionName[]) : null;
    const sections = SECTION_ORDER.filter((s) => s !== "relapse" || relapse);
    const shareTotal = sections.reduce((sum, s) => sum + SECTION_SHARE[s], 0);
    const paragraphs = Math.max(sections.length, Math.round(targetWords / 78));

    const blocks: { kind: "p" | "h2" | "quote"; pieces: Piece[] }[] = [];
    let words = 0;
    for (const section of sections) {
      if (words >= targetWords && section !== "closing") continue;
      const count = Math.max(1, Math.round((paragraphs * SECTION_SHARE[section]) / shareTotal));
      if (useHeadings && section !== "opening") {
        const heading = random.pick(this.headings.get(section) ?? []);
        blocks.push({ kind: "h2", pieces: [heading] });
        words += heading.words;
      }
      for (let p = 0; p < count && (words < targetWords || section === "closing"); p++) {
        const sentences = this.paragraph(section, voiceKey, { situations, pathway, stage });
        blocks.push({ kind: "p", pieces: sentences });
        words += sentences.reduce((sum, s) => sum + s.words, 0);
        if (section === "closing") break;
      }
      if (section === quoteAt) {
        const quote = random.pick(this.quotes);
        blocks.push({ kind: "quote", pieces: [quote] });
        words += quote.words;
      }
    }
    return assemble(blocks, words);
  }

  /** 3–7 sentences: mostly the part's own, mixed with the story's tag sentences where they fit. */
  private paragraph(section: SectionName, voiceKey: string, tags: { situations: string[]; pathway: string; stage: string }): Piece[] {
    const random = this.random;
    const own =
      section === "situation" ? this.pool(`tag:${random.pick(tags.situations)}:${voiceKey}`)
      : section === "relapse" ? this.pool(`relapse:${voiceKey}`)
      : this.pool(`${section}:${voiceKey}`);
    const mixed =
      section === "help" ? this.pool(`tag:${tags.pathway}:${voiceKey}`)
      : section === "now" ? this.pool(`tag:${tags.stage}:${voiceKey}`)
      : null;
    const n = random.int(3, 7);
    const out: Piece[] = [];
    const seen = new Set<string>();
    // Pools hold several fillings of each template: skip repeats of the same sentence.
    for (let attempt = 0; out.length < n && attempt < n * 3; attempt++) {
      const from = mixed && random.chance(0.4) ? mixed : own;
      const sentence = random.pick(from);
      if (seen.has(sentence.markdown)) continue;
      seen.add(sentence.markdown);
      out.push(sentence);
    }
    return out;
  }

  private pool(key: string): Piece[] {
    const pool = this.pools.get(key);
    if (!pool) throw new Error(`No sentences for ${key}`);
    return pool;
  }
}

/**
 * Joins the blocks the way marked + sanitize-html output them: one block per line,
 * blockquotes with their paragraph on its own line, no trailing newline.
 */
function assemble(blocks: { kind: "p" | "h2" | "quote"; pieces: Piece[] }[], wordCount: number): GeneratedBody {
  const markdown: string[] = [];
  const html: string[] = [];
  const text: string[] = [];
  for (const block of blocks) {
    const md = block.pieces.map((p) => p.markdown).join(" ");
    const inner = block.pieces.map((p) => p.html).join(" ");
    text.push(md);
    if (block.kind === "h2") {
      markdown.push(`## ${md}`);
      html.push(`<h2>${inner}</h2>`);
    } else if (block.kind === "quote") {
      markdown.push(`> ${md}`);
      html.push(`<blockquote>\n<p>${inner}</p>\n</blockquote>`);
    } else {
      markdown.push(md);
      html.push(`<p>${inner}</p>`);
    }
  }
  return { markdown: markdown.join("\n\n"), html: html.join("\n"), text: text.join(" "), wordCount };
}
