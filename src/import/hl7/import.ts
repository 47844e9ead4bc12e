import { hasErrors } from '../../core/diagnostics.js';
import { OutputFolder, type WriteOptions } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import { displayPath, expandInputs, readInput } from '../inputs.js';
import { importCodes } from '../codes.js';
import { emptySummary, finishSummary, type ImportSummary } from '../summary.js';
import { analyseText, type MessageShape } from './analyse.js';
import { feedToDraft, groupFeeds, type Feed } from './to-draft.js';

export interface Hl7Options extends WriteOptions {
  /** Put every message into one spec with this id instead of one spec per sender and receiver. */
  id?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

/** Propose specs from sample HL7v2 messages: structure only, never message content. */
export function importHl7(inputs: string[], options: Hl7Options): ImportSummary {
  const summary = emptySummary('hl7', 'messages');
  const [files, inputProblems] = expandInputs(inputs, /\.(hl7|er7|txt|msg)$/i, options.cwd);
  summary.diagnostics.push(...inputProblems);
  summary.files.withErrors += inputProblems.length;

  const shapes: MessageShape[] = [];
  for (const path of files) {
    const display = displayPath(path, options.cwd);
    const [bytes, readProblems] = readInput(path, display, maxMessageFile);
    if (!bytes) {
      summary.files.read += 1;
      summary.diagnostics.push(
        ...readProblems.map((d) =>
          d.code === 'import-xml-too-large'
            ? importCodes['import-file-unreadable'].at(d.location, `larger than ${maxMessageFile} bytes`)
            : d,
        ),
      );
      summary.files.withErrors += 1;
      continue;
    }
    shapes.push(...readHl7File(display, bytes, summary));
  }
  const folder = new OutputFolder(options);
  summary.diagnostics.push(...folder.diagnostics);
  draftHl7(shapes, folder, summary, options.id);
  return finishSummary(summary);
}

/** The largest message file read. */
export const maxMessageFile = 10 * 1024 * 1024;

/** The shape of every message in one file (never its content). */
export function readHl7File(display: string, bytes: Uint8Array, summary: ImportSummary): MessageShape[] {
  summary.files.read += 1;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // HL7v2 feeds are often 8-bit (MSH-18 8859/1); the structure reads the same
    text = latin1.decode(bytes);
  }
  const [found, problems] = analyseText(display, text);
  summary.diagnostics.push(...problems);
  if (hasErrors(problems)) summary.files.withErrors += 1;
  return found;
}

/** One spec per sender and receiver (or every message in one spec with the given id). */
export function draftHl7(
  shapes: MessageShape[],
  folder: OutputFolder,
  summary: ImportSummary,
  id?: string,
): void {
  summary.found += shapes.length;
  const feeds: Feed[] = id
    ? shapes.length > 0
      ? [{ key: `id:${id}`, ...senderReceiver(shapes), shapes }]
      : []
    : groupFeeds(shapes);
  for (const feed of feeds) {
    const wanted =
      id ?? idFromName(`hl7 ${feed.sender ?? 'unnamed'} to ${feed.receiver ?? 'unnamed'}`, 'hl7');
    const draft = feedToDraft(feed, '', unique(feed.shapes.map((s) => s.file)));
    draft.id = folder.idFor(wanted, draft.matchKey);
    draft.spec['id'] = draft.id;
    const [outcome, problems] = folder.apply(draft, blanksOf(draft));
    summary.specs.push(outcome);
    summary.diagnostics.push(...problems);
  }
}

function senderReceiver(shapes: MessageShape[]): { sender?: string; receiver?: string } {
  const first = (f: (s: MessageShape) => string | undefined) => shapes.map(f).find((x) => !!x);
  const sender = first((s) => s.sendingApp ?? s.sendingFacility);
  const receiver = first((s) => s.receivingApp ?? s.receivingFacility);
  return { ...(sender ? { sender } : {}), ...(receiver ? { receiver } : {}) };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}
