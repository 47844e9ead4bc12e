// Synthetic estates for benchmarks: varied protocols, engines, data items, decisions and blanks.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const engines = ['mirth', 'rhapsody', 'ensemble', 'cloverleaf', 'bespoke', 'none'];
const hl7 = [
  ['ADT^A01', 'ADT^A03', 'ADT^A08', 'ADT^A40'],
  ['ORU^R01'],
  ['ORM^O01'],
  ['SIU^S12'],
  ['MDM^T02'],
  ['RDS^O13'],
];
const fhir = [
  ['Patient'],
  ['DocumentReference', 'Binary'],
  ['Observation', 'DiagnosticReport'],
  ['Encounter', 'Location'],
];
const contracts = ['realtime', 'near-realtime', 'hourly', 'nightly', 'weekly', 'on-demand'];
const uses = ['direct-care-decisions', 'direct-care-information', 'administration', 'planning', 'research'];

/** Deterministic pseudo-random numbers so every run benchmarks the same estate. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function specYaml(n, pick) {
  const id = `int-${String(n).padStart(5, '0')}`;
  const standard = pick(['hl7v2', 'hl7v2', 'fhir', 'csv', 'soap']);
  const engine = pick(engines);
  const contract = pick(contracts);
  const lines = [
    '# yaml-language-server: $schema=../schemas/integration.schema.json',
    'govspec: 1',
    `id: ${id}`,
    `version: 1.${n % 7}.${n % 3}`,
    `title: Synthetic integration ${n} (${standard} via ${engine})`,
    `status: ${pick(['live', 'live', 'live', 'build', 'retiring', 'proposed'])}`,
  ];
  if (pick([true, true, true, false]))
    lines.push(
      `owner: { name: Owner ${n % 97}, team: Team ${n % 13}, contact: team${n % 13}@example.nhs.uk }`,
    );
  if (pick([true, true, false])) lines.push('sla: { hours: 24x7, response: PT30M, restore: PT4H }');
  if (pick([true, false])) lines.push(`runbook: https://runbooks.example.nhs.uk/${id}`);
  if (pick([true, true, false]))
    lines.push(
      `monitoring: { view: https://monitor.example.nhs.uk/d/${id}, alerts: [no messages for 15 min] }`,
    );
  lines.push(`review: { last: 202${4 + (n % 3)}-0${1 + (n % 9)}-1${n % 9}, every: P12M }`);
  lines.push(`source: { system: System ${n % 50}, supplier: Supplier ${n % 20}, org: ZZR }`);
  lines.push(
    `target: { system: System ${(n + 7) % 50}, supplier: Supplier ${(n + 3) % 20}, org: ${pick(['ZZR', 'ZZR', 'ZZM', 'V81999'])} }`,
  );
  lines.push(`engine: { kind: ${engine}${engine === 'none' ? '' : `, channel: CH_${n}`} }`);
  if (standard === 'hl7v2')
    lines.push(
      `protocol: { standard: hl7v2, version: "2.4", messages: [${pick(hl7).join(', ')}], timezone: ${pick(['utc', 'local-with-offset', 'local-no-offset'])} }`,
    );
  else if (standard === 'fhir')
    lines.push(
      `protocol: { standard: fhir, version: R4, resources: [${pick(fhir).join(', ')}], timezone: utc }`,
    );
  else lines.push(`protocol: { standard: ${standard}, description: Synthetic payload }`);
  lines.push(
    `transport: { kind: ${pick(['mllp', 'https', 'sftp', 'mesh', 'file'])}, network: ${pick(['internal', 'hscn', 'internet'])}, encryption: ${pick(['tls', 'tls', 'mtls', 'none'])}, acknowledgement: ${pick(['application', 'transport', 'none'])}, retry: ${pick(['queue', 'retry', 'none'])} }`,
  );
  lines.push(`latency: { contract: ${contract}, shownIn: [View ${n % 11}] }`);
  lines.push('consumers:');
  lines.push(`  - { name: Consumer ${n % 17}, use: ${pick(uses)}, freshness: ${pick(contracts)} }`);
  lines.push('data:');
  lines.push('  subjects: [patients]');
  lines.push('  items:');
  const items = 3 + Math.floor(pick([0, 1, 2, 3, 4, 5, 6]));
  for (let i = 0; i < items; i++) {
    lines.push(
      `    - { name: Item ${i}, class: ${pick(['identifier', 'personal', 'health', 'health', 'operational'])}, field: F-${i}${pick([', freeText: true', '', ''])} }`,
    );
  }
  lines.push(`  volume: ${100 + n}/day`);
  lines.push(
    `identity: { matchOn: [${pick(['nhs-number, mrn', 'mrn', 'nhs-number, demographics'])}], nhsNumberVerified: ${pick(['true', 'false'])}, onNoMatch: ${pick(['queue-for-review', 'reject', 'create'])} }`,
  );
  lines.push(`purpose: ${pick(['direct-care', 'direct-care', 'administration', 'planning'])}`);
  lines.push('lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent }');
  lines.push(
    `retention: { record: adult-health, messageLog: P${30 + (n % 60)}D, messageLogPurge: automatic }`,
  );
  lines.push('audit: { logs: [message, access], retention: P2Y, purge: automatic }');
  return [id, `${lines.join('\n')}\n`];
}

/** Write an estate of `count` specs into `dir` (replacing it) and return the spec file paths. */
export function writeEstate(dir, count, repoRoot) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'specs'), { recursive: true });
  cpSync(join(repoRoot, 'schemas'), join(dir, 'schemas'), { recursive: true });
  // Synthetic specs record no CSO or IG decisions: the gates that require them warn instead.
  const gates = ['hazard-undecided', 'hazard-residual-not-accepted']
    .map(
      (code) =>
        `  ${code}:\n    severity: warning\n    reason: Synthetic benchmark specs record no decisions.\n`,
    )
    .join('');
  const config = readFileSync(join(repoRoot, 'govspec.config.yaml'), 'utf8').replace(
    /^rules:\n/m,
    `rules:\n${gates}`,
  );
  writeFileSync(join(dir, 'govspec.config.yaml'), config);
  const random = rng(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const files = [];
  for (let n = 0; n < count; n++) {
    const [id, text] = specYaml(n, pick);
    const file = join(dir, 'specs', `${id}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

/**
 * The example estate replicated to `count` specs (copy k of every spec under specs/rK/ or
 * channels/rK/ with its id suffixed -rK): realistic specs with decisions, and their warnings.
 * Returns the spec file paths.
 */
export function replicateExample(dir, count, repoRoot) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['govspec.config.yaml', 'schemas', 'docs/runbooks'])
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  const sources = [];
  for (const top of ['specs', 'channels'])
    for (const f of readdirSync(join(repoRoot, top), { recursive: true }))
      if (f.endsWith('.yaml')) sources.push(`${top}/${f}`);
  sources.sort();
  const files = [];
  for (let k = 0; files.length < count; k++) {
    for (const f of sources) {
      if (files.length >= count) break;
      const text = readFileSync(join(repoRoot, f), 'utf8');
      const target = join(dir, k === 0 ? f : f.replace(/^(specs|channels)\//, `$1/r${k}/`));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, k === 0 ? text : text.replace(/^id: (.*)$/m, `id: $1-r${k}`));
      files.push(target);
    }
  }
  return files;
}
