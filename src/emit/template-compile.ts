import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';

/**
 * Compiling a template costs more than rendering it: Handlebars parses it and generates code
 * (with source maps). The built-in templates are compiled once, by `npm run compile`, into
 * dist/templates.json (each with the SHA-256 of its text, so an edited template is compiled
 * afresh, never answered by an older one); any other template is compiled once per process.
 */

/** The options every template is compiled with: data is escaped before a template sees it. */
export const templateOptions = { noEscape: true, strict: false, preventIndent: true } as const;

/** Where `npm run compile` puts the compiled built-in templates (beside the compiled code). */
export const precompiledFile = fileURLToPath(new URL('../../dist/templates.json', import.meta.url));

type Spec = Parameters<typeof Handlebars.template>[0];

const bySource = new Map<string, Spec>();
let shipped: ReadonlyMap<string, string> | undefined;

function digest(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The compiled built-in templates by the digest of their text; none when the file is missing or damaged. */
function shippedSpecs(): ReadonlyMap<string, string> {
  if (shipped) return shipped;
  const found = new Map<string, string>();
  try {
    const data = JSON.parse(readFileSync(precompiledFile, 'utf8')) as unknown;
    if (data && typeof data === 'object')
      for (const [sha, spec] of Object.entries(data as Record<string, unknown>))
        if (typeof spec === 'string') found.set(sha, spec);
  } catch {
    /* not compiled yet: every template is compiled when first used */
  }
  shipped = found;
  return found;
}

/** What `npm run compile` writes: the compiled form of each source, by its digest. */
export function precompileAll(hb: typeof Handlebars, sources: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of [...sources].sort()) out[digest(s)] = String(hb.precompile(s, templateOptions));
  return out;
}

/**
 * A template's compiled form, ready for `hb.template`. Throws Handlebars' own error for a
 * template that does not compile, so the caller can point at the template's line.
 */
export function templateSpec(hb: typeof Handlebars, source: string): Spec {
  const sha = digest(source);
  let spec = bySource.get(sha);
  if (spec) return spec;
  const code = shippedSpecs().get(sha) ?? String(hb.precompile(source, templateOptions));
  // The code is what Handlebars generated (a template's text sits in it as string literals),
  // turned into the object Handlebars itself builds when it compiles in memory.
  spec = new Function(`return ${code};`)() as Spec;
  bySource.set(sha, spec);
  return spec;
}
