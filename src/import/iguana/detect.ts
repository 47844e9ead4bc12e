import { descendants, type XmlElement } from '../xml/tree.js';

/** An Iguana channel: a <channel> element whose components are from_* and to_* children. */
export function isIguanaChannel(el: XmlElement): boolean {
  return (
    el.name === 'channel' &&
    el.children.some((c) => c.name.startsWith('from_')) &&
    el.children.some((c) => c.name.startsWith('to_'))
  );
}

/** Iguana channels in a file: the root itself, or channels inside a server configuration. */
export function channelElements(root: XmlElement): XmlElement[] {
  if (isIguanaChannel(root)) return [root];
  const found: XmlElement[] = [];
  for (const el of descendants(root)) if (isIguanaChannel(el)) found.push(el);
  return found;
}
