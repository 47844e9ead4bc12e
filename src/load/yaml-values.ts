import jsYaml from 'js-yaml';
import type { Positions } from '../core/positions.js';
import { mapKind, seqKind } from '../core/positions.js';

/**
 * The data of a document the scan read (quick-locate.ts), built from its offsets: the same
 * values js-yaml gives with the YAML 1.2 core schema, without parsing the text a second time.
 * Scalars are resolved by js-yaml's own core types (null, boolean, integer, float, in its order).
 *
 * Anything whose value is not certain here gives undefined, and the caller parses the file with
 * js-yaml as before: escapes in double quotes, a folded scalar with more-indented lines, a comment
 * line inside a plain scalar, a key that is not a string, `__proto__`, characters js-yaml refuses,
 * a key over 1,024 characters, nesting deeper than the limit. A test holds this against js-yaml
 * on every example spec, the fixtures and generated and mutated documents.
 */
export function valuesOf(text: string, table: Positions, maxDepth: number): { data: unknown } | undefined {
  // js-yaml refuses the whole stream when it holds one of these.
  if (nonPrintable.test(text)) return undefined;
  // A document that is one scalar (never a spec) is js-yaml's to read: its indentation rules differ at the top.
  if (table.kind(0) !== mapKind && table.kind(0) !== seqKind) return undefined;
  try {
    return { data: new Builder(text, table, maxDepth).node(0, 0) };
  } catch (e) {
    if (e === unsure) return undefined;
    throw e;
  }
}

/** The characters js-yaml's reader rejects anywhere in a document (its PATTERN_NON_PRINTABLE). */
const nonPrintable =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const unsure = Symbol('unsure');

function decline(): never {
  throw unsure;
}

/** js-yaml's implicit types for plain scalars under the core schema, tried in this order. */
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };
const implicit = [types.null, types.bool, types.int, types.float];

/** Only a plain scalar starting with one of these (or empty) can resolve to anything but a string. */
const maybeNonString = /^(?:[~nNtTfF0-9+.-]|$)/;

/** The value js-yaml gives a plain scalar's text. */
export function plainValue(s: string): unknown {
  if (!maybeNonString.test(s)) return s;
  for (const type of implicit) if (type.resolve(s)) return type.construct(s);
  return s;
}

class Builder {
  constructor(
    private readonly t: string,
    private readonly table: Positions,
    private readonly maxDepth: number,
  ) {}

  node(n: number, depth: number): unknown {
    const table = this.table;
    const kind = table.kind(n);
    if (kind === mapKind || kind === seqKind) {
      if (depth >= this.maxDepth) decline();
      if (kind === seqKind) {
        const items: unknown[] = [];
        for (let c = table.first(n); c >= 0; c = table.next(c)) items.push(this.node(c, depth + 1));
        return items;
      }
      const map: Record<string, unknown> = {};
      for (let c = table.first(n); c >= 0; c = table.next(c)) map[this.key(c)] = this.node(c, depth + 1);
      return map;
    }
    return this.scalar(table.value(n), table.valueEnd(n));
  }

  private key(c: number): string {
    const name = this.table.keyText(c);
    const at = this.table.key(c) ?? decline();
    const quoted = this.t[at] === '"' || this.t[at] === "'";
    // A plain key js-yaml reads as null, a boolean or a number becomes that value's text: leave it to js-yaml.
    if ((!quoted && typeof plainValue(name) !== 'string') || name === '__proto__' || name.length > 1024)
      decline();
    return name;
  }

  private scalar(start: number, end: number): unknown {
    if (start === end) return null;
    const t = this.t;
    const c = t[start];
    if (c === '"') {
      const body = t.slice(start + 1, end - 1);
      if (body.includes('\\')) decline();
      return body;
    }
    if (c === "'") return t.slice(start + 1, end - 1).replace(/''/g, "'");
    if (c === '|' || c === '>') return this.block(start, end);
    const text = t.slice(start, end);
    return plainValue(text.includes('\n') ? foldPlain(text) : text);
  }

  /** A `|` or `>` scalar (clip or strip chomping; the scan declines keep and explicit indents). */
  private block(start: number, end: number): string {
    const t = this.t;
    const strip = t[start + 1] === '-';
    const bodyStart = t.indexOf('\n', start) + 1;
    if (bodyStart === 0 || bodyStart >= end) decline();
    const raw = t.slice(bodyStart, end);
    const lines = (raw.endsWith('\n') ? raw.slice(0, -1) : raw).split('\n');
    let indent = -1;
    for (const line of lines) {
      const spaces = leadingSpaces(line);
      if (spaces < line.length) {
        indent = spaces;
        break;
      }
    }
    // Content at column 0 (a block scalar at the top of the document): js-yaml's reading differs.
    if (indent <= 0) decline();
    const body = lines.map((l) => (l.length > indent ? l.slice(indent) : ''));
    // Trailing blank lines go with clip and strip alike.
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    let text: string;
    if (t[start] === '|') text = body.join('\n');
    else {
      // Leading blank lines and more-indented lines keep their line breaks when folded: left to js-yaml.
      if (body[0] === '' || body.some((l) => l.startsWith(' '))) decline();
      text = foldLines(body);
    }
    return strip ? text : `${text}\n`;
  }
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** A line without its leading and trailing spaces (YAML's white space; the scan declines tabs). */
function trimSpaces(line: string): string {
  let a = 0;
  let b = line.length;
  while (line.charCodeAt(a) === 32) a++;
  while (b > a && line.charCodeAt(b - 1) === 32) b--;
  return line.slice(a, b);
}

/** A plain scalar over several lines: each line trimmed, one break a space, blank lines breaks. */
function foldPlain(text: string): string {
  const lines = text.split('\n').map(trimSpaces);
  // A comment line ends a plain scalar; one the scan took inside it is left to js-yaml.
  if (lines.some((l) => l.startsWith('#'))) decline();
  return foldLines(lines);
}

/** Lines joined as YAML folds them: a space between two lines, a line break for each blank line. */
function foldLines(lines: readonly string[]): string {
  let out = '';
  let blanks = 0;
  let first = true;
  for (const line of lines) {
    if (line === '') {
      if (!first) blanks++;
      continue;
    }
    if (!first) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    out += line;
    first = false;
    blanks = 0;
  }
  return out;
}
