// Prints docs/spec-reference.md, a readable reference of the spec language, from the published
// JSON Schemas. With --write it updates the file. A test regenerates it so it cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const target = 'docs/spec-reference.md';

const documents = [
  {
    file: 'schemas/integration.schema.json',
    heading: 'Integration spec',
    intro: 'One file per integration, anywhere the `specs` globs of the config match.',
  },
  {
    file: 'schemas/config.schema.json',
    heading: 'Organisation config',
    intro:
      'One `govspec.config.yaml` per repository; paths in it, and repository paths in specs, are relative to the folder that holds it.',
  },
];

const composition = ['allOf', 'anyOf', 'oneOf', 'if', 'not'];

/** Follow local $refs. The property's own keywords (its description) win over the definition's. */
function resolve(schema, node) {
  let current = node;
  let format;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/$defs/')) throw new Error(`unsupported $ref ${ref}`);
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    const name = ref.slice('#/$defs/'.length);
    const def = schema.$defs?.[name];
    if (!def) throw new Error(`missing definition ${ref}`);
    format ??= isFormat(def) ? name : undefined;
    const { $ref: _ignored, ...own } = current;
    current = { ...def, ...own, description: own.description ?? def.description };
  }
  return { node: current ?? {}, format };
}

/** A named text definition (date, duration, ...) is shown as a value format, not expanded. */
function isFormat(def) {
  return def.type === 'string' && !def.enum && !def.properties;
}

function code(value) {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function range(min, max, unit) {
  const u = (n) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${u(min)}` : `${min}-${u(max)}`;
  if (min !== undefined) return `at least ${u(min)}`;
  if (max !== undefined) return `at most ${u(max)}`;
  return '';
}

function typeText(schema, node, format) {
  if (format) return `${format} (see [Value formats](#value-formats))`;
  if (node.const !== undefined) return `${code(node.const)} (always)`;
  if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
  for (const key of ['oneOf', 'anyOf']) {
    if (node[key]) {
      return node[key]
        .map((alt) => {
          const r = resolve(schema, alt);
          return typeText(schema, r.node, r.format);
        })
        .join('; or ');
    }
  }
  const parts = [];
  switch (node.type) {
    case 'string':
      parts.push('text');
      if (node.minLength !== undefined || node.maxLength !== undefined)
        parts.push(range(node.minLength, node.maxLength, 'character'));
      if (node.pattern) parts.push(`matching ${code(node.pattern)}`);
      break;
    case 'integer':
    case 'number': {
      parts.push(node.type === 'integer' ? 'whole number' : 'number');
      if (node.minimum !== undefined && node.maximum !== undefined)
        parts.push(`${node.minimum} to ${node.maximum}`);
      else if (node.minimum !== undefined) parts.push(`at least ${node.minimum}`);
      else if (node.maximum !== undefined) parts.push(`at most ${node.maximum}`);
      break;
    }
    case 'boolean':
      parts.push('`true` or `false`');
      break;
    case 'array': {
      const item = resolve(schema, node.items ?? {});
      parts.push(
        `list of ${item.node.type === 'object' ? 'mappings' : typeText(schema, item.node, item.format)}`,
      );
      if (node.minItems !== undefined || node.maxItems !== undefined)
        parts.push(range(node.minItems, node.maxItems, 'item'));
      break;
    }
    case 'object':
      parts.push('mapping');
      break;
    default:
      parts.push(node.type === undefined ? 'any value' : String(node.type));
  }
  return parts.filter(Boolean).join(', ');
}

function describe(node) {
  const extra = composition.some((k) => k in node) ? ' Further conditions apply (see the schema).' : '';
  return `${node.description ?? ''}${extra}`.trim();
}

/** Rows for every key below an object node, depth first, in schema order. */
function rowsBelow(schema, node, path) {
  const rows = [];
  const required = new Set(node.required ?? []);
  const children = Object.entries(node.properties ?? {});
  if (node.additionalProperties && typeof node.additionalProperties === 'object')
    children.push(['<code>', node.additionalProperties]);
  for (const [key, raw] of children) {
    const { node: child, format } = resolve(schema, raw);
    const childPath = path ? `${path}.${key}` : key;
    rows.push({
      path: childPath,
      type: typeText(schema, child, format),
      required: required.has(key) ? 'yes' : '',
      description: describe(child),
    });
    rows.push(...nestedRows(schema, child, childPath));
  }
  return rows;
}

function nestedRows(schema, node, path) {
  if (node.type === 'object') return rowsBelow(schema, node, path);
  if (node.type === 'array') {
    const item = resolve(schema, node.items ?? {}).node;
    if (item.type === 'object') return rowsBelow(schema, item, `${path}[]`);
  }
  return [];
}

function cell(text) {
  return String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function table(rows) {
  const lines = ['| Key | Type or allowed values | Required | Description |', '| --- | --- | --- | --- |'];
  for (const r of rows)
    lines.push(`| ${cell(code(r.path))} | ${cell(r.type)} | ${r.required} | ${cell(r.description)} |`);
  return lines.join('\n');
}

function section(doc) {
  const schema = JSON.parse(readFileSync(new URL(doc.file, root), 'utf8'));
  const out = [`## ${doc.heading}`, '', `${schema.description ?? ''} ${doc.intro}`.trim(), ''];
  out.push(`Schema: \`${doc.file}\` (${schema.title ?? doc.heading}).`, '');
  const top = rowsBelow(schema, schema, '').filter((r) => !r.path.includes('.') && !r.path.includes('['));
  out.push('### Top-level keys', '', table(top), '');
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const nested = nestedRows(schema, resolve(schema, raw).node, key);
    if (nested.length === 0) continue;
    out.push(`### ${key}`, '', table(nested), '');
  }
  return { text: out.join('\n'), schema };
}

function formats(schemas) {
  const rows = [];
  const seen = new Set();
  for (const schema of schemas) {
    for (const [name, def] of Object.entries(schema.$defs ?? {})) {
      if (!isFormat(def) || seen.has(name)) continue;
      seen.add(name);
      rows.push(`| ${name} | ${cell(typeText(schema, def))} | ${cell(def.description ?? '')} |`);
    }
  }
  const head = ['## Value formats', '', '| Format | Type | What to write |', '| --- | --- | --- |'];
  return [...head, ...rows, ''].join('\n');
}

function specReference() {
  const sections = documents.map(section);
  return [
    '# Spec language reference',
    '',
    'Generated by `npm run docs:spec` from the JSON Schemas in `schemas/`; do not edit by hand.',
    'Key paths use `.` for a nested key and `[]` for each item of a list. "Required" means required',
    'whenever the mapping that holds the key is present. Checks that the schema cannot express',
    '(check digits, calendar dates, durations, file references) are listed in `docs/codes/`.',
    '',
    ...sections.map((s) => s.text),
    formats(sections.map((s) => s.schema)),
  ].join('\n');
}

const text = specReference();
if (process.argv.includes('--write')) writeFileSync(new URL(target, root), text);
else process.stdout.write(text);
