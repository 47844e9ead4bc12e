import type { Draft } from './draft.js';

/** Field names a draft leaves blank (or fills with a placeholder), for the summary's counts. */
export function blanksOf(draft: Draft): string[] {
  return [...new Set(draft.blanks.map((b) => (b.placeholder ? `${b.field} (placeholder)` : b.field)))].sort();
}
