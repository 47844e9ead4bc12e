import type { Diagnostic } from '../../core/diagnostics.js';
import type { EngineKind } from '../../model/written.js';
import { importCodes } from '../codes.js';
import { credentialStore } from './store-advice.js';
import type { SecretRecord } from '../summary.js';
import { child, descendants, elementPath, type XmlElement } from '../xml/tree.js';
import type { SecretKind } from './detect.js';
import { canBeSecret, isEmptyValue, isReference, looksEncrypted, secretNameKind } from './names.js';
import { findTextSecrets, textModeOf, type TextMode } from './text.js';

/**
 * Finds credentials in any engine's settings: a setting whose name says it holds one (whatever
 * the naming style), values shaped like ciphertext or digests under such names, and credentials
 * written into text (descriptions, scripts, escaped configurations). Records where, never what.
 */
export class SecretScanner {
  readonly records: SecretRecord[] = [];

  constructor(
    readonly file: string,
    /** Whose export this is: the warning names that engine's own credential store. */
    readonly engine?: EngineKind | 'camel',
  ) {}

  /** A named setting. Returns true when its value is a credential (so it is never copied). */
  setting(
    name: string,
    value: string | undefined,
    path: string,
    line: number,
    where: Partial<SecretRecord> = {},
  ): boolean {
    if (value === undefined || isEmptyValue(value)) return false;
    const kind = secretNameKind(name);
    if (kind && canBeSecret(kind, value)) {
      if (isReference(value)) {
        this.add('credential reference', false, path, line, where);
      } else {
        const shaped: SecretKind =
          kind === 'hash'
            ? 'password hash or salt'
            : looksEncrypted(value)
              ? 'encrypted credential'
              : 'stored credential';
        this.add(shaped, true, path, line, where);
      }
      return true;
    }
    this.text(value, path, line, textModeOf(name), where);
    return false;
  }

  /** A credential held elsewhere and named here (an InterSystems credentials id). */
  reference(path: string, line: number, where: Partial<SecretRecord> = {}): void {
    this.add('credential reference', false, path, line, where);
  }

  /** Free text or code. Each credential in it is one record. */
  text(
    value: string,
    path: string,
    line: number,
    mode: TextMode = 'prose',
    where: Partial<SecretRecord> = {},
  ): number {
    const hits = findTextSecrets(value, mode);
    for (const h of hits) {
      const kind: SecretKind =
        h.kind !== 'credential in text'
          ? h.kind
          : looksEncrypted(value.slice(h.start, h.end))
            ? 'encrypted credential'
            : mode === 'code'
              ? 'credential in a script'
              : 'credential in text';
      const before = value.slice(0, h.start).split('\n').length - 1;
      this.add(kind, true, path, line + before, where);
    }
    return hits.length;
  }

  private add(
    kind: SecretKind,
    stored: boolean,
    path: string,
    line: number,
    where: Partial<SecretRecord>,
  ): void {
    this.records.push({ ...where, file: this.file, path, line, kind, stored });
  }

  /** One warning per stored credential, as the Mirth importer gives. */
  diagnostics(): Diagnostic[] {
    return this.records
      .filter((r) => r.stored)
      .map((r) =>
        importCodes['import-secret-withheld'].at(
          { file: r.file, line: r.line, column: 1 },
          r.kind,
          [r.channel ? `channel "${r.channel}"` : r.component, r.path].filter(Boolean).join(', '),
          credentialStore(this.engine),
        ),
      );
  }
}

/**
 * Every setting in an XML export: attributes, leaf elements, <property name="X">value</property>,
 * <Setting Name="X">value</Setting> and <Property><Name>X</Name><Value>v</Value></Property>.
 */
export function scanXml(
  root: XmlElement,
  scanner: SecretScanner,
  where?: (el: XmlElement) => Partial<SecretRecord>,
): void {
  const handled = new Set<XmlElement>();
  const visit = (el: XmlElement) => {
    const at = () => where?.(el) ?? {};
    for (const [k, v] of Object.entries(el.attrs)) {
      scanner.setting(k, v, `${elementPath(el)}/@${k}`, el.line, at());
    }
    if (handled.has(el)) return;
    const nameChild = child(el, 'Name') ?? child(el, 'key') ?? child(el, 'Key');
    const valueChild = child(el, 'Value') ?? child(el, 'value');
    if (nameChild && valueChild && el.children.length <= 3) {
      handled.add(valueChild);
      handled.add(nameChild);
      scanner.setting(
        nameChild.text.trim(),
        valueChild.text,
        `${elementPath(el)}[${nameChild.text.trim()}]`,
        valueChild.line,
        at(),
      );
      return;
    }
    if (el.children.length === 0 && el.text.trim()) {
      const named = el.attrs['name'] ?? el.attrs['Name'];
      scanner.setting(named ?? el.name, el.text, elementPath(el), el.line, at());
    }
  };
  visit(root);
  for (const el of descendants(root)) visit(el);
}

/** Every string setting of parsed JSON (or YAML), by JSON pointer; line from the source map. */
export function scanJson(
  data: unknown,
  lineOf: (pointer: string) => number,
  scanner: SecretScanner,
  where?: (pointer: string) => Partial<SecretRecord>,
): void {
  const visit = (value: unknown, pointer: string, key: string) => {
    if (typeof value === 'string') {
      scanner.setting(key, value, pointer || '/', lineOf(pointer), where?.(pointer) ?? {});
    } else if (typeof value === 'number' && secretNameKindOf(key)) {
      scanner.setting(key, String(value), pointer, lineOf(pointer), where?.(pointer) ?? {});
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${pointer}/${i}`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        visit(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k);
    }
  };
  visit(data, '', '');
}

function secretNameKindOf(key: string): boolean {
  return secretNameKind(key) !== undefined;
}
