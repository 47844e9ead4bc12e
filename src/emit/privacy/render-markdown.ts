import { Trusted } from '../templates.js';
import type { TemplateEngine } from '../templates.js';
import type { Block, Cell, PrivacyDocument } from './document.js';
import { headingNumbers, lines } from './document.js';

/**
 * Markdown through the template templates/privacy/document.hbs (an organisation may override
 * it). Every string reaches the template escaped; only govspec's own structure (heading marks,
 * the Mermaid source it generated with escaped labels, links it built from ids) is Trusted.
 */
export function renderMarkdown(doc: PrivacyDocument, templates: TemplateEngine): string | undefined {
  const numbers = headingNumbers(doc.blocks);
  const view = {
    note: new Trusted(doc.note ?? ''),
    title: doc.title,
    subtitle: doc.subtitle,
    organisation: doc.organisation,
    control: doc.control.map(field),
    blocks: doc.blocks.map((b, k) => blockView(b, numbers[k]!)),
  };
  return templates.render('privacy/document', view);
}

function field([label, value]: [string, Cell]) {
  return { label, lines: nonEmpty(lines(value)) };
}

/** An empty cell still needs content for the table row to keep its columns. */
function nonEmpty(values: string[]): Array<string | Trusted> {
  const out = values.filter((v) => v !== '');
  return out.length > 0 ? out : [new Trusted('&nbsp;')];
}

function blockView(b: Block, number: string): Record<string, unknown> {
  switch (b.kind) {
    case 'heading':
      return {
        heading: {
          marks: new Trusted(b.level === 1 ? '##' : '###'),
          number: new Trusted(number),
          text: b.text,
        },
      };
    case 'paragraph':
      return { paragraph: b.text };
    case 'note':
      return { note: b.text };
    case 'bullets':
      return { bullets: b.items };
    case 'fields':
      return { fields: b.rows.map(field) };
    case 'table':
      return {
        table: {
          headers: b.headers,
          rows: b.rows.map((row) => b.headers.map((_, c) => nonEmpty(lines(row[c] ?? '')))),
        },
      };
    case 'signatures':
      return { signatures: b.roles };
    case 'diagram': {
      // Links from privacy/<doc>.md to privacy/diagrams/<name>.*; names are spec ids (kebab-case) or "estate".
      const base = `diagrams/${b.name}`;
      return {
        diagram: {
          caption: b.caption,
          source: new Trusted(b.source),
          svg: new Trusted(`${base}.svg`),
          png: new Trusted(`${base}.png`),
          mmd: new Trusted(`${base}.mmd`),
          rendered: b.png !== undefined,
        },
      };
    }
  }
}
