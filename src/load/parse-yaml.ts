import jsYaml from 'js-yaml';
import type { CST, Document, LineCounter, Node, Scalar, YAMLError } from 'yaml';
import { yaml } from '../core/yaml-lib.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { loadCodes } from './codes.js';
import { SourceMap } from '../core/source-map.js';
import { scanRanges } from '../core/quick-locate.js';
import { valuesOf } from './yaml-values.js';

export interface ParsedYaml {
  /** Plain data; every object is null-prototype so `__proto__` is an ordinary key. */
  data: unknown;
  map: SourceMap;
}

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
  maxAliases: number;
}

export const defaultLimits: ParseLimits = { maxBytes: 2 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse one YAML file safely: size cap, strict UTF-8, no custom tags, duplicate keys rejected,
 * alias expansion bounded, nesting bounded. Never throws for bad input.
 */
export function parseYaml(
  file: string,
  bytes: Uint8Array,
  limits: ParseLimits = defaultLimits,
): [ParsedYaml | undefined, Diagnostic[]] {
  const at = (line = 1, column = 1) => ({ file, line, column });
  if (bytes.length > limits.maxBytes) {
    return [undefined, [loadCodes['load-too-large'].at(at(), bytes.length, limits.maxBytes)]];
  }
  const text = yamlText(bytes);
  if (text === undefined) {
    const [line, column] = firstInvalidUtf8(bytes);
    return [undefined, [loadCodes['load-invalid-utf8'].at(at(line, column))]];
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const lc = new (yaml().LineCounter)();
    lc.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    const pos = lc.linePos(nul);
    return [undefined, [loadCodes['load-nul-byte'].at(at(pos.line, pos.col))]];
  }

  const fast = fastParse(file, text, limits);
  if (fast) return [fast, []];
  try {
    return exactParse(file, text, limits);
  } catch (e) {
    // Pathological input (for example a million nested brackets) can exhaust the parser's stack.
    if (e instanceof RangeError) return [undefined, [loadCodes['yaml-too-deep'].at(at(), limits.maxDepth)]];
    throw e;
  }
}

/** A file's text as the parser reads it: strict UTF-8, without a leading byte order mark. */
export function yamlText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Anchors and aliases are rare in specs; when present, take the exact path with its alias limit.
const aliasLike = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

/**
 * Fast path for the common case of a clean file. First one scan of the text gives every offset
 * and the data is built from them (yaml-values.ts: js-yaml's values under the YAML 1.2 core
 * schema). A file the scan does not read is parsed by js-yaml with the core schema (no custom
 * tags, no timestamps), its positions found later only if asked for. Anything unusual (an error,
 * aliases, deep nesting) returns undefined and the exact parser produces the diagnostics.
 */
function fastParse(file: string, text: string, limits: ParseLimits): ParsedYaml | undefined {
  if ((text.includes('&') || text.includes('*')) && aliasLike.test(text)) return undefined;
  // Most specs: one scan gives the offsets, and the data is built from them.
  const scanned = scanOf(text);
  const built = scanned && valuesOf(text, scanned, limits.maxDepth);
  if (scanned && built) return { data: built.data, map: new SourceMap(file, text, { scanned }) };
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (depthOf(data, limits.maxDepth) >= limits.maxDepth) return undefined;
  // Positions come later, checked against this data (the scan already made, when there was one).
  return { data, map: new SourceMap(file, text, { data, scanned }) };
}

/** The scan's offsets, or undefined (also when nesting is too deep for the scan's own stack). */
function scanOf(text: string) {
  try {
    return scanRanges(text);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth >= limit || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    if (v !== null && typeof v === 'object') max = Math.max(max, depthOf(v, limit, depth + 1));
    if (max >= limit) break;
  }
  return max;
}

/** Exact path: the `yaml` package, with every problem placed at its line and column. */
function exactParse(file: string, text: string, limits: ParseLimits): [ParsedYaml | undefined, Diagnostic[]] {
  const at = (line = 1, column = 1) => ({ file, line, column });
  const lineCounter = new (yaml().LineCounter)();
  // The syntax tree is built without recursion; the composer that turns it into nodes recurses
  // once per level, so a pathologically deep tree is refused before it gets there.
  const tokens = [...new (yaml().Parser)(lineCounter.addNewLine).parse(text)];
  const deep = cstTooDeep(tokens, limits.maxDepth * 4);
  if (deep !== undefined) {
    const [line, column] = lineOf(lineCounter, deep);
    return [undefined, [loadCodes['yaml-too-deep'].at(at(line, column), limits.maxDepth)]];
  }
  const composer = new (yaml().Composer)({
    uniqueKeys: true,
    logLevel: 'silent',
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else if (hasContent(next)) {
      // A spec is one document: a second one after `---` would otherwise be silently ignored.
      const [line, column] = lineOf(lineCounter, next.range[0]);
      return [undefined, [loadCodes['yaml-multiple-documents'].at(at(line, column))]];
    }
  }
  if (!doc) return [undefined, [loadCodes['yaml-syntax'].at(at(), 'no YAML document')]];
  const diagnostics: Diagnostic[] = [];
  for (const err of reportedErrors(doc.errors)) {
    const [line, column] = lineOf(lineCounter, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      const first = firstUse(doc, err.pos[0]);
      const firstAt = first ? lineOf(lineCounter, first.offset)[0] : undefined;
      diagnostics.push(loadCodes['yaml-duplicate-key'].at(at(line, column), first?.key, firstAt));
    } else {
      const detail =
        err.code === 'TAB_AS_INDENT'
          ? 'a tab is used as indentation here, and YAML indents with spaces only (replace the tab with spaces)'
          : firstLine(err.message);
      diagnostics.push(loadCodes['yaml-syntax'].at(at(line, column), detail));
    }
  }
  for (const warn of doc.warnings) {
    const [line, column] = lineOf(lineCounter, warn.pos[0]);
    if (warn.code === 'TAG_RESOLVE_FAILED') {
      diagnostics.push(loadCodes['yaml-unknown-tag'].at(at(line, column), tagText(text, warn.pos[0])));
    } else {
      diagnostics.push(loadCodes['yaml-syntax'].at(at(line, column), firstLine(warn.message)));
    }
  }
  if (diagnostics.length > 0) return [undefined, diagnostics];
  if (doc.contents && !tagsAllowed(doc.contents, (node) => diagnostics.push(tagDiagnostic(node)))) {
    return [undefined, diagnostics];
  }

  const depthProblem = tooDeep(doc.contents, limits.maxDepth);
  if (depthProblem) {
    const [line, column] = lineOf(lineCounter, depthProblem.range?.[0] ?? 0);
    return [undefined, [loadCodes['yaml-too-deep'].at(at(line, column), limits.maxDepth)]];
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases, mapAsMap: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(message)) {
      const [line, column] = lineOf(lineCounter, aliasLimitSite(doc, limits.maxAliases));
      return [undefined, [loadCodes['yaml-alias-limit'].at(at(line, column), limits.maxAliases)]];
    }
    return [undefined, [loadCodes['yaml-syntax'].at(at(), firstLine(message))]];
  }
  const map = new SourceMap(file, text, { root: doc.contents });
  return [{ data: toNullProto(data), map }, []];

  function tagDiagnostic(node: Node): Diagnostic {
    // A node's range starts after its tag: point at the tag as written when it is just before.
    const start = node.range?.[0] ?? 0;
    let bang = start;
    while (bang > 0 && /\s/.test(text[bang - 1]!)) bang -= 1;
    while (bang > 0 && /\S/.test(text[bang - 1]!)) bang -= 1;
    const written = bang < start && text[bang] === '!';
    const [line, column] = lineOf(lineCounter, written ? bang : start);
    return loadCodes['yaml-unknown-tag'].at(
      at(line, column),
      written ? tagText(text, bang) : (node.tag ?? ''),
    );
  }
}

const coreTags = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** Only the core schema's own tags are allowed, even when written explicitly. */
function tagsAllowed(root: Node, report: (node: Node) => void): boolean {
  const { isMap, isPair, isSeq } = yaml();
  let ok = true;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (isMap(node) || isSeq(node)) stack.push(...node.items);
    if (!node || typeof node !== 'object' || !('tag' in node)) continue;
    const n = node as Node;
    if (n.tag && !coreTags.has(n.tag)) {
      report(n);
      ok = false;
    }
  }
  return ok;
}

/**
 * Offset of the alias at which expansion passes the limit, counting each alias as the size of
 * what it expands to; the first alias when the count never passes it.
 */
function aliasLimitSite(doc: Document, maxAliases: number): number {
  const { isAlias, isMap, isPair, isSeq, visit } = yaml();
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      return target ? sizeOf(target) : 1;
    }
    if (isPair(node)) return sizeOf(node.key) + sizeOf(node.value);
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    for (const item of node.items) size += sizeOf(item);
    sizes.set(node, size);
    return size;
  };
  let total = 0;
  let first: number | undefined;
  let site: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        first ??= node.range?.[0];
        total += sizeOf(node);
        if (total > maxAliases) {
          site = node.range?.[0];
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  return site ?? first ?? 0;
}

/**
 * The errors worth showing. A tab used as indentation throws the parser off for the lines around
 * it, and everything else it then reports follows from the tab: show one error per such line.
 */
function reportedErrors(errors: readonly YAMLError[]): readonly YAMLError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  return tabs.length > 0 ? tabs : errors;
}

/** The key a duplicate repeats, and where it was first used in the same mapping. */
function firstUse(doc: Document, offset: number): { key: string; offset: number } | undefined {
  const { isScalar, visit } = yaml();
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      const at = map.items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (at < 0) return undefined;
      const key = (map.items[at]!.key as Scalar).value;
      const earlier = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      const name = String(key);
      if (earlier)
        found = {
          key: name.length > 60 ? `${name.slice(0, 57)}...` : name,
          offset: (earlier.key as Scalar).range?.[0] ?? offset,
        };
      return visit.BREAK;
    },
  });
  return found;
}

/** A document that holds something: a bare `---` (or `...`) at the end of a file holds nothing. */
function hasContent(doc: Document.Parsed): boolean {
  const c = doc.contents;
  if (c === null) return false;
  return !(yaml().isScalar(c) && c.value === null && c.range[0] === c.range[1]);
}

/** Offset of the first collection nested deeper than `maxDepth` in the syntax tree, walked without recursion. */
function cstTooDeep(tokens: readonly CST.Token[], maxDepth: number): number | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= maxDepth) return token.offset;
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

function tooDeep(root: unknown, maxDepth: number): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= maxDepth) return node;
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.value, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    } else if (isScalar(node)) {
      continue;
    }
  }
  return undefined;
}

/** Copy into null-prototype objects so no key, `__proto__` included, can reach a prototype. */
export function toNullProto(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toNullProto);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: toNullProto((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function lineOf(lc: LineCounter, offset: number): [number, number] {
  const pos = lc.linePos(offset);
  return [pos.line, pos.col];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function tagText(text: string, offset: number): string {
  const m = /^!\S*/.exec(text.slice(offset, offset + 80));
  return m ? m[0] : '';
}

function firstInvalidUtf8(bytes: Uint8Array): [number, number] {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    if (len === 0 || i + len > bytes.length) return [line, col];
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return [line, col];
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF have a narrower second byte.
    const second = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return [line, col];
    if (b === 0x0a) {
      line += 1;
      col = 1;
    } else col += 1;
    i += len;
  }
  return [line, col];
}
