/**
 * One row per diagnostic code that load, validate, lint and config raise: the input, the exact
 * code and the exact file:line:col (counted by hand in the row's comment). Then one valid row per
 * code that must not raise it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import { hasErrors } from '../../src/core/diagnostics.js';
import type { Host } from '../../src/core/host.js';
import { cliCodes } from '../../src/cli/codes.js';
import { loadCodes } from '../../src/load/codes.js';
import { lintCodes } from '../../src/rules/lint/codes.js';
import { validateCodes } from '../../src/validate/codes.js';
import { compileRepo, makeRepo, minimalConfigYaml, placesOf, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

/**
 * The minimal valid spec, one key per line:
 *  1 govspec  2 id  3 version  4 title  5 status  6 source  7 target  8 engine  9 protocol  10 transport
 */
const headLines = [
  'govspec: 1',
  'id: demo-feed',
  'version: 1.0.0',
  'title: Demo feed',
  'status: proposed',
  'source: { system: PAS, org: ZZT }',
  'target: { system: EPR, org: ZZT }',
  'engine: { kind: none }',
  'protocol: { standard: hl7v2, version: "2.4", messages: [ADT^A01] }',
  'transport: { kind: mllp }',
];

/** The head with numbered lines replaced (1-based) and extra lines appended from line 11. */
function edit(replace: Record<number, string>, extra: string[] = []): string {
  const lines = headLines.map((l, i) => replace[i + 1] ?? l);
  return `${[...lines, ...extra].join('\n')}\n`;
}

/** A live integration with every readiness fact present (lines 11-16). */
const readyLines = [
  'owner: { name: Ann Example, team: Integration }',
  'sla: { hours: 24x7, response: PT30M, restore: PT4H }',
  'runbook: https://example.org/runbook',
  'monitoring: { view: https://example.org/dashboard }',
  'review: { last: 2025-06-01, every: P12M }',
  'latency: { contract: realtime, target: PT1M }',
];

/** Minimal config, one item per line: 1 govspec 2 organisation 3 name 4 ods 5 role 6 specs 7 - glob 8 output. */
const configLines = minimalConfigYaml.trimEnd().split('\n');
function editConfig(replace: Record<number, string>, extra: string[] = []): string {
  return `${[...configLines.map((l, i) => replace[i + 1] ?? l), ...extra].join('\n')}\n`;
}

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const twoMegabytes = 2 * 1024 * 1024;

interface Row {
  code: string;
  name: string;
  /** Spec files by name under specs/ (or a path with a folder). */
  specs?: Record<string, string | Uint8Array>;
  config?: string | null;
  files?: Record<string, string>;
  /** Every diagnostic of the code, as "file line:col" ("- 0:0" for no location). */
  places: string[];
  message?: RegExp;
}

const S = 'specs/spec.yaml';
const C = 'govspec.config.yaml';

const badRows: Row[] = [
  // --- load and YAML -------------------------------------------------------------------------
  // "title: Demo: feed": the second ": " starts a nested mapping at the value, column 8.
  {
    code: 'yaml-syntax',
    name: 'mapping inside a plain value',
    specs: { 'spec.yaml': edit({ 4: 'title: Demo: feed' }) },
    places: [`${S} 4:8`],
  },
  // Line 12 is indented with a tab, which YAML forbids: the tab is column 1.
  {
    code: 'yaml-syntax',
    name: 'tab indentation',
    specs: { 'spec.yaml': edit({}, ['owner:', '\tname: Ann']) },
    places: [`${S} 12:1`],
    message: /a tab is used as indentation here, and YAML indents with spaces only/,
  },
  // Lines 12-14 are each indented with one tab: one error per tab, nothing that follows from it.
  {
    code: 'yaml-syntax',
    name: 'one error per tab',
    specs: {
      'spec.yaml': edit({}, ['owner:', '\tname: Ann', '\tteam: Integration', '\tcontact: ann@example.org']),
    },
    places: [`${S} 12:1`, `${S} 13:1`, `${S} 14:1`],
    message: /replace the tab with spaces/,
  },
  // Line 11 repeats "status", the key starts at column 1.
  {
    code: 'yaml-duplicate-key',
    name: 'repeated top-level key',
    specs: { 'spec.yaml': edit({}, ['status: live']) },
    places: [`${S} 11:1`],
    message: /the key "status" appears twice in the same mapping \(first on line 5\)/,
  },
  // "source: { system: PAS, system: X }": second "system" at column 24.
  {
    code: 'yaml-duplicate-key',
    name: 'repeated key in a flow mapping',
    specs: { 'spec.yaml': edit({ 6: 'source: { system: PAS, system: X }' }) },
    places: [`${S} 6:24`],
    message: /the key "system" appears twice in the same mapping \(first on line 6\)/,
  },
  // "title: !custom Demo feed": the tag at column 8.
  {
    code: 'yaml-unknown-tag',
    name: 'custom tag',
    specs: { 'spec.yaml': edit({ 4: 'title: !custom Demo feed' }) },
    places: [`${S} 4:8`],
    message: /!custom/,
  },
  // "title: !!js/function x": the tag at column 8.
  {
    code: 'yaml-unknown-tag',
    name: 'js/function tag',
    specs: { 'spec.yaml': edit({ 4: 'title: !!js/function x' }) },
    places: [`${S} 4:8`],
    message: /!!js\/function/,
  },
  // "title: !!binary aGVsbG8=": a YAML 1.1 tag yaml knows but specs do not allow, column 8.
  {
    code: 'yaml-unknown-tag',
    name: 'binary tag',
    specs: { 'spec.yaml': edit({ 4: 'title: !!binary aGVsbG8=' }) },
    places: [`${S} 4:8`],
    message: /!!binary/,
  },
  // Inside a nested flow mapping: "source: { system: !!set PAS }", the tag at column 19.
  {
    code: 'yaml-unknown-tag',
    name: 'set tag inside a mapping',
    specs: { 'spec.yaml': edit({ 6: 'source: { system: !!set { PAS } }' }) },
    places: [`${S} 6:19`],
  },
  // Line 12 expands nine 10-node lists (90); the first *b on line 13 (column 9) passes 100.
  {
    code: 'yaml-alias-limit',
    name: 'alias bomb',
    specs: {
      'spec.yaml': edit({}, [
        'x1: &a [x, x, x, x, x, x, x, x, x]',
        'x2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'x3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'x4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ]),
    },
    places: [`${S} 13:9`],
  },
  // "x: [[[...": the k-th "[" is at column 3 + k and depth k; depth 64 is column 67.
  {
    code: 'yaml-too-deep',
    name: '70 nested flow lists',
    specs: { 'spec.yaml': edit({}, [`x: ${'['.repeat(70)}${']'.repeat(70)}`]) },
    places: [`${S} 11:67`],
  },
  // Hostile nesting: 5,000 nested lists. The syntax tree is refused before the composer recurses
  // at four times the limit: the k-th "[" is at column 3 + k and depth k, so depth 256 is column 259.
  {
    code: 'yaml-too-deep',
    name: '5,000 nested flow lists (no stack overflow)',
    specs: { 'spec.yaml': edit({}, [`x: ${'['.repeat(5000)}${']'.repeat(5000)}`]) },
    places: [`${S} 11:259`],
    message: /nested more than 64 levels/,
  },
  // Hostile nesting: 5,000 compact block lists ("- - - ..."): the k-th "-" is at column 1 + 2k and
  // depth k, so depth 256 is column 513.
  {
    code: 'yaml-too-deep',
    name: '5,000 nested block lists',
    specs: { 'spec.yaml': edit({}, [`x:`, `  ${'- '.repeat(5000)}y`]) },
    places: [`${S} 12:513`],
  },
  // A valid spec, then "---" on line 11 and a second document.
  {
    code: 'yaml-multiple-documents',
    name: 'second document after ---',
    specs: { 'spec.yaml': edit({}, ['---', 'id: hidden-feed']) },
    places: [`${S} 11:1`],
  },
  {
    code: 'yaml-multiple-documents',
    name: 'second document after ... and ---',
    specs: { 'spec.yaml': edit({}, ['...', '--- { id: hidden-feed }']) },
    places: [`${S} 12:1`],
  },
  // A whole-file problem: the start of the file.
  {
    code: 'load-too-large',
    name: 'over 2 MiB',
    specs: { 'spec.yaml': edit({}, [`# ${'x'.repeat(twoMegabytes)}`]) },
    places: [`${S} 1:1`],
  },
  // "description: caf" is 16 characters, so the Latin-1 0xE9 byte is column 17.
  {
    code: 'load-invalid-utf8',
    name: 'Latin-1 byte',
    specs: { 'spec.yaml': bytes(edit({}), 'description: caf', [0xe9], '\n') },
    places: [`${S} 11:17`],
  },
  // A lone continuation byte after "title: " (7 characters): column 8.
  {
    code: 'load-invalid-utf8',
    name: 'stray continuation byte',
    specs: { 'spec.yaml': bytes('govspec: 1\nid: demo-feed\nversion: 1.0.0\ntitle: ', [0x80], '\n') },
    places: [`${S} 4:8`],
  },
  // "title: Demo" is 11 characters, so the NUL is column 12 of line 4.
  {
    code: 'load-nul-byte',
    name: 'NUL inside a value',
    specs: { 'spec.yaml': edit({ 4: 'title: Demo\u0000feed' }) },
    places: [`${S} 4:12`],
  },
  // --- schema ----------------------------------------------------------------------------------
  {
    code: 'schema-unknown-key',
    name: 'top-level typo',
    specs: { 'spec.yaml': edit({}, ['ownr: { name: Ann }']) },
    places: [`${S} 11:1`],
    message: /unknown key "ownr"\. Did you mean "owner"\?/,
  },
  // "source: { system: PAS, orgg: ZZT }": "orgg" at column 24.
  {
    code: 'schema-unknown-key',
    name: 'nested typo',
    specs: { 'spec.yaml': edit({ 6: 'source: { system: PAS, orgg: ZZT }' }) },
    places: [`${S} 6:24`],
    message: /Did you mean "org"\?/,
  },
  // Config line 9 "ouptut: out": a top-level typo, key at column 1.
  {
    code: 'schema-unknown-key',
    name: 'config typo',
    config: editConfig({}, ['ouptut: out']),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 9:1`],
    message: /Did you mean "output"\?/,
  },
  // "source: { org: ZZT }" lacks system: the source key, line 6 column 1.
  {
    code: 'schema-missing-key',
    name: 'nested required key',
    specs: { 'spec.yaml': edit({ 6: 'source: { org: ZZT }' }) },
    places: [`${S} 6:1`],
    message: /"system"/,
  },
  // A missing top-level key belongs to the whole document mapping, which starts at 1:1.
  {
    code: 'schema-missing-key',
    name: 'top-level required key',
    specs: { 'spec.yaml': edit({ 4: '# no title' }) },
    places: [`${S} 1:1`],
    message: /"title"/,
  },
  // "status: lve": value at column 9.
  {
    code: 'schema-invalid-value',
    name: 'enum typo',
    specs: { 'spec.yaml': edit({ 5: 'status: lve' }) },
    places: [`${S} 5:9`],
    message: /Did you mean "live"\?/,
  },
  // "govspec: 2": const 1, value at column 10.
  {
    code: 'schema-invalid-value',
    name: 'wrong language version',
    specs: { 'spec.yaml': edit({ 1: 'govspec: 2' }) },
    places: [`${S} 1:10`],
  },
  // "title: [a, b]": value at column 8.
  {
    code: 'schema-wrong-type',
    name: 'list for text',
    specs: { 'spec.yaml': edit({ 4: 'title: [a, b]' }) },
    places: [`${S} 4:8`],
    message: /expected text/,
  },
  // "engine: mirth": a string where a mapping is needed, column 9.
  {
    code: 'schema-wrong-type',
    name: 'text for a mapping',
    specs: { 'spec.yaml': edit({ 8: 'engine: mirth' }) },
    places: [`${S} 8:9`],
    message: /mapping/,
  },
  // "version: 1.0": YAML reads the number 1; the value is at column 10.
  {
    code: 'schema-wrong-type',
    name: 'unquoted version number',
    specs: { 'spec.yaml': edit({ 3: 'version: 1.0' }) },
    places: [`${S} 3:10`],
    message:
      /A spec version is quoted text .* like "1\.0\.0": YAML reads 1\.0 without quotes as the number 1\. Write version: "1\.0\.0"\./,
  },
  // "title: 2024": text expected, a number found; the value is at column 8.
  {
    code: 'schema-wrong-type',
    name: 'unquoted number for text',
    specs: { 'spec.yaml': edit({ 4: 'title: 2024' }) },
    places: [`${S} 4:8`],
    message: /YAML reads 2024 without quotes as the number 2024\. Put it in quotes: "2024"\./,
  },
  // "title: """: minLength, value at column 8.
  {
    code: 'schema-constraint',
    name: 'empty title',
    specs: { 'spec.yaml': edit({ 4: 'title: ""' }) },
    places: [`${S} 4:8`],
  },
  // "protocol: { standard: hl7v2, messages: [ADTA01] }": the item at column 41.
  {
    code: 'schema-constraint',
    name: 'message type pattern',
    specs: { 'spec.yaml': edit({ 9: 'protocol: { standard: hl7v2, messages: [ADTA01] }' }) },
    places: [`${S} 9:41`],
  },
  // "identity: { matchOn: [] }": minItems, the list at column 22.
  {
    code: 'schema-constraint',
    name: 'empty matchOn',
    specs: { 'spec.yaml': edit({}, ['identity: { matchOn: [] }']) },
    places: [`${S} 11:22`],
  },
  // --- semantic --------------------------------------------------------------------------------
  { code: 'spec-not-a-mapping', name: 'a list', specs: { 'spec.yaml': '- a\n- b\n' }, places: [`${S} 1:1`] },
  // A comment first: the document's value starts on line 2.
  {
    code: 'spec-not-a-mapping',
    name: 'a scalar after a comment',
    specs: { 'spec.yaml': '# a spec\njust some text\n' },
    places: [`${S} 2:1`],
  },
  { code: 'spec-not-a-mapping', name: 'an empty file', specs: { 'spec.yaml': '' }, places: [`${S} 1:1`] },
  // "id: Demo_Feed": value at column 5.
  {
    code: 'spec-id-invalid',
    name: 'capitals and underscore',
    specs: { 'spec.yaml': edit({ 2: 'id: Demo_Feed' }) },
    places: [`${S} 2:5`],
  },
  {
    code: 'spec-id-invalid',
    name: 'path traversal',
    specs: { 'spec.yaml': edit({ 2: 'id: ../../etc/x' }) },
    places: [`${S} 2:5`],
  },
  // "con" matches the pattern but is a Windows device name.
  {
    code: 'spec-id-invalid',
    name: 'reserved device name',
    specs: { 'spec.yaml': edit({ 2: 'id: con' }) },
    places: [`${S} 2:5`],
  },
  // The later file by path gets the error, at its id value (column 5).
  {
    code: 'spec-id-duplicate',
    name: 'same id twice',
    specs: { 'a.yaml': edit({}), 'b.yaml': edit({ 4: 'title: Another' }) },
    places: ['specs/b.yaml 2:5'],
    message: /specs\/a\.yaml/,
  },
  // "version: 1.0": value at column 10.
  {
    code: 'spec-version-invalid',
    name: 'two-part version',
    specs: { 'spec.yaml': edit({ 3: 'version: "1.0"' }) },
    places: [`${S} 3:10`],
  },
  // "source: { system: PAS, org: zzt }": "zzt" at column 29.
  {
    code: 'spec-ods-invalid',
    name: 'lower-case ODS code',
    specs: { 'spec.yaml': edit({ 6: 'source: { system: PAS, org: zzt }' }) },
    places: [`${S} 6:29`],
  },
  // Config line 4 "  ods: Z-1": value at column 8.
  {
    code: 'spec-ods-invalid',
    name: 'config ODS code',
    config: editConfig({ 4: '  ods: Z-1' }),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 4:8`],
  },
  // "sla: { hours: 24x7, response: 30 minutes }": value at column 31.
  {
    code: 'spec-duration-invalid',
    name: 'words for a duration',
    specs: { 'spec.yaml': edit({}, ['sla: { hours: 24x7, response: 30 minutes }']) },
    places: [`${S} 11:31`],
  },
  // Block style: line 12 "  every: 12 months", value at column 10.
  {
    code: 'spec-duration-invalid',
    name: 'review interval',
    specs: { 'spec.yaml': edit({}, ['review:', '  every: 12 months', '  last: 2025-01-01']) },
    places: [`${S} 12:10`],
  },
  // "review: { last: 2025-02-30, every: P12M }": value at column 17.
  {
    code: 'spec-date-invalid',
    name: '30 February',
    specs: { 'spec.yaml': edit({}, ['review: { last: 2025-02-30, every: P12M }']) },
    places: [`${S} 11:17`],
  },
  // "endOfLife: 31/12/2026": value at column 12.
  {
    code: 'spec-date-invalid',
    name: 'UK date order',
    specs: { 'spec.yaml': edit({}, ['endOfLife: 31/12/2026']) },
    places: [`${S} 11:12`],
  },
  // Line 14 '    - "9990000019"': the quoted value at column 7.
  {
    code: 'spec-nhs-number-invalid',
    name: 'bad check digit',
    specs: {
      'spec.yaml': edit({}, ['examples:', '  nhsNumbers:', '    - "999 000 0018"', '    - "9990000019"']),
    },
    places: [`${S} 14:7`],
  },
  // "examples: { nhsNumbers: ["0000000000"] }": passes modulus 11, is no NHS number; value at column 26.
  {
    code: 'spec-nhs-number-invalid',
    name: 'all zeros',
    specs: { 'spec.yaml': edit({}, ['examples: { nhsNumbers: ["0000000000"] }']) },
    places: [`${S} 11:26`],
  },
  // "examples: { nhsNumbers: ["4010232137"] }": the value at column 26.
  {
    code: 'spec-nhs-number-not-test',
    name: 'real-range number',
    specs: { 'spec.yaml': edit({}, ['examples: { nhsNumbers: ["4010232137"] }']) },
    places: [`${S} 11:26`],
  },
  // "runbook: docs/runbooks/nope.md": value at column 10.
  {
    code: 'spec-reference-missing',
    name: 'runbook file absent',
    specs: { 'spec.yaml': edit({}, ['runbook: docs/runbooks/nope.md']) },
    places: [`${S} 11:10`],
  },
  // "monitoring: { view: dashboards/x.md }": value at column 21.
  {
    code: 'spec-reference-missing',
    name: 'monitoring file absent',
    specs: { 'spec.yaml': edit({}, ['monitoring: { view: dashboards/x.md }']) },
    places: [`${S} 11:21`],
  },
  {
    code: 'spec-reference-unsafe',
    name: 'parent folder',
    specs: { 'spec.yaml': edit({}, ['runbook: ../outside.md']) },
    places: [`${S} 11:10`],
  },
  {
    code: 'spec-reference-unsafe',
    name: 'absolute path',
    specs: { 'spec.yaml': edit({}, ['runbook: /etc/passwd']) },
    places: [`${S} 11:10`],
  },
  // --- lint: readiness points at the status key (line 5, column 1) that puts it in production ---
  {
    code: 'readiness-no-owner',
    name: 'live, no owner',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines.slice(1)) },
    places: [`${S} 5:1`],
  },
  {
    code: 'readiness-no-sla',
    name: 'live, no sla',
    specs: {
      'spec.yaml': edit(
        { 5: 'status: live' },
        readyLines.filter((l) => !l.startsWith('sla')),
      ),
    },
    places: [`${S} 5:1`],
  },
  {
    code: 'readiness-no-runbook',
    name: 'retiring, no runbook',
    specs: {
      'spec.yaml': edit(
        { 5: 'status: retiring' },
        readyLines.filter((l) => !l.startsWith('runbook')),
      ),
    },
    places: [`${S} 5:1`],
  },
  {
    code: 'readiness-no-owner',
    name: 'in build, no owner',
    specs: { 'spec.yaml': edit({ 5: 'status: build' }, readyLines.slice(1)) },
    places: [`${S} 5:1`],
    message: /this integration in build has no named owner/,
  },
  {
    code: 'readiness-no-latency',
    name: 'live, no latency',
    specs: {
      'spec.yaml': edit(
        { 5: 'status: live' },
        readyLines.filter((l) => !l.startsWith('latency')),
      ),
    },
    places: [`${S} 5:1`],
    message: /this live integration has no latency contract/,
  },
  {
    code: 'readiness-no-monitoring',
    name: 'live, no monitoring',
    specs: {
      'spec.yaml': edit(
        { 5: 'status: live' },
        readyLines.filter((l) => !l.startsWith('monitoring')),
      ),
    },
    places: [`${S} 5:1`],
  },
  // Line 11 "draft: true" (appended after the ten base keys); the key is at column 1.
  {
    code: 'readiness-draft',
    name: 'live draft',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, [...readyLines, 'draft: true']) },
    places: [`${S} ${11 + readyLines.length}:1`],
  },
  {
    code: 'readiness-no-review',
    name: 'live, no review',
    specs: {
      'spec.yaml': edit(
        { 5: 'status: live' },
        readyLines.filter((l) => !l.startsWith('review')),
      ),
    },
    places: [`${S} 5:1`],
  },
  // Line 15 "review: { last: 2024-06-01, every: P12M }": due 2025-06-01 < 2026-01-01; key "last" at column 11.
  {
    code: 'readiness-review-overdue',
    name: 'a year late',
    specs: {
      'spec.yaml': edit({ 5: 'status: live' }, [
        ...readyLines.slice(0, 4),
        'review: { last: 2024-06-01, every: P12M }',
      ]),
    },
    places: [`${S} 15:11`],
    message: /due on 2025-06-01 \(as of 2026-01-01\)/,
  },
  // "engine: { kind: mirth }" with no owner or endOfLife: the engine key, line 8 column 1.
  {
    code: 'readiness-unowned-no-end-of-life',
    name: 'orphan mirth channel',
    specs: { 'spec.yaml': edit({ 8: 'engine: { kind: mirth, channel: ADT_OUT }' }) },
    places: [`${S} 8:1`],
    message: /mirth/,
  },
  // "identity: { matchOn: [demographics], onNoMatch: create }": key onNoMatch at column 38.
  {
    code: 'identity-unsafe-create',
    name: 'demographic match creates',
    specs: { 'spec.yaml': edit({}, ['identity: { matchOn: [demographics], onNoMatch: create }']) },
    places: [`${S} 11:38`],
    message: /demographics/,
  },
  // Block style, line 14 "  onNoMatch: create": key at column 3.
  {
    code: 'identity-unsafe-create',
    name: 'unverified NHS number creates',
    specs: {
      'spec.yaml': edit({}, [
        'identity:',
        '  matchOn: [nhs-number]',
        '  nhsNumberVerified: false',
        '  onNoMatch: create',
      ]),
    },
    places: [`${S} 14:3`],
    message: /not verified/,
  },
  // Line 13 "  - { name: Ward staff, use: direct-care-decisions, freshness: realtime }": key at column 53.
  {
    code: 'latency-batch-for-realtime',
    name: 'nightly feed, realtime consumer',
    specs: {
      'spec.yaml': edit({}, [
        'latency: { contract: nightly }',
        'consumers:',
        '  - { name: Ward staff, use: direct-care-decisions, freshness: realtime }',
      ]),
    },
    places: [`${S} 13:53`],
    message: /"Ward staff" needs realtime .* nightly/,
  },
  // --- config ----------------------------------------------------------------------------------
  {
    code: 'config-not-found',
    name: 'no config file',
    config: null,
    specs: { 'spec.yaml': edit({}) },
    places: ['- 0:0'],
  },
  // Line 8 "output: ../out": value at column 9.
  {
    code: 'config-invalid-path',
    name: 'output outside the repository',
    config: editConfig({ 8: 'output: ../out' }),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 8:9`],
  },
  // Line 8 "output: .": the repository itself.
  {
    code: 'config-invalid-path',
    name: 'output is the repository',
    config: editConfig({ 8: 'output: .' }),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 8:9`],
  },
  // Line 7 "  - /abs/**/*.yaml": value at column 5.
  {
    code: 'config-invalid-path',
    name: 'absolute spec glob',
    config: editConfig({ 7: '  - /abs/**/*.yaml' }),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 7:5`],
  },
  // Line 10 "  readiness-no-owner: { severity: off }": key at column 3.
  {
    code: 'config-rule-off-without-reason',
    name: 'off with no reason',
    config: editConfig({}, ['rules:', '  readiness-no-owner: { severity: off }']),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 10:3`],
  },
  {
    code: 'config-unknown-code',
    name: 'misspelt code',
    config: editConfig({}, ['rules:', '  readiness-no-ownr: { severity: info }']),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 10:3`],
    message: /Did you mean "readiness-no-owner"\?/,
  },
  {
    code: 'config-code-not-configurable',
    name: 'structural code turned down',
    config: editConfig({}, ['rules:', '  schema-unknown-key: { severity: warning }']),
    specs: { 'spec.yaml': edit({}) },
    places: [`${C} 10:3`],
  },
  // No spec matches: the specs list value, line 7 column 3 (the "-").
  { code: 'config-no-specs', name: 'no spec files', specs: {}, places: [`${C} 7:3`] },
];

const goodRows: Array<Omit<Row, 'places'>> = [
  { code: 'yaml-syntax', name: 'quoted colon', specs: { 'spec.yaml': edit({ 4: 'title: "Demo: feed"' }) } },
  { code: 'yaml-duplicate-key', name: 'same key in different mappings', specs: { 'spec.yaml': edit({}) } },
  {
    code: 'yaml-unknown-tag',
    name: 'explicit core tag',
    specs: { 'spec.yaml': edit({ 3: 'version: !!str 1.0.0' }) },
  },
  {
    code: 'yaml-alias-limit',
    name: 'a few aliases',
    specs: { 'spec.yaml': edit({ 6: 'source: &s { system: PAS, org: ZZT }', 7: 'target: *s' }) },
  },
  {
    code: 'yaml-too-deep',
    name: 'ordinary nesting',
    specs: {
      'spec.yaml': edit({}, [
        'data:',
        '  subjects: [patients]',
        '  items:',
        '    - { name: NHS number, class: identifier }',
      ]),
    },
  },
  {
    code: 'load-too-large',
    name: 'just under 2 MiB',
    specs: { 'spec.yaml': edit({}, [`# ${'x'.repeat(twoMegabytes - 400)}`]) },
  },
  {
    code: 'load-invalid-utf8',
    name: 'accents and emoji',
    specs: { 'spec.yaml': edit({ 4: 'title: Café feed ✓ 🏥' }) },
  },
  { code: 'load-nul-byte', name: 'no NUL', specs: { 'spec.yaml': edit({}) } },
  {
    code: 'yaml-multiple-documents',
    name: 'leading --- and a trailing ---',
    specs: { 'spec.yaml': `---\n${edit({})}---\n# nothing after\n` },
  },
  { code: 'schema-unknown-key', name: 'known keys', specs: { 'spec.yaml': edit({}, [readyLines[0]!]) } },
  { code: 'schema-missing-key', name: 'all required keys', specs: { 'spec.yaml': edit({}) } },
  {
    code: 'schema-invalid-value',
    name: 'allowed status',
    specs: { 'spec.yaml': edit({ 5: 'status: build' }) },
  },
  { code: 'schema-wrong-type', name: 'right types', specs: { 'spec.yaml': edit({}) } },
  {
    code: 'schema-constraint',
    name: 'message type with trigger and structure',
    specs: { 'spec.yaml': edit({ 9: 'protocol: { standard: hl7v2, messages: [ADT^A01^ADT_A01, ORU] }' }) },
  },
  { code: 'spec-not-a-mapping', name: 'a mapping', specs: { 'spec.yaml': edit({}) } },
  { code: 'spec-id-invalid', name: 'kebab id', specs: { 'spec.yaml': edit({ 2: 'id: pas-adt-to-epr-2' }) } },
  {
    code: 'spec-id-duplicate',
    name: 'two ids',
    specs: { 'a.yaml': edit({}), 'b.yaml': edit({ 2: 'id: other-feed' }) },
  },
  {
    code: 'spec-version-invalid',
    name: 'pre-release version',
    specs: { 'spec.yaml': edit({ 3: 'version: 2.0.0-rc.1' }) },
  },
  {
    code: 'spec-ods-invalid',
    name: 'GP practice code',
    specs: { 'spec.yaml': edit({ 7: 'target: { system: GP system, org: A81001 }' }) },
  },
  {
    code: 'spec-duration-invalid',
    name: 'ISO durations',
    specs: { 'spec.yaml': edit({}, ['sla: { hours: 24x7, response: PT30M, restore: P1DT4H }']) },
  },
  {
    code: 'spec-date-invalid',
    name: 'leap day',
    specs: { 'spec.yaml': edit({}, ['endOfLife: 2028-02-29']) },
  },
  {
    code: 'spec-nhs-number-invalid',
    name: 'valid test numbers',
    specs: { 'spec.yaml': edit({}, ['examples: { nhsNumbers: ["999 000 0018", "9990000018"] }']) },
  },
  {
    code: 'spec-nhs-number-not-test',
    name: 'test range',
    specs: { 'spec.yaml': edit({}, ['examples: { nhsNumbers: ["9990000018"] }']) },
  },
  {
    code: 'spec-nhs-number-not-test',
    name: "NHS England's PDS sandbox test patients",
    specs: {
      'spec.yaml': edit({}, [
        'examples: { nhsNumbers: ["9000000009", "900 000 0017", "9000000025", "9000000033"] }',
      ]),
    },
  },
  {
    code: 'spec-reference-missing',
    name: 'runbook exists',
    specs: { 'spec.yaml': edit({}, ['runbook: docs/runbooks/demo.md']) },
    files: { 'docs/runbooks/demo.md': '# Runbook\n' },
  },
  {
    code: 'spec-reference-unsafe',
    name: 'URL',
    specs: { 'spec.yaml': edit({}, ['runbook: https://example.org/a/../b']) },
  },
  {
    code: 'readiness-no-owner',
    name: 'all readiness facts',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines) },
  },
  {
    code: 'readiness-no-owner',
    name: 'not in production',
    specs: { 'spec.yaml': edit({ 5: 'status: proposed' }) },
  },
  {
    code: 'readiness-no-sla',
    name: 'all readiness facts',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines) },
  },
  { code: 'readiness-no-runbook', name: 'retired', specs: { 'spec.yaml': edit({ 5: 'status: retired' }) } },
  {
    code: 'readiness-no-monitoring',
    name: 'all readiness facts',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines) },
  },
  {
    code: 'readiness-no-latency',
    name: 'all readiness facts',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines) },
  },
  { code: 'readiness-no-latency', name: 'retired', specs: { 'spec.yaml': edit({ 5: 'status: retired' }) } },
  {
    code: 'readiness-draft',
    name: 'a proposed draft is not flagged',
    specs: { 'spec.yaml': edit({}, ['draft: true']) },
  },
  {
    code: 'readiness-no-review',
    name: 'all readiness facts',
    specs: { 'spec.yaml': edit({ 5: 'status: live' }, readyLines) },
  },
  // Due exactly on the as-of date is not yet overdue.
  {
    code: 'readiness-review-overdue',
    name: 'due today',
    specs: { 'spec.yaml': edit({}, ['review: { last: 2025-01-01, every: P12M }']) },
  },
  {
    code: 'readiness-unowned-no-end-of-life',
    name: 'orphan with an end date',
    specs: { 'spec.yaml': edit({ 8: 'engine: { kind: mirth }' }, ['endOfLife: 2026-12-31']) },
  },
  {
    code: 'readiness-unowned-no-end-of-life',
    name: 'owned channel',
    specs: { 'spec.yaml': edit({ 8: 'engine: { kind: mirth }' }, [readyLines[0]!]) },
  },
  {
    code: 'identity-unsafe-create',
    name: 'verified NHS number creates',
    specs: {
      'spec.yaml': edit({}, [
        'identity: { matchOn: [nhs-number], nhsNumberVerified: true, onNoMatch: create }',
      ]),
    },
  },
  {
    code: 'identity-unsafe-create',
    name: 'demographics queue for review',
    specs: { 'spec.yaml': edit({}, ['identity: { matchOn: [demographics], onNoMatch: queue-for-review }']) },
  },
  {
    code: 'latency-batch-for-realtime',
    name: 'nightly consumer of nightly feed',
    specs: {
      'spec.yaml': edit({}, [
        'latency: { contract: nightly }',
        'consumers: [{ name: Payroll, use: administration, freshness: nightly }]',
      ]),
    },
  },
  {
    code: 'latency-batch-for-realtime',
    name: 'realtime consumer of realtime feed',
    specs: {
      'spec.yaml': edit({}, [
        'latency: { contract: near-realtime }',
        'consumers: [{ name: Ward, use: direct-care-decisions, freshness: realtime }]',
      ]),
    },
  },
  { code: 'config-not-found', name: 'config present', specs: { 'spec.yaml': edit({}) } },
  {
    code: 'config-invalid-path',
    name: 'nested output and excluded glob',
    config: editConfig({ 8: 'output: build/governance' }, ['  # excluded folder']).replace(
      '  - specs/**/*.yaml',
      '  - specs/**/*.yaml\n  - "!specs/drafts/**"',
    ),
    specs: { 'spec.yaml': edit({}) },
  },
  {
    code: 'config-rule-off-without-reason',
    name: 'off with a reason',
    config: editConfig({}, [
      'rules:',
      '  readiness-no-owner: { severity: off, reason: Owners are tracked in the CMDB }',
    ]),
    specs: { 'spec.yaml': edit({}) },
  },
  {
    code: 'config-unknown-code',
    name: 'known code',
    config: editConfig({}, ['rules:', '  readiness-no-owner: { severity: error }']),
    specs: { 'spec.yaml': edit({}) },
  },
  {
    code: 'config-code-not-configurable',
    name: 'lint code',
    config: editConfig({}, ['rules:', '  latency-batch-for-realtime: { severity: info }']),
    specs: { 'spec.yaml': edit({}) },
  },
  { code: 'config-no-specs', name: 'one spec', specs: { 'spec.yaml': edit({}) } },
];

function run(row: Omit<Row, 'places'>) {
  const repo = makeRepo({ config: row.config, specs: row.specs ?? {}, files: row.files ?? {} });
  return compileRepo(repo.root);
}

describe('each code at its exact place', () => {
  it.each(badRows.map((r) => [`${r.code}: ${r.name}`, r] as const))('%s', (_label, row) => {
    const result = run(row);
    expect(placesOf(result.diagnostics, row.code)).toEqual(row.places);
    if (row.message) {
      const d = result.diagnostics.find((x) => x.code === row.code);
      expect(d?.message).toMatch(row.message);
    }
  });
});

describe('valid input raises no diagnostic of the code', () => {
  it.each(goodRows.map((r) => [`${r.code}: ${r.name}`, r] as const))('%s', (_label, row) => {
    const result = run(row);
    expect(placesOf(result.diagnostics, row.code)).toEqual([]);
    // Not vacuous: the input got all the way through validation.
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.complete).toBe(true);
  });
});

describe('severities and the registry', () => {
  it('load, validate and lint codes carry the severity they are documented with', () => {
    const result = run(badRows.find((r) => r.code === 'spec-nhs-number-not-test')!);
    expect(result.diagnostics.find((d) => d.code === 'spec-nhs-number-not-test')?.severity).toBe('warning');
    const lint = run(badRows.find((r) => r.code === 'readiness-no-owner')!);
    expect(lint.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(hasErrors(lint.diagnostics)).toBe(false);
  });

  it('a lint code can be raised to an error or turned off (with a reason) in config', () => {
    const spec = edit({ 5: 'status: live' }, readyLines.slice(1));
    const raised = run({
      code: '',
      name: '',
      specs: { 'spec.yaml': spec },
      config: editConfig({}, ['rules:', '  readiness-no-owner: { severity: error }']),
    });
    expect(raised.diagnostics.find((d) => d.code === 'readiness-no-owner')?.severity).toBe('error');
    const off = run({
      code: '',
      name: '',
      specs: { 'spec.yaml': spec },
      config: editConfig({}, [
        'rules:',
        '  readiness-no-owner: { severity: off, reason: tracked elsewhere }',
      ]),
    });
    expect(placesOf(off.diagnostics, 'readiness-no-owner')).toEqual([]);
  });

  it('an unreadable spec file is reported at its first line', () => {
    const host: Host = {
      root: '/nowhere',
      readFile: (p) => (p === 'govspec.config.yaml' ? Buffer.from(minimalConfigYaml) : undefined),
      exists: () => false,
      listFiles: () => ['govspec.config.yaml', 'specs/gone.yaml'],
    };
    const result = compile({ host, asOf: '2026-01-01' });
    expect(placesOf(result.diagnostics, 'load-unreadable')).toEqual(['specs/gone.yaml 1:1']);
  });

  it('every load, validate, lint and config code has a row of each kind', () => {
    const covered = new Set(badRows.map((r) => r.code));
    const coveredGood = new Set(goodRows.map((r) => r.code));
    const codes = [
      // These need a file system, a git revision or a CLI flag rather than YAML: see their own tests.
      ...Object.keys(loadCodes).filter(
        (c) => c !== 'load-unreadable' && c !== 'load-link-outside' && c !== 'load-folder-unreadable',
      ),
      ...Object.keys(validateCodes),
      ...Object.keys(lintCodes),
      ...Object.keys(cliCodes).filter((c) => c.startsWith('config-') && c !== 'config-file-missing'),
    ];
    expect(codes.filter((c) => !covered.has(c))).toEqual([]);
    expect(codes.filter((c) => !coveredGood.has(c))).toEqual([]);
  });
});
