import { officeText } from './text.js';

/**
 * XML for Office parts. Every piece of text goes through `officeText` first (control characters
 * XML 1.0 cannot carry are dropped, bidi controls are shown), then the five XML specials become
 * entities, so spec text can never close an element or open a new one.
 */

const entity: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value, escaped; the value is made Office-safe first. */
export function xmlText(value: unknown): string {
  return officeText(value).replace(/[&<>"']/g, (c) => entity[c]!);
}

/** An attribute list from pairs, skipping undefined values: ` a="1" b="x"`. */
export function attrs(pairs: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value !== undefined) out += ` ${name}="${typeof value === 'number' ? value : xmlText(value)}"`;
  }
  return out;
}

/** `<name attrs/>`, or `<name attrs>children</name>` when there are children. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
  children = '',
): string {
  const a = attrs(attributes);
  return children === '' ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
