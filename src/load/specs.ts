import type { Diagnostic, SourceLocation } from '../core/diagnostics.js';
import { hasErrors } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import type { WrittenSpec } from '../model/written.js';
import { validateCodes } from '../validate/codes.js';
import { validatorFor } from '../validate/schemas.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { semanticDiagnostics } from '../validate/semantic.js';
import { loadCodes } from './codes.js';
import { defaultLimits, parseYaml, yamlText } from './parse-yaml.js';
import type { SourceMap } from '../core/source-map.js';

export interface LoadedSpec {
  file: string;
  spec: WrittenSpec;
  map: SourceMap;
}

/**
 * Read a YAML file through the host, reading no more than the parser accepts: a FIFO, a device or
 * a file too large is a diagnostic at its first line, never a hang.
 */
export function readYamlFile(host: Host, file: string): [Uint8Array | undefined, Diagnostic[]] {
  const at: SourceLocation = { file, line: 1, column: 1 };
  if (!host.readChecked) {
    const bytes = host.readFile(file);
    return bytes
      ? [bytes, []]
      : [undefined, [loadCodes['load-unreadable'].at(at, 'not found or not a file')]];
  }
  const read = host.readChecked(file, defaultLimits.maxBytes);
  if ('bytes' in read) return [read.bytes, []];
  if (read.problem === 'too-large')
    return [
      undefined,
      [loadCodes['load-too-large'].at(at, read.size ?? defaultLimits.maxBytes + 1, defaultLimits.maxBytes)],
    ];
  if (read.problem === 'outside') return [undefined, [loadCodes['load-link-outside'].at(at)]];
  return [undefined, [loadCodes['load-unreadable'].at(at, read.detail)]];
}

/** Read, parse, schema-check and semantically check one spec file. */
export function loadSpec(host: Host, file: string): [LoadedSpec | undefined, Diagnostic[]] {
  const [bytes, readDiags] = readYamlFile(host, file);
  if (!bytes) return [undefined, readDiags];
  const [parsed, parseDiags] = parseYaml(file, bytes);
  if (!parsed) return [undefined, parseDiags];
  const { data, map } = parsed;
  // Once compiled, the text is let go and read again only if a position is asked for.
  map.readAgainWith(() => {
    const [again] = readYamlFile(host, file);
    return again && yamlText(again);
  });
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [undefined, [validateCodes['spec-not-a-mapping'].at(map.value(''))]];
  }
  const validate = validatorFor('integration');
  if (!validate(data)) return [undefined, schemaDiagnostics(validate.errors ?? [], map, data)];
  const spec = data as WrittenSpec;
  const diags = semanticDiagnostics(spec, map, (p) => host.exists(p));
  if (hasErrors(diags)) return [undefined, diags];
  return [{ file, spec, map }, diags];
}

/** Ids must be unique across the estate; the later file (by path) gets the error. */
export function duplicateIds(specs: readonly LoadedSpec[]): [LoadedSpec[], Diagnostic[]] {
  const first = new Map<string, LoadedSpec>();
  const unique: LoadedSpec[] = [];
  const diags: Diagnostic[] = [];
  for (const s of specs) {
    const prior = first.get(s.spec.id);
    if (prior) {
      const d = validateCodes['spec-id-duplicate'].at(s.map.value('/id'), s.spec.id, prior.file);
      d.pointer = '/id';
      diags.push(d);
    } else {
      first.set(s.spec.id, s);
      unique.push(s);
    }
  }
  return [unique, diags];
}
