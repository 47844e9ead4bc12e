// Compiles the built-in templates into dist/templates.json after tsc (npm run compile), so a
// build renders them without loading Handlebars' compiler. Each is keyed by the SHA-256 of its
// text: a template edited after this ran is compiled when used, never answered by this file.
import { writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { builtinTemplateNames, builtinTemplateText } from '../dist/emit/template-overrides.js';
import { precompileAll, precompiledFile } from '../dist/emit/template-compile.js';

const sources = builtinTemplateNames().map((n) => builtinTemplateText(n) ?? '');
writeFileSync(precompiledFile, `${JSON.stringify(precompileAll(Handlebars, sources), null, 1)}\n`);
console.log(`templates: ${sources.length} compiled into dist/templates.json`);
