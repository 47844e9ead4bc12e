/**
 * Positions of every key and value in a YAML document from one scan of its text, without
 * building a syntax tree. The offsets are exactly those the `yaml` package gives (a node's
 * range[0] and range[1]), so a diagnostic is placed at the same line and column either way; a
 * test compares the two on every key of every example spec and on generated documents.
 *
 * It reads the block and flow styles specs are written in: block mappings and sequences (also
 * compact ones: `- key: value`), flow collections over one or more lines, plain, quoted and
 * block scalars, and comments. Anything else (anchors, aliases, tags, explicit keys, tabs,
 * CRLF, several documents, comment lines whose place yaml resolves by indentation) makes it
 * return undefined, and the caller asks the exact parser instead.
 */

import { mapKind, Positions, seqKind } from './positions.js';

/**
 * A node's extent as yaml reports it (start, end of the value, end with its trailing comment and
 * line break), and the line start where the scan goes on.
 */
interface Span {
  start: number;
  end: number;
  after: number;
  resume: number;
}

class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

export function escapePointer(segment: string): string {
  if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  if (segment.indexOf('~') < 0) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The document's root node with every offset, or undefined when yaml must decide (an empty document too). */
export function scanRanges(text: string): Positions | undefined {
  if (!commentsAreAligned(text)) return undefined;
  try {
    return new Scanner(text).document().trim();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * yaml attaches a comment line to whichever node its indentation continues, which moves the end
 * of that node. A comment aligned with the next line of content (or at column 0 before column-0
 * content or the end) starts that content and moves nothing; any other placement is left to
 * the exact parser. Also rejects characters the scanner does not model: tabs, CR, document
 * markers after the first line and directives.
 */
function commentsAreAligned(text: string): boolean {
  if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) return false;
  let pending = -1; // indent of the comment lines waiting for the next content line (-2: mixed)
  let seenContent = false;
  for (let ls = 0; ls < text.length;) {
    let q = ls;
    while (text.charCodeAt(q) === 32) q++;
    const nl = text.indexOf('\n', q);
    const le = nl < 0 ? text.length : nl;
    if (q < le) {
      const indent = q - ls;
      if (text[q] === '#') pending = pending === -1 || pending === indent ? indent : -2;
      else {
        if (pending !== -1 && pending !== indent) return false;
        pending = -1;
        const marker =
          text[ls] === '%' || /^(?:---|\.\.\.)(?: |$)/.test(text.slice(ls, Math.min(le, ls + 4)));
        if (marker && (seenContent || !text.startsWith('---', ls))) return false;
        seenContent = true;
      }
    }
    ls = le + 1;
  }
  // Comments at the end belong with column 0.
  return pending === -1 || pending === 0;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * An implicit key: where it starts, where its colon is, and its text: the document's
 * [textStart, textEnd), or `name` when the text is not written as is.
 */
interface Key {
  start: number;
  textStart: number;
  textEnd: number;
  name?: string;
  colon: number;
}

/** The first non-blank, non-comment line from a line start: its start, indent and first character. */
interface Content {
  pos: number;
  indent: number;
}

/** For a plain scalar in a flow collection: 2 ends it (line break, flow indicator), 1 needs a look (`:`, `#`). */
const flowStop = new Uint8Array(128);
for (const c of '\n,[]{}') flowStop[c.charCodeAt(0)] = 2;
for (const c of ':#') flowStop[c.charCodeAt(0)] = 1;

/** Only plain scalars starting with one of these can resolve to null, a boolean or a number. */
const maybeNonString = /^[~nNtTfF0-9+.-]/;
const coreNonString =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

class Scanner {
  private readonly out: Positions;

  constructor(private readonly t: string) {
    this.out = new Positions(t, t.length >> 4);
  }

  document(): Positions {
    let start = this.content(0);
    // A leading document marker on a line of its own.
    if (start && start.indent === 0 && this.t.startsWith('---', start.pos)) {
      const rest = this.lineRest(start.pos + 3);
      if (rest === undefined) unsupported();
      start = this.content(rest);
    }
    if (!start) unsupported();
    const root = this.blockNode(start.pos, start.indent, -1, 0);
    if (this.content(root.resume)) unsupported();
    this.out.setValue(0, root.start, root.end);
    return this.out;
  }

  // --- lines -------------------------------------------------------------------------------

  private lineEnd(p: number): number {
    const nl = this.t.indexOf('\n', p);
    return nl < 0 ? this.t.length : nl;
  }

  /** From p, only spaces and an optional comment may remain on the line: the start of the next line. */
  private lineRest(p: number): number | undefined {
    const t = this.t;
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    if (q < t.length && t[q] !== '\n' && t[q] !== '#') return undefined;
    if (t[q] === '#' && q === p && p > 0 && t[p - 1] !== ' ' && t[p - 1] !== '\n') return undefined;
    const end = this.lineEnd(q);
    return end < t.length ? end + 1 : end;
  }

  /** The next content line at or after line start p, skipping blank and comment lines. */
  private content(p: number): Content | undefined {
    const t = this.t;
    let ls = p;
    while (ls < t.length) {
      let q = ls;
      while (t.charCodeAt(q) === 32) q++;
      if (q < t.length && t[q] !== '\n' && t[q] !== '#') return { pos: q, indent: q - ls };
      const end = this.lineEnd(q);
      ls = end < t.length ? end + 1 : t.length;
    }
    return undefined;
  }

  /** True when a comment line lies between line start p and the next content line. */
  private commentBefore(p: number): boolean {
    const next = this.content(p)?.pos ?? this.t.length;
    return this.t.slice(p, next).includes('#');
  }

  private isSeqIndicator(p: number): boolean {
    const c = this.t[p + 1];
    return this.t[p] === '-' && (c === undefined || c === ' ' || c === '\n');
  }

  // --- block structure ---------------------------------------------------------------------

  /** A node that starts its own line(s) at column `col`, inside a block whose indent is `parent`. */
  private blockNode(p: number, col: number, parent: number, node: number): Span {
    if (this.isSeqIndicator(p)) return this.blockSeq(p, col, node);
    const key = this.implicitKey(p);
    if (key) return this.blockMap(p, col, node, key);
    return this.inline(p, parent, node);
  }

  private blockMap(p: number, n: number, node: number, first: Key): Span {
    const t = this.t;
    const out = this.out;
    out.setKind(node, mapKind);
    let key = first;
    for (;;) {
      const child = this.entry(node, key);
      let q = key.colon + 1;
      while (t.charCodeAt(q) === 32) q++;
      let value: Span;
      if (q >= t.length || t[q] === '\n' || t[q] === '#') value = this.valueBelow(q, n, child, true);
      else {
        // A key on the same line ("a: b: c") is caught by the scalar's own checks.
        if (this.isSeqIndicator(q)) unsupported();
        value = this.inline(q, n, child);
      }
      out.setValue(child, value.start, value.end);
      const next = this.content(value.resume);
      if (!next || next.indent < n)
        return { start: p, end: value.after, after: value.after, resume: value.resume };
      if (next.indent > n || this.isSeqIndicator(next.pos)) unsupported();
      key = this.implicitKey(next.pos) ?? unsupported();
    }
  }

  /**
   * The value of a key or list item whose indicator ends its line at q: a block node on the
   * lines below, or, when nothing more indented follows, an empty node after the indicator.
   */
  private valueBelow(q: number, n: number, child: number, compactSeq: boolean): Span {
    const lineStart = this.lineRest(q) ?? unsupported();
    const next = this.content(lineStart);
    if (next && next.indent > n) return this.blockNode(next.pos, next.indent, n, child);
    // A mapping's value may be a sequence at the mapping's own indent ("key:\n- a").
    if (compactSeq && next && next.indent === n && this.isSeqIndicator(next.pos))
      return this.blockSeq(next.pos, n, child);
    // No value: yaml places the empty node after the indicator and its spaces.
    if (this.t[q] === '#' || this.commentBefore(lineStart)) unsupported();
    return { start: q, end: q, after: q, resume: lineStart };
  }

  private blockSeq(p: number, n: number, node: number): Span {
    const t = this.t;
    const out = this.out;
    out.setKind(node, seqKind);
    let pos = p;
    for (;;) {
      const child = out.add(node, -1, -1, -1);
      let q = pos + 1;
      while (t.charCodeAt(q) === 32) q++;
      let item: Span;
      if (q >= t.length || t[q] === '\n' || t[q] === '#') item = this.valueBelow(q, n, child, false);
      else {
        // Compact forms on the item's own line: "- - x" and "- key: value".
        item = this.blockNode(q, q - this.lineStartAt(q), n, child);
      }
      out.setValue(child, item.start, item.end);
      const next = this.content(item.resume);
      if (!next || next.indent < n || (next.indent === n && !this.isSeqIndicator(next.pos)))
        return { start: p, end: item.after, after: item.after, resume: item.resume };
      if (next.indent > n) unsupported();
      pos = next.pos;
    }
  }

  /** The start of the line holding offset p (p itself when it already starts a line). */
  private lineStartAt(p: number): number {
    if (p >= this.t.length) return this.t.length;
    return p === 0 || this.t[p - 1] === '\n' ? p : this.t.lastIndexOf('\n', p - 1) + 1;
  }

  /** `key:` at p followed by a space or line end: the key's text, start and colon. */
  private implicitKey(p: number): Key | undefined {
    const t = this.t;
    const c = t[p];
    let key: Key | undefined;
    if (c === '"' || c === "'") key = this.quotedKey(p);
    else {
      if (c === undefined || '-?:,[]{}#&*!|>%@`'.includes(c) || c === ' ' || c === '\n') return undefined;
      const le = this.lineEnd(p);
      const q = this.indicatorColon(p, le);
      if (q >= le || this.commentStart(p, q) < q) return undefined;
      let end = q;
      while (t[end - 1] === ' ') end--;
      if (this.nonString(p, end)) return undefined;
      key = { start: p, textStart: p, textEnd: end, colon: end };
    }
    if (!key || !this.colonAfter(key)) return undefined;
    const after = t[key.colon + 1];
    if (after !== undefined && after !== ' ' && after !== '\n') return undefined;
    return key;
  }

  /** A quoted key on one line, its text unescaped; undefined for escapes yaml must read. */
  private quotedKey(p: number): Key | undefined {
    const t = this.t;
    const q = this.quotedEnd(p);
    if (q === undefined || this.spansLines(p, q)) return undefined;
    const key: Key = { start: p, textStart: p + 1, textEnd: q - 1, colon: q };
    if (t[p] === '"') {
      const slash = t.indexOf('\\', p + 1);
      if (slash >= 0 && slash < q - 1) return undefined;
    } else {
      const quote = t.indexOf("''", p + 1);
      if (quote >= 0 && quote < q - 1) key.name = t.slice(p + 1, q - 1).replace(/''/g, "'");
    }
    return key;
  }

  /** Moves the key's colon past spaces to the `:`; false when no colon follows. */
  private colonAfter(key: Key): boolean {
    const t = this.t;
    let colon = key.colon;
    while (t.charCodeAt(colon) === 32) colon++;
    key.colon = colon;
    return t[colon] === ':';
  }

  /** A plain key text that yaml resolves to null, a boolean or a number (left to yaml). */
  private nonString(start: number, end: number): boolean {
    if (!maybeNonString.test(this.t[start] ?? '')) return false;
    return coreNonString.test(this.t.slice(start, end));
  }

  /** A new entry of mapping `node` for `key`; a key the mapping already has is left to yaml. */
  private entry(node: number, key: Key): number {
    const out = this.out;
    const child = out.add(node, key.start, key.textStart, key.textEnd, key.name);
    for (let c = out.first(node); c !== child; c = out.next(c)) if (out.sameKey(c, child)) unsupported();
    return child;
  }

  // --- scalars and flow collections in block context ----------------------------------------

  /** A value that begins at p: flow collection, quoted, block or plain scalar. */
  private inline(p: number, parent: number, node: number): Span {
    const c = this.t[p]!;
    let end: number;
    if (c === '[' || c === '{') end = this.flow(p, parent, node);
    else if (c === '"' || c === "'") {
      end = this.quotedEnd(p) ?? unsupported();
      if (this.spansLines(p, end)) unsupported();
    } else if (c === '|' || c === '>') return this.blockScalar(p, parent);
    else if ('&*!%@`?:,]}#'.includes(c) || (c === '-' && this.isSeqIndicator(p))) unsupported();
    else return this.plain(p, parent);
    const after = this.lineRest(end) ?? unsupported();
    return { start: p, end, after, resume: after };
  }

  /** A plain scalar in block context, continued on more-indented lines. */
  private plain(p: number, parent: number): Span {
    const t = this.t;
    let end = this.plainLine(p);
    let lineEnd = this.lineEnd(end);
    if (t[this.skipSpaces(end)] === '#') {
      const after = this.lineRest(end)!;
      return { start: p, end, after, resume: after };
    }
    for (;;) {
      const next = lineEnd < t.length ? this.content(lineEnd + 1) : undefined;
      if (!next || next.indent <= parent) break;
      const c = t[next.pos]!;
      // A continuation line that could be read as anything but text is left to yaml.
      if ('-?:,[]{}#&*!|>\'"%@`'.includes(c)) unsupported();
      const e = this.plainLine(next.pos);
      if (t[this.skipSpaces(e)] === '#') unsupported();
      end = e;
      lineEnd = this.lineEnd(e);
    }
    const after = lineEnd < t.length ? lineEnd + 1 : lineEnd;
    return { start: p, end, after, resume: after };
  }

  /** End of the plain text on one line (before trailing spaces or a comment); `: ` inside is not allowed. */
  private plainLine(p: number): number {
    const t = this.t;
    let q = this.commentStart(p, this.lineEnd(p));
    if (this.indicatorColon(p, q) < q) unsupported();
    while (q > p && t.charCodeAt(q - 1) === 32) q--;
    return q;
  }

  /** The first `:` in [from, to) followed by a space or a line end (a key's colon), else `to`. */
  private indicatorColon(from: number, to: number): number {
    const t = this.t;
    for (let c = t.indexOf(':', from); c >= 0 && c < to; c = t.indexOf(':', c + 1)) {
      const n = t.charCodeAt(c + 1);
      if (Number.isNaN(n) || n === 32 || n === 10) return c;
    }
    return to;
  }

  /** The first `#` in [from, to) after a space (a comment), else `to`. */
  private commentStart(from: number, to: number): number {
    const t = this.t;
    for (let h = t.indexOf('#', from); h >= 0 && h < to; h = t.indexOf('#', h + 1))
      if (t.charCodeAt(h - 1) === 32) return h;
    return to;
  }

  private spansLines(from: number, to: number): boolean {
    const nl = this.t.indexOf('\n', from);
    return nl >= 0 && nl < to;
  }

  private skipSpaces(p: number): number {
    while (this.t.charCodeAt(p) === 32) p++;
    return p;
  }

  /** A `|` or `>` scalar with an optional chomping indicator: its text ends after its last content line. */
  private blockScalar(p: number, parent: number): Span {
    const t = this.t;
    let h = p + 1;
    if (t[h] === '-') h++;
    if (t[h] === '+' || (t[h] !== undefined && /[0-9]/.test(t[h]!))) unsupported();
    const bodyStart = this.lineRest(h) ?? unsupported();
    let indent = -1;
    let end = bodyStart;
    for (let ls = bodyStart; ls < t.length;) {
      const le = this.lineEnd(ls);
      const spaces = leadingSpaces(t.slice(ls, le));
      const blank = ls + spaces === le;
      if (!blank) {
        if (indent < 0) {
          if (spaces <= parent) break;
          indent = spaces;
          // More-indented blank lines before the first content need an explicit indicator.
          if (
            t
              .slice(bodyStart, ls)
              .split('\n')
              .some((l) => l.length > indent)
          )
            unsupported();
        }
        if (spaces < indent) break;
        end = le < t.length ? le + 1 : le;
      } else if (indent >= 0 && spaces > indent) unsupported();
      ls = le < t.length ? le + 1 : t.length;
    }
    if (indent < 0) unsupported();
    return { start: p, end, after: end, resume: end };
  }

  /** End offset (after the closing quote) of a quoted scalar starting at p. */
  private quotedEnd(p: number): number | undefined {
    const t = this.t;
    const q = t[p]!;
    for (let i = t.indexOf(q, p + 1); i >= 0; i = t.indexOf(q, i + 1)) {
      if (q === "'") {
        if (t[i + 1] !== "'") return i + 1;
        i++;
        continue;
      }
      let slashes = 0;
      while (t.charCodeAt(i - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) return i + 1;
    }
    return undefined;
  }

  /**
   * A flow collection at p, possibly over several lines (each more indented than the block it
   * sits in). Records its items and returns the offset after the closing bracket.
   */
  private flow(p: number, parent: number, node: number): number {
    const t = this.t;
    const out = this.out;
    const isMap = t[p] === '{';
    const close = isMap ? '}' : ']';
    out.setKind(node, isMap ? mapKind : seqKind);
    let q = p + 1;
    for (;;) {
      q = this.flowSpace(q, parent);
      if (t[q] === close) return q + 1;
      let child: number;
      if (isMap) {
        const k = this.flowKey(q) ?? unsupported();
        child = this.entry(node, k);
        q = this.flowSpace(k.colon + 1, parent);
        if (t[q] === ',' || t[q] === '}') unsupported();
      } else child = out.add(node, -1, -1, -1);
      const end = this.flowNode(q, parent, child);
      out.setValue(child, q, end);
      q = this.flowSpace(end, parent);
      if (t[q] === ',') q++;
      else if (t[q] !== close) unsupported();
    }
  }

  /** Spaces, line breaks and comments inside a flow collection; continuation lines must be indented. */
  private flowSpace(p: number, parent: number): number {
    const t = this.t;
    let q = p;
    for (;;) {
      if (t[q] === ' ') q++;
      else if (t[q] === '\n') {
        q++;
        const first = this.skipSpaces(q);
        if (first - q <= parent && first < t.length && t[first] !== '\n') unsupported();
      } else if (t[q] === '#' && (t[q - 1] === ' ' || t[q - 1] === '\n')) q = this.lineEnd(q);
      else if (q >= t.length) unsupported();
      else return q;
    }
  }

  private flowKey(p: number): Key | undefined {
    const t = this.t;
    let key: Key | undefined;
    if (t[p] === '"' || t[p] === "'") key = this.quotedKey(p);
    else {
      if ('-?:,[]{}#&*!|>%@`'.includes(t[p]!)) return undefined;
      const end = this.flowPlainEnd(p);
      if (end === p || this.nonString(p, end)) return undefined;
      key = { start: p, textStart: p, textEnd: end, colon: end };
    }
    return key && this.colonAfter(key) ? key : undefined;
  }

  /** One item of a flow collection: a nested collection, or a quoted or plain scalar on one line. */
  private flowNode(p: number, parent: number, node: number): number {
    const t = this.t;
    const c = t[p]!;
    if (c === '[' || c === '{') return this.flow(p, parent, node);
    if (c === '"' || c === "'") {
      const end = this.quotedEnd(p) ?? unsupported();
      if (this.spansLines(p, end)) unsupported();
      return end;
    }
    if ('&*!%@`?|>#'.includes(c) || (c === '-' && this.isSeqIndicator(p))) unsupported();
    const end = this.flowPlainEnd(p);
    if (end === p) unsupported();
    // A plain scalar that runs to a line break may continue on the next line: yaml decides.
    let q = end;
    while (t[q] === ' ') q++;
    if (t[q] === '\n' || t[q] === '#' || q >= t.length) unsupported();
    if (t[q] === ':') unsupported();
    return end;
  }

  /** End of a plain scalar inside a flow collection (before spaces, an indicator or `: `). */
  private flowPlainEnd(p: number): number {
    const t = this.t;
    let q = p;
    for (; q < t.length; q++) {
      const c = t.charCodeAt(q);
      if (c >= 128 || flowStop[c] === 0) continue;
      if (c === 10 || flowStop[c] === 2) break;
      if (c === 58) {
        const n = t.charCodeAt(q + 1);
        if (Number.isNaN(n) || n === 32 || n === 10 || flowStop[n] === 2) break;
      } else if (t.charCodeAt(q - 1) === 32) break; // '#' after a space: a comment
    }
    while (q > p && t.charCodeAt(q - 1) === 32) q--;
    return q;
  }
}
