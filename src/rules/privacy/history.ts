import type { DpiaHistory, PreviousVersion } from './types.js';

/**
 * The DPIA section carries a machine-readable note of the spec version and risks it was built
 * from. Reading the previous build's note gives "what changed since the previous version"; the
 * note is carried forward unchanged while the version stays the same, so rebuilding is a fixed
 * point (two builds give the same bytes).
 */
const marker = /<!-- govspec-dpia (\{.*?\}) -->/;

export interface DpiaNote {
  version: string;
  risks: string[];
  previous?: PreviousVersion;
}

export function formatNote(note: DpiaNote): string {
  // Versions and ids never contain "--" followed by ">", but keep the comment well-formed anyway.
  return `<!-- govspec-dpia ${JSON.stringify(note).replace(/-->/g, '--\\u003e')} -->`;
}

export function readNote(previous: Uint8Array | undefined): DpiaNote | undefined {
  if (!previous) return undefined;
  const text = new TextDecoder().decode(previous.subarray(0, 64 * 1024));
  const m = marker.exec(text);
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as unknown;
    return isNote(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export function historyFrom(note: DpiaNote | undefined, currentVersion: string): DpiaHistory {
  if (!note) return {};
  if (note.version === currentVersion) return note.previous ? { previous: note.previous } : {};
  return { previous: { version: note.version, risks: note.risks } };
}

function isNote(v: unknown): v is DpiaNote {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  const isList = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  if (typeof o.version !== 'string' || !isList(o.risks)) return false;
  if (o.previous === undefined) return true;
  const p = o.previous as Record<string, unknown> | null;
  return (
    !!p &&
    typeof p === 'object' &&
    typeof p.version === 'string' &&
    isList(p.risks) &&
    (p.base === undefined || typeof p.base === 'string') &&
    (p.changes === undefined || isList(p.changes))
  );
}
