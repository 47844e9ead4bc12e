import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/import/xml/safe-xml.js';
import { fixtures } from './helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('safe XML parsing', () => {
  it('refuses a DOCTYPE that declares entities, at its line', () => {
    const [root, diags] = parseXml(
      'x.xml',
      readFileSync(join(fixtures, 'synthetic/mirth/doctype-entities.xml')),
    );
    expect(root).toBeUndefined();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      code: 'import-xml-doctype',
      severity: 'error',
      location: { file: 'x.xml', line: 6 },
    });
  });

  it('refuses an external DTD and never fetches it', () => {
    const [root, diags] = parseXml(
      'x.xml',
      bytes('<!DOCTYPE channel SYSTEM "http://127.0.0.1:9/evil.dtd">\n<channel/>'),
    );
    expect(root).toBeUndefined();
    expect(diags[0]?.code).toBe('import-xml-doctype');
  });

  it('accepts a plain DOCTYPE without declarations', () => {
    const [root, diags] = parseXml('x.xml', bytes('<!DOCTYPE channel>\n<channel><name>a</name></channel>'));
    expect(diags).toEqual([]);
    expect(root?.children[0]?.text).toBe('a');
  });

  it('does not expand undefined entities', () => {
    const [root, diags] = parseXml('x.xml', bytes('<channel>\n<name>&xxe;</name></channel>'));
    expect(root).toBeUndefined();
    expect(diags[0]).toMatchObject({ code: 'import-xml-malformed', location: { line: 2 } });
  });

  it('reports malformed XML with file and line', () => {
    const [root, diags] = parseXml('bad.xml', readFileSync(join(fixtures, 'synthetic/mirth/malformed.xml')));
    expect(root).toBeUndefined();
    expect(diags[0]).toMatchObject({ code: 'import-xml-malformed', location: { file: 'bad.xml', line: 6 } });
  });

  it('bounds size, depth and element count', () => {
    const limits = { maxBytes: 100, maxDepth: 5, maxElements: 10 };
    expect(parseXml('x', bytes(`<a>${' '.repeat(200)}</a>`), limits)[1][0]?.code).toBe(
      'import-xml-too-large',
    );
    expect(parseXml('x', bytes('<a><a><a><a><a><a/></a></a></a></a></a>'), limits)[1][0]?.code).toBe(
      'import-xml-too-deep',
    );
    expect(parseXml('x', bytes(`<a>${'<b/>'.repeat(12)}</a>`), limits)[1][0]?.code).toBe(
      'import-xml-too-many-elements',
    );
  });

  it('keeps CDATA and text, and the start line of every element', () => {
    const [root] = parseXml(
      'x',
      bytes('<channel>\n  <script><![CDATA[if (a < b) return;]]></script>\n</channel>'),
    );
    const script = root!.children[0]!;
    expect(script.text).toBe('if (a < b) return;');
    expect(script.line).toBe(2);
  });

  it('refuses UTF-16 and invalid UTF-8 with a diagnostic', () => {
    expect(parseXml('x', new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))[1][0]?.code).toBe('import-file-encoding');
    expect(
      parseXml('x', new Uint8Array([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]))[1][0]?.code,
    ).toBe('import-file-encoding');
  });
});
