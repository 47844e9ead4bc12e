import { xmlText } from './xml.js';

/** `<t>` with the text escaped; spaces at the ends, runs of spaces, tabs and line breaks kept. */
export function textElement(text: string): string {
  const escaped = xmlText(text);
  return /^\s|\s$|\n|\t| {2}/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** "A", "B", ... "Z", "AA": the letters of column n (1-based). */
export function columnName(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** Distinct strings numbered in the order first seen: 0, 1, 2... */
export class Pool {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  constructor(first: readonly string[]) {
    this.items = [...first];
    this.items.forEach((x, i) => this.index.set(x, i));
  }
  id(xml: string): number {
    let n = this.index.get(xml);
    if (n === undefined) {
      n = this.items.length;
      this.items.push(xml);
      this.index.set(xml, n);
    }
    return n;
  }
}
