import { at, child, children, textAt, type XmlElement } from '../xml/tree.js';

/**
 * Connector settings read the same way from both export formats: 3.x/4.x keep them as child
 * elements of <properties class=...>, 2.x as <property name="...">value</property>.
 */
export class ConnectorProps {
  private readonly legacy: Map<string, XmlElement> | undefined;

  constructor(readonly element: XmlElement | undefined) {
    const props = children(element, 'property');
    if (props.length > 0) {
      this.legacy = new Map();
      for (const p of props) {
        const name = p.attrs['name'];
        if (name !== undefined && !this.legacy.has(name)) this.legacy.set(name, p);
      }
    }
  }

  get isLegacy(): boolean {
    return this.legacy !== undefined;
  }

  /** First non-empty value among the candidates: paths in 3.x+, last path segment in 2.x. */
  get(...candidates: string[]): string | undefined {
    for (const c of candidates) {
      const v = this.legacy ? this.legacy.get(c.split('/').pop()!)?.text.trim() : textAt(this.element, c);
      if (v) return v;
    }
    return undefined;
  }

  bool(...candidates: string[]): boolean | undefined {
    const v = this.get(...candidates)?.toLowerCase();
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    return undefined;
  }

  /** A nested element (3.x+ only). */
  node(path: string): XmlElement | undefined {
    return this.legacy ? undefined : at(this.element, path);
  }

  /** Names of plugin property blocks (HTTP auth, TLS), as class-like element names. */
  pluginNames(): string[] {
    const plugins = child(this.element, 'pluginProperties');
    return plugins ? plugins.children.map((c) => c.name) : [];
  }
}
