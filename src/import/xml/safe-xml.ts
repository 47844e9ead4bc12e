import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import type { XmlElement } from './tree.js';

export interface XmlLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Most elements accepted in one file. */
  maxElements: number;
}

/** Mirth backups of large estates run to tens of megabytes; nesting stays under 40 levels. */
export const defaultXmlLimits: XmlLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxDepth: 200,
  maxElements: 5_000_000,
};

class Stop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Parse XML without ever resolving a DTD: saxes knows only the five predefined entities, never
 * fetches anything, and a DOCTYPE that declares entities or points at an external DTD is refused
 * outright. Size, depth and element count are bounded. Returns a diagnostic instead of throwing.
 */
export function parseXml(
  file: string,
  bytes: Uint8Array,
  limits: XmlLimits = defaultXmlLimits,
): [XmlElement | undefined, Diagnostic[]] {
  const at = (line = 1, column = 1) => ({ file, line, column });
  if (bytes.length > limits.maxBytes) {
    return [undefined, [importCodes['import-xml-too-large'].at(at(), bytes.length, limits.maxBytes)]];
  }
  const [text, encodingProblem] = decode(bytes);
  if (text === undefined)
    return [undefined, [importCodes['import-file-encoding'].at(at(), encodingProblem ?? '')]];

  const parser = new SaxesParser({ xmlns: false, position: true });
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  let count = 0;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype) || /\b(SYSTEM|PUBLIC)\b/.test(doctype)) {
      throw new Stop(importCodes['import-xml-doctype'].at(at(parser.line, parser.column)));
    }
  });
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > limits.maxElements) {
      throw new Stop(
        importCodes['import-xml-too-many-elements'].at(at(parser.line, parser.column), limits.maxElements),
      );
    }
    if (stack.length >= limits.maxDepth) {
      throw new Stop(importCodes['import-xml-too-deep'].at(at(parser.line, parser.column), limits.maxDepth));
    }
    const attrs = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const parent = stack[stack.length - 1];
    const el: XmlElement = {
      name: tag.name,
      attrs,
      children: [],
      text: '',
      line: parser.line,
      column: parser.column,
    };
    if (parent) {
      el.parent = parent;
      parent.children.push(el);
    } else {
      root = el;
    }
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof Stop) return [undefined, [e.diagnostic]];
    const detail = (e instanceof Error ? e.message : String(e)).replace(/^[^:]*:\d+:\d+: /, '');
    return [undefined, [importCodes['import-xml-malformed'].at(at(parser.line, parser.column), detail)]];
  }
  if (!root) return [undefined, [importCodes['import-xml-malformed'].at(at(), 'no root element')]];
  return [root, []];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 unless the XML declaration names a single-byte Western encoding. */
function decode(bytes: Uint8Array): [string | undefined, string | undefined] {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if ((body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe)) {
    return [undefined, 'UTF-16 is not supported; re-save the export as UTF-8'];
  }
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared && ['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'us-ascii'].includes(declared)) {
    return [new TextDecoder('windows-1252').decode(body), undefined];
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    return [undefined, `the declared encoding ${declared} is not supported; re-save the export as UTF-8`];
  }
  try {
    return [utf8.decode(body), undefined];
  } catch {
    return [undefined, 'the file is not valid UTF-8; re-save the export as UTF-8'];
  }
}
