#!/usr/bin/env node
// Converts govspec's SARIF (validate --format sarif) to a GitLab Code Quality report, so
// problems show in merge requests. Usage: node sarif-to-codequality.mjs govspec.sarif [path-prefix]
// The optional prefix is the folder of govspec.config.yaml relative to the repository root.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [file, prefix = ''] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: sarif-to-codequality.mjs <file.sarif> [path-prefix]\n');
  process.exit(2);
}
const severity = { error: 'major', warning: 'minor', note: 'info', none: 'info' };
const log = JSON.parse(readFileSync(file, 'utf8'));
const issues = [];
for (const run of log.runs ?? []) {
  for (const r of run.results ?? []) {
    const loc = r.locations?.[0]?.physicalLocation;
    const uri = decodeURI(loc?.artifactLocation?.uri ?? '');
    const path = `${prefix ? `${prefix.replace(/\/+$/, '')}/` : ''}${uri}`;
    const line = loc?.region?.startLine ?? 1;
    const description = r.message?.text ?? r.ruleId;
    issues.push({
      description: `${description} (${r.ruleId})`,
      check_name: `govspec/${r.ruleId}`,
      // Stable across runs for the same problem at the same place, distinct per place.
      fingerprint: createHash('sha256')
        .update(`${r.ruleId}\0${path}\0${line}\0${description}`)
        .digest('hex')
        .slice(0, 32),
      severity: severity[r.level ?? 'warning'] ?? 'minor',
      location: { path, lines: { begin: line } },
    });
  }
}
process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
