import { allCodes } from '../core/codes.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { hasErrors } from '../core/diagnostics.js';
import { isDuration, isOdsCode, isSafeRepoPath } from '../core/formats.js';
import { configCodes } from './config-codes.js';
import type { Config } from '../model/estate.js';
import { normaliseConfig } from '../model/normalise.js';
import type { WrittenConfig } from '../model/written.js';
import { dsptConfigDiagnostics } from './dspt-settings.js';
import { validatorFor } from '../validate/schemas.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { validateCodes } from '../validate/codes.js';
import { suggest } from '../validate/suggest.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceMap } from '../core/source-map.js';
import { escapePointer } from '../core/source-map.js';

/** Structural codes guard what the model may be built from; config cannot turn them down. */
export function isConfigurable(code: string): boolean {
  return !/^(load|yaml|schema|spec|config|write|check|build|template|emitter)-/.test(code);
}

export function loadConfig(
  file: string,
  bytes: Uint8Array,
): [Config | undefined, SourceMap | undefined, Diagnostic[]] {
  const [parsed, parseDiags] = parseYaml(file, bytes);
  if (!parsed) return [undefined, undefined, parseDiags];
  const { data, map } = parsed;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [undefined, map, [validateCodes['spec-not-a-mapping'].at(map.value(''))]];
  }
  const validate = validatorFor('config');
  if (!validate(data)) return [undefined, map, schemaDiagnostics(validate.errors ?? [], map, data)];
  const written = data as WrittenConfig;
  const diags: Diagnostic[] = [];
  const ods = written.organisation.ods;
  if (!isOdsCode(ods)) diags.push(validateCodes['spec-ods-invalid'].at(map.value('/organisation/ods'), ods));
  const paths: Array<[string, string | undefined]> = [
    ['/output', written.output],
    ['/templates', written.templates],
  ];
  written.specs?.forEach((g, i) => paths.push([`/specs/${i}`, g.replace(/^!/, '')]));
  for (const [pointer, value] of paths) {
    if (value !== undefined && !isSafeRepoPath(value))
      diags.push(configCodes['config-invalid-path'].at(map.value(pointer), value));
  }
  if (written.output !== undefined && /^\.?\/?$/.test(written.output)) {
    diags.push(configCodes['config-invalid-path'].at(map.value('/output'), written.output));
  }
  const notice = written.estate?.noticePeriod;
  if (notice !== undefined && !isDuration(notice)) {
    diags.push(validateCodes['spec-duration-invalid'].at(map.value('/estate/noticePeriod'), notice));
  }
  written.retention?.recordTypes?.forEach((t, i) => {
    if (!isDuration(t.minimum)) {
      diags.push(
        validateCodes['spec-duration-invalid'].at(
          map.value(`/retention/recordTypes/${i}/minimum`),
          t.minimum,
        ),
      );
    }
  });
  diags.push(...dsptConfigDiagnostics(written.dspt, map));
  const known = allCodes();
  for (const [code, setting] of Object.entries(written.rules ?? {})) {
    const where = map.key(`/rules/${escapePointer(code)}`);
    if (!known.includes(code))
      diags.push(configCodes['config-unknown-code'].at(where, code, suggest(code, known)));
    else if (!isConfigurable(code)) diags.push(configCodes['config-code-not-configurable'].at(where, code));
    else if (setting.severity === 'off' && !setting.reason)
      diags.push(configCodes['config-rule-off-without-reason'].at(where, code));
  }
  if (hasErrors(diags)) return [undefined, map, diags];
  return [normaliseConfig(written, file), map, diags];
}

/** Apply the config's severity settings to the diagnostics of configurable codes. */
export function applyRuleSettings(diagnostics: Diagnostic[], config: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = config.rules[d.code];
    if (!setting || !isConfigurable(d.code)) out.push(d);
    else if (setting.severity !== 'off') out.push({ ...d, severity: setting.severity });
  }
  return out;
}
