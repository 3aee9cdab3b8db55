// "Stories like this" and "For you" — being written (issue 5). Placeholder signature so the
// lifecycle hook can call it; replaced by the real module.
export async function refreshRelatedFor(_storyId: string): Promise<void> {}
export async function refreshAllRelated(): Promise<void> {}
