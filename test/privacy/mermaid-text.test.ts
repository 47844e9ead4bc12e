import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entitiesToPlaceholders, label, mermaidText } from '../../src/emit/diagrams/mermaid-text.js';

const hostile =
  'Discharge "]; click A "javascript:alert(1)" <img src=x onerror=alert(1)> %%{init: {"theme":"dark"}}%% `x` a|b #quot; & ;';

describe('Mermaid label escaping', () => {
  it('leaves no character that can end a label or start Mermaid, HTML or a directive', () => {
    const out = mermaidText(hostile, 500);
    expect(out).not.toMatch(/["<>`{}[\]|%&\\]/);
    // Every # and ; left is part of a numeric entity code that we produced.
    expect(out.replace(/#\d+;/g, '')).not.toMatch(/[#;]/);
    expect(out).toContain('#34;');
    expect(out).toContain('#60;img src');
  });

  it('keeps ordinary words, punctuation and non-ASCII letters readable', () => {
    expect(mermaidText("St Mary's (Bristol) GP/PCN, Zoë: 2.4")).toBe("St Mary's (Bristol) GP/PCN, Zoë: 2.4");
  });

  it('removes line breaks, bidi overrides and zero-width characters', () => {
    expect(mermaidText('a\nb\u202Ec\u200Bd\u2028e')).toBe('a bcd e');
  });

  it('truncates long text', () => {
    const out = mermaidText('x'.repeat(300), 50);
    expect([...out].length).toBe(50);
    expect(out.endsWith('…')).toBe(true);
  });

  it('joins lines of a label with Mermaid line breaks, skipping blanks', () => {
    expect(label('PAS', undefined, 'System C')).toBe('"PAS<br/>System C"');
  });

  it('for any text, the quoted label stays one label with no raw quote, bracket, pipe or percent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const l = label(s);
        const inner = l.slice(1, -1);
        expect(inner).not.toMatch(/["\n\r<>`{}[\]|%&\\]/);
        expect(inner.replace(/#\d+;/g, '').replace(/<br\/>/g, '')).not.toMatch(/[#;]/);
      }),
    );
  });

  it('turns entity codes inside quoted labels into placeholders, and nothing outside them', () => {
    const src = `flowchart LR\n  n0["a #34; b #60;"]\n  linkStyle 0 stroke:#123456,stroke-width:2px\n`;
    const out = entitiesToPlaceholders(src);
    expect(out).toContain(`n0["a \ue022 b \ue03c"]`);
    expect(out).toContain('stroke:#123456,');
  });
});
