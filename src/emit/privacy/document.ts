/**
 * One document model for each privacy artefact, rendered twice: to Markdown (for pull requests)
 * and to Word (for filing). Both show the same content because both walk the same blocks. All
 * text is plain spec or govspec text; each renderer escapes it for its own format.
 */

/** A table cell: one line, or several lines shown one under another. */
export type Cell = string | string[];

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'fields'; rows: Array<[string, Cell]> }
  | { kind: 'table'; headers: string[]; rows: Cell[][]; widths?: number[] }
  | { kind: 'signatures'; roles: string[] }
  | { kind: 'diagram'; name: string; caption: string; source: string; png?: Uint8Array };

export interface PrivacyDocument {
  title: string;
  subtitle: string;
  /** Short title for the page footer (the full title can be 200 characters). */
  footer: string;
  organisation: string;
  /** Document-control rows shown on the title page. */
  control: Array<[string, Cell]>;
  blocks: Block[];
  orientation: 'portrait' | 'landscape';
  /** Folder of the document relative to the output folder, for links to diagrams. */
  folder: string;
  /** Machine-readable note kept in the Markdown (an HTML comment), never shown. */
  note?: string;
}

/** Heading numbers as Word shows them (1, 1.1, 2...), for the Markdown rendering. */
export function headingNumbers(blocks: readonly Block[]): string[] {
  const counters = [0, 0];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return '';
    if (b.level === 1) {
      counters[0]! += 1;
      counters[1] = 0;
      return `${counters[0]}`;
    }
    counters[1]! += 1;
    return `${counters[0]}.${counters[1]}`;
  });
}

export function lines(cell: Cell): string[] {
  return Array.isArray(cell) ? cell : [cell];
}

/** "not recorded" for blanks, so every gap is visible. */
export function orBlank(value: string | undefined | null, blank = 'not recorded'): string {
  return value === undefined || value === null || value.trim() === '' ? blank : value;
}
