import type { DocumentKind } from '../rules/evidence/outcome.js';

/**
 * Whether a document carried in the pack is evidence of the kind an outcome needs, read from its
 * content, not its name or path (docs/dspt/evidence-of-its-kind.md says what each kind asks and
 * why). Returns what is missing, in words an integration lead can act on, or undefined when it
 * reads as that kind.
 */
export function kindProblem(kind: DocumentKind, bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not a text document govspec can read (keep a Markdown or plain-text copy in the repository)';
  }
  const steps = stepsOf(text);
  if (steps.length < minimumSteps)
    return steps.length === 0 && listsOnlyReferences(text)
      ? 'it lists paths or links, not the steps to follow'
      : `it has ${steps.length === 0 ? 'no' : `only ${steps.length}`} written steps (at least ${minimumSteps} numbered or bulleted steps are needed)`;
  if (kind === 'procedure') return undefined;
  const missing = responseTopics.filter((t) => !t.words.test(text)).map((t) => t.missing);
  return missing.length > 0 ? `it does not say ${missing.join(', or ')}` : undefined;
}

/** A procedure worth the name has a few steps; one or two lines are a note, not a procedure. */
export const minimumSteps = 3;

/**
 * What the NHS England audit guidance for D1.a asks a response plan to show, as far as the text
 * of an interface runbook can: how an incident is recognised, who is told (roles and contacts),
 * and how service is restored.
 */
const responseTopics: ReadonlyArray<{ words: RegExp; missing: string }> = [
  {
    words: /\b(detect|alert|alarm|monitor|fail|failing|failure|outage|down|symptom|stopp|silent|queue)/i,
    missing: 'how a failure is noticed',
  },
  {
    words: /\b(call|contact|escalat|notify|tell|inform|on-call|owner|service desk|bleep|phone|page)/i,
    missing: 'who is told or called',
  },
  {
    words:
      /\b(restart|restor|recover|replay|resend|fail ?over|roll ?back|reprocess|resume|reconcil|workaround|downtime|catch up)/i,
    missing: 'how service is restored',
  },
];

const listItem = /^\s{0,3}(?:\d{1,3}[.)]|[-*+])\s+(.+)$/;
const bareReference = /^(?:`?<?(?:https?:\/\/\S+|[\w.~/-]+\.\w{1,8}|[\w.-]+\/[\w./-]*)>?`?)$/i;

/** A path or link alone; a long item is prose (and is never matched, so no line costs more than linear time). */
function isBareReference(item: string): boolean {
  return item.length <= 2048 && bareReference.test(item);
}

/** List items that say something: at least three words once links are reduced to their text. */
function stepsOf(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const m = listItem.exec(line);
    if (!m) return [];
    const item = plain(m[1]!);
    return !isBareReference(item) && item.split(/\s+/).filter((w) => /\w/.test(w)).length >= 3 ? [item] : [];
  });
}

/** True when the document's list items are only paths or links (a list of runbooks, not a runbook). */
function listsOnlyReferences(text: string): boolean {
  const items = text
    .split(/\r?\n/)
    .map((l) => listItem.exec(l)?.[1])
    .filter((i): i is string => i !== undefined);
  return items.length > 0 && items.every((i) => isBareReference(plain(i)));
}

/** A Markdown list item as text: a link `[text](target)` alone counts as its target. */
function plain(item: string): string {
  const trimmed = item.trim();
  const only = /^\[([^[\]]{0,500})\]\(([^)\s]{1,2000})\)$/.exec(trimmed);
  if (only) return only[2]!;
  return trimmed.replace(/\[([^[\]]{0,500})\]\([^()\s]{0,2000}\)/g, '$1');
}
