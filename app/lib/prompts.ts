// Guided prompts an author can insert into a story: headings with a gentle question under each.
export const STORY_PROMPTS = [
  { id: "where-i-was", heading: "Where I was", hint: "What was life like before things started to change?" },
  { id: "what-happened", heading: "What happened", hint: "What helped you start to turn things around?" },
  { id: "where-i-am-now", heading: "Where I am now", hint: "What is different today? What would you tell someone just starting?" },
] as const;

export function promptMarkdown(id: string): string | null {
  const prompt = STORY_PROMPTS.find((p) => p.id === id);
  return prompt ? `## ${prompt.heading}\n\n` : null;
}

/** Appends a prompt's heading to the body, on its own paragraph. */
export function insertPrompt(body: string, id: string): string {
  const block = promptMarkdown(id);
  if (!block) return body;
  const trimmed = body.replace(/\s+$/, "");
  return trimmed ? `${trimmed}\n\n${block}` : block;
}
