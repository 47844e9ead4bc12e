/** A parsed XML element: enough of the DOM for reading exports, with the place it started. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text and CDATA directly inside this element (not of its children). */
  text: string;
  line: number;
  column: number;
  parent?: XmlElement;
}

/** First child element with this name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** All child elements with this name. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Follow a slash-separated path of child names. */
export function at(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el;
  for (const part of path.split('/')) {
    if (!part) continue;
    cur = child(cur, part);
    if (!cur) return undefined;
  }
  return cur;
}

/** Trimmed text at a path, or undefined when the element is missing or empty. */
export function textAt(el: XmlElement | undefined, path: string): string | undefined {
  const found = path ? at(el, path) : el;
  const t = found?.text.trim();
  return t ? t : undefined;
}

/** Untrimmed text at a path (scripts keep their layout). */
export function rawTextAt(el: XmlElement | undefined, path: string): string | undefined {
  return at(el, path)?.text;
}

export function boolAt(el: XmlElement | undefined, path: string): boolean | undefined {
  const t = textAt(el, path)?.toLowerCase();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return undefined;
}

/** Every descendant element, depth first, in document order. */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [...el.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

/**
 * Element path from the document root, e.g. /channel/destinationConnectors/connector[2]/properties/password.
 * An index is shown only where siblings share the name, so paths stay readable.
 */
export function elementPath(el: XmlElement): string {
  const parts: string[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    const parent = cur.parent;
    let part = cur.name;
    const legacyName = cur.name === 'property' ? cur.attrs['name'] : undefined;
    if (legacyName !== undefined) {
      part += `[@name="${legacyName}"]`;
    } else if (parent) {
      const same = parent.children.filter((c) => c.name === cur!.name);
      if (same.length > 1) part += `[${same.indexOf(cur) + 1}]`;
    }
    parts.push(part);
  }
  return '/' + parts.reverse().join('/');
}
